import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { aegisterApi } from './fake-api/vite-plugin.ts'

export default defineConfig({
  plugins: [react(), aegisterApi()],
  build: {
    // The bundle budget test reads the manifest to find each route's chunks.
    manifest: true,
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'stand-in',
          environment: 'node',
          include: ['fake-api/**/*.test.ts'],
        },
      },
    ],
  },
})
