import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router'
import type { QueryClient } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { membersSearchSchema } from '../features/members/membersSearch'
import { peopleSearchSchema } from '../features/people/peopleSearch'
import { getToken } from '../features/session/tokenStore'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { RootLayout } from './RootLayout'

export interface RouterContext {
  queryClient: QueryClient
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
})

const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string()), undefined),
  reason: z.catch(z.optional(z.enum(['signed-out', 'expired'])), undefined),
})

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: signInSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/session/SignInPage'),
    'SignInPage',
  ),
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/organizations' })
  },
})

const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  beforeLoad: ({ location }) => {
    if (!getToken()) {
      throw redirect({ to: '/sign-in', search: { redirect: location.href } })
    }
  },
  component: AppLayout,
})

const organizationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/organizations',
  component: lazyRouteComponent(
    () => import('../features/organizations/OrganizationsPage'),
    'OrganizationsPage',
  ),
})

const membersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/organizations/$organizationId/members',
  validateSearch: membersSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/members/MembersPage'),
    'MembersPage',
  ),
})

const peopleRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/people',
  validateSearch: peopleSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/people/PeoplePage'),
    'PeoplePage',
  ),
})

const routeTree = rootRoute.addChildren([
  signInRoute,
  indexRoute,
  authenticatedRoute.addChildren([
    organizationsRoute,
    membersRoute,
    peopleRoute,
  ]),
])

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
