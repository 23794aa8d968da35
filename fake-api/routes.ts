// Maps a method and path under /api/v1 to one of the five documented endpoints.

import { API_PREFIX } from './contract.ts'

export type ApiRoute =
  | { endpoint: 'listOrganizations' }
  | { endpoint: 'listMembers'; organizationId: string }
  | {
      endpoint: 'addMember' | 'updateMember' | 'removeMember'
      organizationId: string
      userId: string
    }

export type RouteMatch =
  | { kind: 'route'; route: ApiRoute }
  | { kind: 'notFound' }
  | { kind: 'methodNotAllowed'; allow: string[] }

const MEMBER_METHODS: Record<
  string,
  'addMember' | 'updateMember' | 'removeMember'
> = {
  POST: 'addMember',
  PUT: 'updateMember',
  DELETE: 'removeMember',
}

/** Matches a known path with the wrong method as methodNotAllowed, so the caller can respond with 405. */
export function matchApiRoute(method: string, pathname: string): RouteMatch {
  const segments = splitPath(pathname)
  if (segments === undefined || segments[0] !== 'organizations') {
    return { kind: 'notFound' }
  }
  const [, organizationId, users, userId] = segments
  if (segments.length === 1) {
    return method === 'GET'
      ? route({ endpoint: 'listOrganizations' })
      : notAllowed(['GET'])
  }
  if (
    organizationId === undefined ||
    users !== 'users' ||
    segments.length > 4
  ) {
    return { kind: 'notFound' }
  }
  if (userId === undefined) {
    return method === 'GET'
      ? route({ endpoint: 'listMembers', organizationId })
      : notAllowed(['GET'])
  }
  const endpoint = MEMBER_METHODS[method]
  if (endpoint === undefined) {
    return notAllowed(Object.keys(MEMBER_METHODS))
  }
  return route({ endpoint, organizationId, userId })
}

/** Returns the decoded segments after /api/v1, or undefined for other paths and bad escapes. */
function splitPath(pathname: string): string[] | undefined {
  if (!pathname.startsWith(`${API_PREFIX}/`)) {
    return undefined
  }
  const segments = pathname.slice(API_PREFIX.length + 1).split('/')
  if (segments.some((segment) => segment === '')) {
    return undefined
  }
  try {
    return segments.map((segment) => decodeURIComponent(segment))
  } catch {
    return undefined
  }
}

function route(apiRoute: ApiRoute): RouteMatch {
  return { kind: 'route', route: apiRoute }
}

function notAllowed(allow: string[]): RouteMatch {
  return { kind: 'methodNotAllowed', allow }
}
