import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          // Offline OCR runs in a worker thread (src-main/media/ocr/read-document.ts).
          'ocr-worker': resolve(__dirname, 'src-main/media/ocr/ocr-worker.ts'),
          // The picture pool's worker thread, started by path (see media/variant-pool.ts).
          'variant-worker': resolve(__dirname, 'src-main/media/variant-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: 'src-renderer',
    publicDir: resolve(__dirname, 'resources/public'),
    plugins: [vue()],
    build: {
      // electron-vite leaves the renderer unminified by default: 1 MB of gzip on start-up.
      minify: true,
      sourcemap: process.env['KAITONG_SOURCEMAP'] === '1',
      outDir: 'out/renderer',
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') }
    }
  }
})
