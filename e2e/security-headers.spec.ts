import { test as base } from '@playwright/test'
import { SECURITY_HEADERS } from '../deploy/security-headers.ts'
import { expect, reportPolicyViolations, test } from './fixtures.ts'

test('preview sends the security headers', async ({ request }) => {
  for (const path of ['/', '/organizations/1001/members', '/favicon.svg']) {
    const response = await request.get(path)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers()[name.toLowerCase()], `${name} of ${path}`).toBe(
        value,
      )
    }
  }
})

test('build has no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]

  expect(scripts.length).toBeGreaterThan(0)
  for (const [tag, body] of scripts) {
    expect(tag).toMatch(/\ssrc="\/assets\//)
    expect(body?.trim()).toBe('')
  }
})

// The plain Playwright test, so the expected violation does not fail it the way the
// fixture fails every other test.
base('CSP blocks inline script and http images', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.addInitScript(reportPolicyViolations)
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  )
  await page.goto('/sign-in')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  // A text node, since Trusted Types reject a string assigned to a script's text.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.append(document.createTextNode('document.title = "inline ran"'))
    document.body.append(script)
    const image = document.createElement('img')
    image.src = 'http://127.0.0.1:9/plain-http.png'
    document.body.append(image)
  })

  const violations = () =>
    errors.filter((text) =>
      text.startsWith('Content-Security-Policy violation'),
    )
  await expect.poll(violations).toHaveLength(2)
  expect(violations()).toEqual([
    expect.stringMatching(/script-src|trusted-types/),
    expect.stringContaining(
      'img-src blocked http://127.0.0.1:9/plain-http.png',
    ),
  ])
  expect(await page.title()).not.toBe('inline ran')
})
