// The production build served the way it is deployed: Debian's nginx with
// deploy/nginx/panel.conf.template, in front of the stand-in. Skipped with a message when
// nginx is not installed, except in CI (CI=true), where a missing nginx fails the run.

import { expect, test, type Page } from '@playwright/test'
import { reportPolicyViolations } from '../e2e/fixtures.ts'
import {
  findNginx,
  startNginxInFrontOfStandIn,
  type RunningNginx,
} from './nginx-harness.ts'
import { SECURITY_HEADERS } from './security-headers.ts'

const OWNER_TOKEN = 'demo-owner-token'
const ORGANIZATION = { id: 1002, name: 'Studio Legale Ferraris & Conti' }
const NGINX_MISSING =
  'nginx was not found, so the nginx smoke test is skipped. Install it with `apt-get install nginx`, or set NGINX_PATH to an nginx binary.'

test.describe.configure({ mode: 'serial' })

const nginxPath = findNginx()
if (!nginxPath && process.env.CI) throw new Error(NGINX_MISSING)
// The list reporter shows no skip reasons, so the message goes to the terminal too.
if (!nginxPath) console.warn(NGINX_MISSING)
test.skip(!nginxPath, NGINX_MISSING)

let nginx: RunningNginx

test.beforeAll(async () => {
  if (nginxPath) nginx = await startNginxInFrontOfStandIn(nginxPath)
})
test.afterAll(async () => {
  await nginx?.stop()
})

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} of ${what}`).toBe(value)
  }
}

test('nginx sends the security headers everywhere', async ({ request }) => {
  const index = await request.get(`${nginx.origin}/`)
  expect(index.status()).toBe(200)
  expect(index.headers()['content-type']).toMatch(/^text\/html/)
  expect(index.headers()['cache-control']).toBe('no-cache')
  expectSecurityHeaders(index.headers(), '/')

  const html = await index.text()
  const bundle = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(bundle, 'script of index.html').toBeDefined()
  const script = await request.get(`${nginx.origin}${bundle}`)
  expect(script.status()).toBe(200)
  expect(script.headers()['content-type']).toMatch(
    /^(application|text)\/javascript/,
  )
  expect(script.headers()['cache-control']).toBe('max-age=31536000')
  expectSecurityHeaders(script.headers(), bundle ?? 'the bundle')
})

test('app routes fall back to index.html', async ({ request }) => {
  const index = await (await request.get(`${nginx.origin}/`)).text()
  for (const path of [
    '/sign-in',
    `/organizations/${ORGANIZATION.id}/members?sort=-name`,
  ]) {
    const response = await request.get(`${nginx.origin}${path}`)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).toBe(index)
    expectSecurityHeaders(response.headers(), path)
  }
  const missing = await request.get(`${nginx.origin}/assets/missing-0000.js`)
  expect(missing.status()).toBe(404)
  expectSecurityHeaders(missing.headers(), 'a missing bundle')
})

test('/api/v1 reaches the upstream', async ({ request }) => {
  const response = await request.get(`${nginx.origin}/api/v1/organizations`, {
    headers: { 'X-Aegister-Token': OWNER_TOKEN },
  })
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { error: number; total: number }
  expect(body.error).toBe(0)
  expect(body.total).toBeGreaterThan(0)
  expectSecurityHeaders(response.headers(), '/api/v1/organizations')

  const rejected = await request.get(`${nginx.origin}/api/v1/organizations`)
  expect(rejected.status()).toBe(401)
})

/** Fails the test on console errors, page errors, CSP violations and other hosts. */
async function watch(page: Page): Promise<() => void> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(reportPolicyViolations)
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      problems.push(`request to another host: ${route.request().url()}`)
      await route.abort()
    },
  )
  return () => expect(problems).toEqual([])
}

test('smoke walk through nginx', async ({ page }) => {
  const expectNoProblems = await watch(page)
  const apiUrls: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/'))
      apiUrls.push(request.url())
  })

  // A link with the token in it: the panel drops it, and nginx logs no query strings.
  await page.goto(
    `${nginx.origin}/organizations?X-Aegister-Token=${OWNER_TOKEN}`,
  )
  await expect(page).toHaveURL(/\/sign-in/)
  expect(page.url()).not.toContain(OWNER_TOKEN)
  await page.getByLabel('API token').fill(OWNER_TOKEN)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()

  await page.getByRole('link', { name: new RegExp(ORGANIZATION.name) }).click()
  const table = page.getByRole('table', {
    name: `Members of ${ORGANIZATION.name}`,
  })
  await expect(table.getByRole('row')).toHaveCount(8)

  await table.getByRole('button', { name: 'Edit Luca Bernardi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit member' })
  await dialog.getByRole('combobox', { name: 'Role' }).click()
  await page.getByRole('option', { name: 'Security officer' }).click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('status').filter({
      hasText: 'Role changed to Security officer for Luca Bernardi',
    }),
  ).toBeVisible()

  // A reload of an app route comes back through the index.html fallback.
  await page.reload()
  await expect(
    table.getByRole('row').filter({ hasText: 'Luca Bernardi' }),
  ).toContainText('Security officer')

  expect(apiUrls.length).toBeGreaterThan(0)
  for (const url of apiUrls) expect(url).not.toContain(OWNER_TOKEN)
  expect(await nginx.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/)
  const accessLog = await nginx.accessLog()
  expect(accessLog).toContain('"GET /organizations HTTP/1.1" 200')
  expect(accessLog).toContain('"PUT /api/v1/organizations/1002/users/')
  expect(accessLog).not.toContain(OWNER_TOKEN)
  expectNoProblems()
})
