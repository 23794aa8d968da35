import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useUrlText } from './useUrlText'

function setup(initial: string) {
  const write = vi.fn()
  const hook = renderHook(({ url }) => useUrlText(url, write), {
    initialProps: { url: initial },
  })
  const type = (value: string) => act(() => hook.result.current[1](value))
  const shown = () => hook.result.current[0]
  const urlBecomes = (url: string) => hook.rerender({ url })
  return { write, type, shown, urlBecomes }
}

describe('useUrlText', () => {
  it('starts from the URL', () => {
    const { shown } = setup('rossi')
    expect(shown()).toBe('rossi')
  })

  it('adds a history entry for the first character only', () => {
    const { write, type } = setup('')

    type('r')
    type('ro')

    expect(write.mock.calls).toEqual([
      ['r', { replace: false }],
      ['ro', { replace: true }],
    ])
  })

  it('keeps typing when the URL lags behind', () => {
    const { type, shown, urlBecomes } = setup('')

    type('r')
    type('ro')
    type('ros')
    urlBecomes('r')
    urlBecomes('ros')

    expect(shown()).toBe('ros')
  })

  it('takes a URL value it did not write', () => {
    const { type, shown, urlBecomes } = setup('')

    type('ros')
    urlBecomes('ros')
    urlBecomes('')

    expect(shown()).toBe('')
    urlBecomes('giulia')
    expect(shown()).toBe('giulia')
  })
})
