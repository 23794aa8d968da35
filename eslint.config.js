import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = ['session', 'organizations', 'members', 'changes', 'people']

/** Imports that would grow the bundle for nothing, rejected everywhere in src/. */
const heavyImports = [
  {
    name: 'zod',
    message:
      'Import zod/mini: full zod adds about 30 KiB gzip to the bundle, even beside zod/mini.',
  },
  {
    name: 'zod/v4',
    message:
      'Import zod/mini: full zod adds about 30 KiB gzip to the bundle, even beside zod/mini.',
  },
  {
    name: '@mui/material',
    message:
      'Import each MUI component from its own path, such as @mui/material/Button.',
  },
]

/** Features use api/ and components/, never each other's files. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: heavyImports,
        patterns: [
          {
            group: features
              .filter((other) => other !== feature)
              .map((other) => `**/features/${other}/**`),
            message:
              'Features must not import from each other; move shared code to src/components or src/api.',
          },
          {
            group: ['**/app/**', '!**/app/locales/**'],
            message:
              'Features must not import from src/app; the app imports features, not the reverse.',
          },
        ],
      },
    ],
  },
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-console': 'error',
      // Focus moves into a dialog's first field on purpose, and MUI passes
      // autoFocus on to its input, so only plain DOM elements are checked.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: heavyImports,
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message:
                'api/ and components/ are shared: they import no feature and not the app.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: [
      'src/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/test/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: heavyImports }],
    },
  },
  {
    files: [
      'fake-api/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.ts',
      'integration/**/*.ts',
      'deploy/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['fake-api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**'],
              message:
                'The stand-in implements the API contract on its own and imports nothing from the app.',
            },
          ],
        },
      ],
    },
  },
)
