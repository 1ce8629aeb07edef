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
      rollupOptions: {
        input: resolve(__dirname, 'src-renderer/index.html'),
        output: {
          // Left to itself the bundler put the error texts the drafts list needs into one
          // chunk with the listing adapters, zod and pinyin-pro (210 KB gzip): these groups
          // keep each apart, so the first screen fetches only the texts.
          codeSplitting: {
            groups: [
              {
                name: 'error-messages',
                test: /(src-main[\\/](domain[\\/](issue|[\w/-]*messages)|platforms[\\/](error|payment)-messages)|use-error-text)\.ts$/
              },
              { name: 'pinyin', test: /node_modules[\\/]pinyin-pro[\\/]/ },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ }
            ]
          }
        }
      }
    }
  }
})
