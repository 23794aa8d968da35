import { act, renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Role } from '../../api/roles'
import {
  ANNOUNCE_DELAY_MS,
  AnnouncerProvider,
} from '../../components/Announcer'
import { useMatchAnnouncement } from './useMatchAnnouncement'

interface State {
  query: string
  role?: Role
  count: number
  ready: boolean
}

async function renderAnnouncement(initial: State) {
  const spoken: string[] = []
  const { rerender } = renderHook(
    ({ query, role, count, ready }: State) =>
      useMatchAnnouncement({ query, role }, count, ready),
    {
      initialProps: initial,
      wrapper: ({ children }: { children: ReactNode }) => (
        <AnnouncerProvider>{children}</AnnouncerProvider>
      ),
    },
  )
  const region = screen.getByRole('status')
  // Each announcement empties the region and then writes the message, so
  // every write of a message shows as one added text node.
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? ''
    if (text !== '') spoken.push(text)
  })
  observer.observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  })
  // The async act lets the observer's callbacks run before the checks.
  const settle = () =>
    act(async () => {
      await vi.advanceTimersByTimeAsync(ANNOUNCE_DELAY_MS)
    })
  await settle()
  return {
    spoken,
    update: async (state: State) => {
      act(() => rerender(state))
      await settle()
    },
  }
}

describe('useMatchAnnouncement', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('announces a search once it is shown', async () => {
    const { spoken, update } = await renderAnnouncement({
      query: 'ros',
      count: 3,
      ready: false,
    })
    expect(spoken).toEqual([])

    await update({ query: 'ros', count: 3, ready: true })

    expect(spoken).toEqual(['3 members match'])
  })

  it('stays quiet when the list refreshes', async () => {
    const { spoken, update } = await renderAnnouncement({
      query: 'ros',
      count: 3,
      ready: true,
    })

    await update({ query: 'ros', count: 2, ready: true })

    expect(spoken).toEqual(['3 members match'])
  })

  it.each([
    {
      change: 'a longer search',
      next: { query: 'rossi' },
      said: '1 member matches',
    },
    {
      change: 'a role filter',
      next: { query: 'ros', role: 'owner' as const },
      said: '1 member matches',
    },
  ])('announces again after $change', async ({ next, said }) => {
    const { spoken, update } = await renderAnnouncement({
      query: 'ros',
      count: 3,
      ready: true,
    })

    await update({ ...next, count: 1, ready: true })

    expect(spoken).toEqual(['3 members match', said])
  })

  it('announces a role filter without a search', async () => {
    const { spoken } = await renderAnnouncement({
      query: '',
      role: 'viewer',
      count: 200,
      ready: true,
    })

    expect(spoken).toEqual(['200 members match'])
  })

  it('announces nothing without filters', async () => {
    const { spoken } = await renderAnnouncement({
      query: '',
      count: 212,
      ready: true,
    })

    expect(spoken).toEqual([])
  })

  it('announces a search again after clearing', async () => {
    const { spoken, update } = await renderAnnouncement({
      query: 'ros',
      count: 3,
      ready: true,
    })
    await update({ query: '', count: 212, ready: true })

    await update({ query: 'ros', count: 3, ready: true })

    expect(spoken).toEqual(['3 members match', '3 members match'])
  })
})
