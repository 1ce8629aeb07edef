import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import importX from 'eslint-plugin-import-x'
import vue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

// Layer rules (STYLE.md §2): each zone lists what a folder must not import. Node-side
// layers (files, SQLite, images, keys) are out of bounds for the pure domain and platforms.
const nodeLayers = [
  './src-main/store',
  './src-main/media',
  './src-main/bundle',
  './src-main/keys',
  './src-main/jobs',
  './src-main/api',
  './src-main/cli',
  './src-main/harness',
  './src-main/electron'
]
const zones = [
  { target: './src-main/domain', from: [...nodeLayers, './src-main/platforms', './src-renderer'] },
  { target: './src-main/platforms', from: [...nodeLayers, './src-renderer'] },
  {
    target: './src-main/store',
    from: [
      './src-main/api/handlers',
      './src-main/api/router.ts',
      './src-main/api/index.ts',
      './src-main/electron',
      './src-renderer'
    ]
  },
  {
    target: './src-main/media',
    from: ['./src-main/api/handlers', './src-main/electron', './src-renderer']
  },
  {
    target: './src-main/bundle',
    from: ['./src-main/api/handlers', './src-main/electron', './src-renderer']
  },
  {
    target: './src-main/jobs',
    from: ['./src-main/api/handlers', './src-main/electron', './src-renderer']
  },
  {
    target: './src-main/keys',
    from: ['./src-main/api/handlers', './src-main/electron', './src-renderer']
  },
  { target: './src-main/api', from: ['./src-main/electron', './src-renderer'] },
  { target: './src-main/cli', from: ['./src-main/electron', './src-renderer'] },
  { target: './src-main/harness', from: ['./src-main/electron', './src-renderer'] },
  {
    target: './src-renderer',
    from: './src-main',
    except: ['./domain', './platforms', './api/methods.ts', './api/contract.ts', './api/result.ts']
  }
]
const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'Pure layer: no Node built-ins.'
}
const nativeDeps = {
  group: [
    'electron',
    'better-sqlite3',
    'better-sqlite3-multiple-ciphers',
    'sharp',
    'vue',
    'fflate'
  ],
  message: 'Pure layer: no I/O or UI packages.'
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.cache/**', 'resources/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.vue']
      }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // TypeScript checks names; the core rule does not know DOM or Node globals per file.
      'no-undef': 'off',
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only src-main/electron imports electron.' }] }
      ]
    }
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: { 'vue/block-lang': ['error', { script: { lang: 'ts' } }] }
  },
  {
    files: ['src-main/electron/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: [
      'src-main/domain/**',
      'src-main/platforms/**',
      'src-main/api/methods.ts',
      'src-main/api/contract.ts',
      'src-main/api/result.ts'
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, nativeDeps] }] }
  },
  {
    files: ['src-renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            {
              group: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'sharp'],
              message: 'The renderer talks to main only through the api client.'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='kaitong']",
          message: 'Use the api client (src-renderer/api).'
        }
      ]
    }
  },
  {
    files: ['src-renderer/api/**'],
    rules: { 'no-restricted-syntax': 'off' }
  },
  {
    files: ['test/**'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      // expect(value, message) names the failing case in table-driven tests.
      'vitest/valid-expect': ['error', { maxArgs: 2 }]
    }
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' }
    }
  },
  {
    // electron-builder hooks are loaded with require().
    files: ['**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly' }
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off'
    }
  },
  prettier
)
