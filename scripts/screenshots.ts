// Takes the screenshots in docs/screenshots from the production build:
//   npm run build && node scripts/screenshots.ts
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'
import { startPreview } from './preview-server.ts'

const OUTPUT = 'docs/screenshots'
const LARGE_ORGANIZATION = 1001

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`)
  await page.getByLabel('API token').fill('demo-owner-token')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Your organizations' }).waitFor()
}

async function main(): Promise<void> {
  const { url, server } = await startPreview()
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
    })
    await page.route(
      (target) => target.hostname !== '127.0.0.1',
      (route) => route.abort(),
    )

    await page.goto(`${url}/sign-in`)
    await page.getByText('Connected to the built-in stand-in API').waitFor()
    await page.screenshot({ path: `${OUTPUT}/sign-in.png` })

    await signIn(page, url)
    await page.screenshot({ path: `${OUTPUT}/organizations.png` })

    await page.goto(`${url}/organizations/${LARGE_ORGANIZATION}/members`)
    await page.getByRole('table').waitFor()
    await page.screenshot({ path: `${OUTPUT}/members.png`, fullPage: true })

    await page.getByRole('button', { name: 'Invite member' }).click()
    await page.getByRole('dialog', { name: 'Invite member' }).waitFor()
    await page.getByLabel('Email').fill('not-an-email')
    await page.getByRole('button', { name: 'Send invite' }).click()
    await page.getByText('is not a valid email address').waitFor()
    await page.screenshot({ path: `${OUTPUT}/invite-dialog.png` })
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
