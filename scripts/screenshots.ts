// Takes the screenshots in docs/screenshots from the production build:
//   npm run build && node scripts/screenshots.ts
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'
import { settle } from '../e2e/animations.ts'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'
import { startPreview } from './preview-server.ts'

const OUTPUT = 'docs/screenshots'
const LARGE_ORGANIZATION = 1001
const DESKTOP = { width: 1280, height: 900 }

/** Opens a page that reaches nothing but the preview server. */
async function openPage(
  browser: Browser,
  options: BrowserContextOptions,
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options })
  const page = await context.newPage()
  await page.route(
    (target) => target.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
  return page
}

/** Signs in with the demo owner token; the labels are those of `locale`. */
async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`)
  await page.locator('input[type="password"]').fill('demo-owner-token')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/organizations$/)
  // The pointer would otherwise rest on a row and show it hovered.
  await page.mouse.move(0, 0)
}

async function openMembers(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/organizations/${LARGE_ORGANIZATION}/members`)
  await page.getByRole('table').waitFor()
  // The app bar's organization picker loads its code after the page.
  await page
    .getByRole('combobox', { name: /^(Organization|Organizzazione)$/ })
    .waitFor()
}

async function englishLight(browser: Browser, url: string): Promise<void> {
  const page = await openPage(browser, { colorScheme: 'light' })
  await page.goto(`${url}/sign-in`)
  await page.getByText('Connected to the built-in stand-in API').waitFor()
  await page.screenshot({ path: `${OUTPUT}/sign-in.png` })

  await signIn(page, url)
  await page.getByRole('heading', { name: 'Your organizations' }).waitFor()
  await page.screenshot({ path: `${OUTPUT}/organizations.png` })

  await openMembers(page, url)
  await page.screenshot({ path: `${OUTPUT}/members.png`, fullPage: true })

  await page.getByRole('button', { name: 'Invite member' }).click()
  await page.getByRole('dialog', { name: 'Invite member' }).waitFor()
  await page.getByLabel('Email').fill('not-an-email')
  await page.getByRole('button', { name: 'Send invite' }).click()
  await page.getByText('is not a valid email address').waitFor()
  // Filled and sent within the dialog's fade-in, it would show see-through.
  await settle(page)
  await page.screenshot({ path: `${OUTPUT}/invite-dialog.png` })
  await page.context().close()
}

/** Takes the members page in the dark theme, in Italian, and on a phone. */
async function membersVariants(browser: Browser, url: string): Promise<void> {
  const variants: { name: string; options: BrowserContextOptions }[] = [
    { name: 'members-dark', options: { colorScheme: 'dark' } },
    { name: 'members-it', options: { locale: 'it-IT' } },
    {
      name: 'members-360',
      options: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ]
  for (const { name, options } of variants) {
    const page = await openPage(browser, options)
    await signIn(page, url)
    await openMembers(page, url)
    await page.screenshot({ path: `${OUTPUT}/${name}.png` })
    await page.context().close()
  }
}

async function main(): Promise<void> {
  const { url, server } = await startPreview()
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  })
  try {
    await englishLight(browser, url)
    await membersVariants(browser, url)
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
