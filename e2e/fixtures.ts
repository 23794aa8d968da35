import { test as base, expect, type Page, type Request } from '@playwright/test'

/** Seeded organizations of the stand-in that the tests rely on. */
export const ORGANIZATIONS = {
  large: { id: 1001, name: 'Nordavia Logistica S.p.A.', members: 212 },
  singleOwner: { id: 1002, name: 'Studio Legale Ferraris & Conti', members: 7 },
  viewerOnly: { id: 1003, name: 'Cantine Valpolicella Riunite' },
} as const

export const OWNER_TOKEN = 'demo-owner-token'
export const VIEWER_TOKEN = 'demo-viewer-token'

/** A request the page sent to the API, as the server received it. */
export interface ApiCall {
  method: string
  path: string
  search: string
  token: string | null
  body: unknown
}

function toApiCall(request: Request): ApiCall {
  const url = new URL(request.url())
  const text = request.postData()
  return {
    method: request.method(),
    path: url.pathname,
    search: url.search,
    token: request.headers()['x-aegister-token'] ?? null,
    body: text ? (JSON.parse(text) as unknown) : undefined,
  }
}

/**
 * Runs in the page before its scripts: every Content-Security-Policy
 * violation becomes a console error, which fails the test. Chromium logs
 * violations too, but in words that change between versions, so the
 * event is what the tests rely on.
 */
export function reportPolicyViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `Content-Security-Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile || 'the page'}:${event.lineNumber}`,
    )
  })
}

/**
 * Collects every token the page sent in the X-Aegister-Token header, and
 * every URL it requested, so a test can check afterwards that no token
 * appeared in a URL, in the address bar or in the console. Page loads the
 * test itself asked for are left out, since a test may open a link that
 * carries a token on purpose.
 */
function watchTokens(page: Page) {
  const tokens = new Set<string>()
  const urls: string[] = []
  const refererSent: string[] = []
  page.on('request', (request) => {
    const token = request.headers()['x-aegister-token']
    if (token) tokens.add(token)
    if (!request.isNavigationRequest()) urls.push(request.url())
    if (token && request.headers()['referer']) refererSent.push(request.url())
  })
  return {
    expectNoLeak(address: string, consoleTexts: string[]) {
      for (const token of tokens) {
        const inUrls = urls.filter((url) => url.includes(token))
        expect(inUrls, 'request URLs that contain the token').toEqual([])
        expect(address, 'address bar').not.toContain(token)
        const logged = consoleTexts.filter((text) => text.includes(token))
        expect(logged, 'console messages that contain the token').toEqual([])
      }
      expect(refererSent, 'API requests sent with a Referer').toEqual([])
    },
  }
}

interface Fixtures {
  /** Every /api/v1 request the page sent, in order. */
  apiCalls: ApiCall[]
  /** Registers a stand-in fault for the next matching requests. */
  fault: (fault: Record<string, unknown>) => Promise<void>
}

export const test = base.extend<Fixtures>({
  page: async ({ page, request }, use) => {
    await request.post('/__stand-in/reset')

    // Nothing may leave the machine: any request to another host fails the test.
    const outside: string[] = []
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        outside.push(route.request().url())
        await route.abort()
      },
    )
    const problems: string[] = []
    const consoleTexts: string[] = []
    page.on('console', (message) => {
      consoleTexts.push(message.text())
      // Chromium itself logs every 4xx and 5xx answer as "Failed to load
      // resource"; those come from the tests' faults, not from the panel's code.
      if (message.text().startsWith('Failed to load resource')) return
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console.${message.type()}: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) =>
      problems.push(`page error: ${error.message}`),
    )
    await page.addInitScript(reportPolicyViolations)
    const tokens = watchTokens(page)

    await use(page)

    expect(problems, 'console errors and warnings').toEqual([])
    expect(outside, 'requests to hosts other than 127.0.0.1').toEqual([])
    tokens.expectNoLeak(page.url(), consoleTexts)
  },
  apiCalls: async ({ page }, use) => {
    const calls: ApiCall[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/v1/'))
        calls.push(toApiCall(request))
    })
    await use(calls)
  },
  fault: async ({ request }, use) => {
    await use(async (fault) => {
      const response = await request.post('/__stand-in/faults', { data: fault })
      expect(response.status()).toBe(201)
    })
  },
})

export { expect }

export async function signIn(page: Page, token = OWNER_TOKEN): Promise<void> {
  await page.goto('/')
  await page.getByLabel('API token').fill(token)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your organizations' }),
  ).toBeVisible()
}

/** Writes the page sent: PUT, POST and DELETE. */
export function writes(calls: ApiCall[]): ApiCall[] {
  return calls.filter((call) => call.method !== 'GET')
}
