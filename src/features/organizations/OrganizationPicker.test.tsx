import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders, TEST_ORIGIN } from '../../test/render'
import { setupMockServer } from '../../test/server'
import { OrganizationPicker } from './OrganizationPicker'

const server = setupMockServer()

// The router scrolls to the top after a navigation; jsdom has no scrolling.
beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
})

/** Organizations "Org 001" to "Org N", with ids 1 to N. */
function organizations(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    name: `Org ${String(index + 1).padStart(3, '0')}`,
    description: '',
  }))
}

/** Serves the organization list with name, limit and offset applied, and records each query. */
function serveOrganizations(count: number): URLSearchParams[] {
  const all = organizations(count)
  const queries: URLSearchParams[] = []
  server.use(
    http.get(`${TEST_ORIGIN}/api/v1/organizations`, ({ request }) => {
      const params = new URL(request.url).searchParams
      queries.push(params)
      const name = params.get('name')?.toLowerCase() ?? ''
      const matching = all.filter((item) =>
        item.name.toLowerCase().includes(name),
      )
      const offset = Number(params.get('offset') ?? 0)
      const limit = Number(params.get('limit') ?? 50)
      return HttpResponse.json({
        error: 0,
        messages: [],
        data: matching.slice(offset, offset + limit),
        total: matching.length,
      })
    }),
  )
  return queries
}

function renderPicker() {
  const rootRoute = createRootRoute({
    component: () => (
      <>
        <OrganizationPicker />
        <Outlet />
      </>
    ),
  })
  const membersRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/organizations/$organizationId/members',
    component: () => <p>members page</p>,
  })
  const indexRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: () => <p>start page</p>,
  })
  const router = createRouter({
    routeTree: rootRoute.addChildren([indexRoute, membersRoute]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  renderWithProviders(<RouterProvider router={router} />)
  return router
}

const describeQuery = (params: URLSearchParams) =>
  ['name', 'limit', 'offset', 'owned', 'editable']
    .map((key) => `${key}=${params.get(key) ?? ''}`)
    .join(' ')

describe('OrganizationPicker', () => {
  it('filters one page itself, with no request while typing', async () => {
    const queries = serveOrganizations(14)
    const router = renderPicker()
    const input = await screen.findByRole('combobox', { name: 'Organization' })

    await userEvent.type(input, '012')
    const option = await screen.findByRole('option', { name: 'Org 012' })
    expect(screen.getAllByRole('option')).toHaveLength(1)
    await userEvent.click(option)

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/organizations/12/members'),
    )
    // After the choice the members page reads the owned and editable lists.
    expect(queries.map(describeQuery)[0]).toBe(
      'name= limit=100 offset=0 owned= editable=',
    )
    expect(queries.filter((params) => params.has('name'))).toEqual([])
  })

  it('searches by name on the API when there is more than a page', async () => {
    const queries = serveOrganizations(230)
    renderPicker()
    const input = await screen.findByRole('combobox', { name: 'Organization' })
    await waitFor(() => expect(queries).toHaveLength(1))

    await userEvent.type(input, 'Org 2')

    expect(
      await screen.findByRole('option', { name: 'Org 230' }),
    ).toBeInTheDocument()
    expect(queries.map(describeQuery)).toEqual([
      'name= limit=100 offset=0 owned= editable=',
      'name=Org 2 limit=100 offset=0 owned= editable=',
    ])
  })

  it('loads the next page at the end of the list', async () => {
    const queries = serveOrganizations(230)
    renderPicker()
    const input = await screen.findByRole('combobox', { name: 'Organization' })
    await userEvent.click(input)
    const listbox = await screen.findByRole('listbox')
    expect(screen.getAllByRole('option')).toHaveLength(100)

    // jsdom lays nothing out, so every list is scrolled to its end.
    fireEvent.scroll(listbox)

    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(200))
    expect(queries.map(describeQuery)).toEqual([
      'name= limit=100 offset=0 owned= editable=',
      'name= limit=100 offset=100 owned= editable=',
    ])
  })
})
