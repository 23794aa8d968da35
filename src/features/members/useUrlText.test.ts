import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { URL_WRITE_DELAY_MS, useUrlText } from './useUrlText'

function setup(initial: string) {
  const write = vi.fn()
  const hook = renderHook(({ url }) => useUrlText(url, write), {
    initialProps: { url: initial },
  })
  const type = (value: string) => act(() => hook.result.current[1](value))
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))
  const shown = () => hook.result.current[0]
  const urlBecomes = (url: string) => hook.rerender({ url })
  return { write, type, wait, shown, urlBecomes }
}

describe('useUrlText', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('starts from the URL', () => {
    const { shown } = setup('rossi')
    expect(shown()).toBe('rossi')
  })

  it('writes once typing pauses', () => {
    const { write, type, wait, shown } = setup('')

    type('r')
    wait(URL_WRITE_DELAY_MS - 100)
    type('ro')
    wait(URL_WRITE_DELAY_MS - 100)
    type('ros')

    expect(shown()).toBe('ros')
    expect(write).not.toHaveBeenCalled()
    wait(URL_WRITE_DELAY_MS)
    expect(write.mock.calls).toEqual([['ros', { replace: false }]])
  })

  it('replaces the entry of a URL with text', () => {
    const { write, type, wait } = setup('ros')

    type('ross')
    wait(URL_WRITE_DELAY_MS)
    type('')
    wait(URL_WRITE_DELAY_MS)

    expect(write.mock.calls).toEqual([
      ['ross', { replace: true }],
      ['', { replace: true }],
    ])
  })

  it('replaces an entry the URL has not shown yet', () => {
    const { write, type, wait } = setup('')

    type('r')
    wait(URL_WRITE_DELAY_MS)
    type('ro')
    wait(URL_WRITE_DELAY_MS)

    expect(write.mock.calls).toEqual([
      ['r', { replace: false }],
      ['ro', { replace: true }],
    ])
  })

  it('keeps typing when the URL lags behind', () => {
    const { write, type, wait, shown, urlBecomes } = setup('')

    type('r')
    wait(URL_WRITE_DELAY_MS)
    type('ro')
    type('ros')
    urlBecomes('r')

    expect(shown()).toBe('ros')
    wait(URL_WRITE_DELAY_MS)
    expect(write).toHaveBeenLastCalledWith('ros', { replace: true })
    urlBecomes('ros')
    expect(shown()).toBe('ros')
  })

  it('writes nothing when the text returns to the URL', () => {
    const { write, type, wait } = setup('ros')

    type('rosx')
    type('ros')
    wait(URL_WRITE_DELAY_MS * 2)

    expect(write).not.toHaveBeenCalled()
  })

  it('takes a URL value it did not write', () => {
    const { write, type, wait, shown, urlBecomes } = setup('')

    type('ros')
    wait(URL_WRITE_DELAY_MS)
    urlBecomes('ros')
    urlBecomes('')
    expect(shown()).toBe('')

    type('luca')
    urlBecomes('giulia')
    expect(shown()).toBe('giulia')
    wait(URL_WRITE_DELAY_MS * 2)
    expect(write).toHaveBeenCalledTimes(1)
  })
})
