import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.ts'

/** Port of `vite preview` for the tests; kept apart from `npm start`'s 5173. */
const PORT = Number(process.env.E2E_PORT ?? 4173)
const BASE_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: 'e2e',
  // The stand-in's store is shared by the whole run and tests reset it, so
  // they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The production build served by `vite preview`, with the stand-in
    // mounted because AEGISTER_API_URL is cleared.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `${BASE_URL}/__stand-in/info`,
    reuseExistingServer: false,
    env: { AEGISTER_API_URL: '' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
