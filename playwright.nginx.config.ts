import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.ts'

/**
 * The nginx smoke test: the production build in dist/ served by Debian's
 * nginx with deploy/nginx/panel.conf.template, in front of a standalone
 * stand-in. The test starts both itself, on free ports of 127.0.0.1 (or on
 * SMOKE_NGINX_PORT and SMOKE_STAND_IN_PORT), so there is no webServer here.
 */
export default defineConfig({
  testDir: 'deploy',
  testMatch: '*.spec.ts',
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
})
