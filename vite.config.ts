import react from '@vitejs/plugin-react'
import { loadEnv } from 'vite'
import { defineConfig } from 'vitest/config'
import { SECURITY_HEADERS } from './deploy/security-headers.ts'
import { aegisterApi } from './fake-api/vite-plugin.ts'
import {
  parseRequestTimeout,
  REQUEST_TIMEOUT_VARIABLE,
} from './src/api/requestTimeout.ts'

export default defineConfig(({ mode }) => {
  // Fails the build, with the variable's name, on a timeout the panel would reject.
  parseRequestTimeout(
    loadEnv(mode, process.cwd(), 'VITE_')[REQUEST_TIMEOUT_VARIABLE],
  )

  return {
    plugins: [react(), aegisterApi()],
    build: {
      // The bundle budget test reads the manifest to find each route's chunks.
      manifest: true,
      sourcemap: false,
    },
    // The production build is served with its security headers, so the
    // end-to-end tests run under the same policy as a deployment. The dev
    // server gets none: Vite's hot reload needs inline scripts.
    preview: { headers: { ...SECURITY_HEADERS } },
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
          // The stand-in's own tests, and tests in integration/ that hold
          // the panel's code against it (they may import both sides).
          test: {
            name: 'stand-in',
            environment: 'node',
            include: ['fake-api/**/*.test.ts', 'integration/**/*.test.ts'],
          },
        },
      ],
    },
  }
})
