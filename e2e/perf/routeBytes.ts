// Measures the JavaScript and CSS a route downloads before its first screen.

import { gzipSync } from 'node:zlib'
import type { Page, Request } from '@playwright/test'
import type { MeasuredRoute } from './goals.ts'
import {
  LARGE_ORGANIZATION_ID,
  firstMemberRow,
  membersPath,
  openSignedIn,
} from './pages.ts'

export interface RouteSpec {
  name: MeasuredRoute
  path: string
  signedIn: boolean
  /** Resolves once the route's first screen shows. */
  waitForFirstScreen: (page: Page) => Promise<void>
}

export const MEASURED_ROUTES: readonly RouteSpec[] = [
  {
    name: 'sign-in',
    path: '/sign-in',
    signedIn: false,
    waitForFirstScreen: (page) =>
      page.getByRole('button', { name: 'Sign in' }).waitFor(),
  },
  {
    name: 'members',
    path: membersPath(LARGE_ORGANIZATION_ID),
    signedIn: true,
    waitForFirstScreen: (page) => firstMemberRow(page).waitFor(),
  },
]

export interface DownloadedFile {
  /** Path of the file on the server, such as /assets/index-a1b2.js. */
  path: string
  type: string
  bytes: number
  gzipBytes: number
}

export interface RouteBytes {
  route: MeasuredRoute
  files: DownloadedFile[]
  /** Sum of the files' gzip sizes. */
  gzipBytes: number
  largest: DownloadedFile
}

const COUNTED_TYPES = new Set(['script', 'stylesheet'])

/**
 * Opens the route in a page with an empty cache and returns the scripts and
 * stylesheets it requested until its first screen showed. Each body is
 * gzipped with node:zlib at the default level, because the preview server
 * sends them uncompressed and a real server would gzip them.
 */
export async function measureRouteBytes(
  page: Page,
  baseUrl: string,
  route: RouteSpec,
): Promise<RouteBytes> {
  if (route.signedIn) await openSignedIn(page)
  const requests: Request[] = []
  const record = (request: Request) => {
    if (COUNTED_TYPES.has(request.resourceType())) requests.push(request)
  }
  page.on('request', record)
  await page.goto(baseUrl + route.path)
  await route.waitForFirstScreen(page)
  page.off('request', record)

  const files = await Promise.all(requests.map(readFile))
  if (files.length === 0) {
    throw new Error(`${route.name}: the page requested no script or stylesheet`)
  }
  const largest = files.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a))
  return {
    route: route.name,
    files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    largest,
  }
}

async function readFile(request: Request): Promise<DownloadedFile> {
  const response = await request.response()
  if (!response || !response.ok()) {
    throw new Error(
      `${request.url()} failed: HTTP ${response?.status() ?? 'no response'}`,
    )
  }
  const body = await response.body()
  return {
    path: new URL(request.url()).pathname,
    type: request.resourceType(),
    bytes: body.length,
    gzipBytes: gzipSync(body).length,
  }
}
