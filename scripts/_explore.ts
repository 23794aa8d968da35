import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium.ts'
import { startPreview } from './preview-server.ts'

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/x/shots/${name}.png` })

const { url, server } = await startPreview()
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text()) })
  await page.route((t) => t.hostname !== '127.0.0.1', (r) => r.abort())
  await fetch(`${url}/__stand-in/reset`, { method: 'POST' })
  await page.goto(`${url}/sign-in`)
  await page.getByLabel('API token').fill('demo-owner-token')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Your organizations' }).waitFor()

  // Picker open
  await page.getByRole('combobox', { name: 'Organization' }).click()
  await page.getByRole('combobox', { name: 'Organization' }).fill('s')
  await page.waitForTimeout(300)
  await shot(page, '10-picker')
  await page.keyboard.press('Escape')

  await page.goto(`${url}/organizations/1001/members?q=alice`)
  await page.getByRole('table').waitFor()
  await shot(page, '11-search')
  // Inline change: open the select
  await page.getByRole('combobox', { name: 'Role of Alice Lindqvist' }).click()
  await page.waitForTimeout(300)
  await shot(page, '12-inline-open')
  await page.getByRole('option', { name: 'Owner', exact: true }).click()
  await page.getByRole('dialog').waitFor()
  await page.getByRole('button', { name: 'Change role' }).click()
  await page.waitForTimeout(300)
  await shot(page, '13-type-to-confirm')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.waitForTimeout(400)

  // Remove dialog
  await page.getByRole('button', { name: 'Remove Alice Longo' }).click()
  await page.getByRole('dialog').waitFor()
  await shot(page, '14-remove')
  await page.getByRole('button', { name: 'Remove', exact: true }).click()
  await page.waitForTimeout(800)
  await shot(page, '15-removed')

  // Edit dialog of an owner
  await page.goto(`${url}/organizations/1002/members`)
  await page.getByRole('table').waitFor()
  await page.getByRole('button', { name: 'Edit Giulia Rossi' }).click()
  await page.getByRole('dialog').waitFor()
  await page.waitForTimeout(300)
  await shot(page, '16-edit-last-owner')
  await page.keyboard.press('Escape')
  await page.waitForTimeout(400)
  await page.getByRole('button', { name: 'Promote someone' }).click()
  await page.getByRole('combobox', { name: 'Member' }).click()
  await page.waitForTimeout(300)
  await shot(page, '17-promote')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.waitForTimeout(400)

  // Bulk
  await page.goto(`${url}/organizations/1001/members`)
  await page.getByRole('table').waitFor()
  for (const name of ['Aiyana', 'Alessandro Marchetti', 'Alice Lindqvist']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check()
  }
  await shot(page, '18-selection')
  await page.getByRole('button', { name: 'Change role' }).click()
  await page.getByRole('menuitem', { name: 'Make Viewer' }).click()
  await page.getByRole('dialog').waitFor()
  await page.waitForTimeout(300)
  await shot(page, '19-bulk-review')
  await page.getByLabel(/Type .* to confirm/).fill('alessandro.marchetti@nordavia.it')
  await page.getByRole('button', { name: /^Change \d+ member/ }).click()
  await page.getByText(/done, .* failed/).waitFor()
  await shot(page, '20-bulk-results')
  await page.getByRole('button', { name: 'Close' }).click()

  // Mobile
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await phone.route((t) => t.hostname !== '127.0.0.1', (r) => r.abort())
  await phone.goto(`${url}/sign-in`)
  await phone.getByLabel('API token').fill('demo-owner-token')
  await phone.getByRole('button', { name: 'Sign in' }).click()
  await phone.getByRole('heading', { name: 'Your organizations' }).waitFor()
  await phone.goto(`${url}/organizations/1002/members`)
  await phone.getByRole('table').waitFor()
  await phone.screenshot({ path: '/tmp/x/shots/21-phone.png', fullPage: true })
} finally {
  await browser.close()
  await server.close()
}
