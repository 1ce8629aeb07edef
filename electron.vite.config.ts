import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { ChunkingContext } from 'rolldown'

/** Element Plus's barrels import every component; an import through them says nothing. */
const BARREL = /node_modules[\\/]element-plus[\\/]es[\\/](index|component|plugin|defaults)\.mjs$/

/**
 * Whether the renderer's entry imports a module statically, directly or through others
 * (barrels aside): the first screen cannot start without it. Answers are kept per id.
 */
function startsWithEntry(ctx: ChunkingContext) {
  const known = new Map<string, boolean>()
  const visit = (id: string): boolean => {
    const cached = known.get(id)
    if (cached !== undefined) return cached
    known.set(id, false) // an import cycle leads nowhere new
    const info = ctx.getModuleInfo(id)
    const found = Boolean(
      info && (info.isEntry || info.importers.some((by) => !BARREL.test(by) && visit(by)))
    )
    known.set(id, found)
    return found
  }
  return visit
}

let reached: ((id: string) => boolean) | undefined

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
    // Every component is written with <script setup>: without the Options API, vue-i18n's
    // legacy API and its global $t/<i18n-t> install, their code leaves the first chunk.
    plugins: [vue({ features: { optionsAPI: false } })],
    define: {
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false'
    },
    build: {
      // electron-vite leaves the renderer unminified by default: 1 MB of gzip on start-up.
      minify: true,
      sourcemap: process.env['KAITONG_SOURCEMAP'] === '1',
      outDir: 'out/renderer',
      rollupOptions: {
        input: resolve(__dirname, 'src-renderer/index.html'),
        output: {
          // Left to itself the bundler put the error texts into one chunk with the listing
          // adapters, zod and pinyin-pro (210 KB gzip): these groups keep each apart. The
          // error texts' group holds the catalogues alone (a group takes what its modules
          // import along): the drafts list paints without them (use-error-text.ts).
          codeSplitting: {
            groups: [
              {
                name: 'error-messages',
                test: /src-main[\\/](domain[\\/][\w/-]*messages|platforms[\\/](error|payment)-messages)\.ts$/,
                includeDependenciesRecursively: false
              },
              { name: 'pinyin', test: /node_modules[\\/]pinyin-pro[\\/]/ },
              // Everything the entry needs in one chunk beside it: left alone the bundler
              // cut it into 17 files shared with later screens, fetched 6 at a time.
              {
                name: (id, ctx) => ((reached ??= startsWithEntry(ctx))(id) ? 'start' : null),
                debugName: 'start'
              },
              { name: 'zod', test: /node_modules[\\/]zod[\\/]/ }
            ]
          }
        }
      }
    }
  }
})
