import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/apiError'
import { configureClient } from '../api/client'
import { fetchMembers } from '../api/members'
import { fetchOrganizationPage } from '../api/organizations'
import { storeToken, TOKEN_STORAGE_KEY } from '../features/session/tokenStore'
import { TEST_ORIGIN } from '../test/render'
import { setupMockServer } from '../test/server'
import { createQueryClient } from './queryClient'
import { createAppRouter } from './router'
import { connectClient, signOut } from './session'

const server = setupMockServer()

function setUp() {
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  const navigate = vi.spyOn(router, 'navigate').mockResolvedValue()
  connectClient(router, queryClient)
  configureClient({ baseUrl: TEST_ORIGIN })
  queryClient.setQueryData(['members', 'list', 7], { members: [], total: 0 })
  return { queryClient, router, navigate }
}

function storedTokens() {
  return [
    sessionStorage.getItem(TOKEN_STORAGE_KEY),
    localStorage.getItem(TOKEN_STORAGE_KEY),
  ]
}

afterEach(() => {
  configureClient({ baseUrl: '' })
})

describe('signOut', () => {
  it.each([true, false])(
    'clears both storages and the cache (kept on device: %s)',
    async (remember) => {
      const { queryClient, router, navigate } = setUp()
      storeToken('secret-token', remember)

      signOut(router, queryClient, 'signed-out')

      expect(storedTokens()).toEqual([null, null])
      expect(navigate).toHaveBeenCalledTimes(1)
      await vi.waitFor(() =>
        expect(queryClient.getQueryCache().getAll()).toEqual([]),
      )
    },
  )
})

describe('401 from the API', () => {
  it('signs out once for two rejected requests', async () => {
    const { queryClient, navigate } = setUp()
    storeToken('secret-token', true)
    const rejected = () =>
      HttpResponse.json({ error: 1, messages: [9153] }, { status: 401 })
    server.use(
      http.get(`${TEST_ORIGIN}/api/v1/organizations`, rejected),
      http.get(`${TEST_ORIGIN}/api/v1/organizations/7/users`, rejected),
    )

    const results = await Promise.allSettled([
      fetchOrganizationPage({ limit: 100, offset: 0 }),
      fetchMembers(7),
    ])

    for (const result of results) {
      expect(result.status).toBe('rejected')
      if (result.status === 'rejected')
        expect(result.reason).toBeInstanceOf(ApiError)
    }
    expect(navigate).toHaveBeenCalledTimes(1)
    expect(navigate).toHaveBeenCalledWith(
      expect.objectContaining({
        to: '/sign-in',
        search: expect.objectContaining({ reason: 'expired' }),
      }),
    )
    expect(storedTokens()).toEqual([null, null])
    await vi.waitFor(() =>
      expect(queryClient.getQueryCache().getAll()).toEqual([]),
    )
  })
})

describe('signOut on a page with data', () => {
  it('clears the cache only after leaving the page', async () => {
    const { queryClient, router, navigate } = setUp()
    storeToken('secret-token', false)
    let finishNavigation: () => void = () => {}
    navigate.mockReturnValue(
      new Promise<void>((resolve) => (finishNavigation = resolve)),
    )

    signOut(router, queryClient, 'expired')

    // The page still shows what it read, and refetches nothing without a token.
    expect(queryClient.getQueryCache().getAll()).toHaveLength(1)
    finishNavigation()
    await vi.waitFor(() =>
      expect(queryClient.getQueryCache().getAll()).toEqual([]),
    )
  })
})
