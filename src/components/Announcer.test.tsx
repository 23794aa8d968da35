import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCE_DELAY_MS, AnnouncerProvider, useAnnounce } from './Announcer'

function AnnounceButtons({ messages }: { messages: string[] }) {
  const announce = useAnnounce()
  return messages.map((message) => (
    <button key={message} onClick={() => announce(message)}>
      {message}
    </button>
  ))
}

function renderAnnouncer(messages: string[]) {
  render(
    <AnnouncerProvider>
      <AnnounceButtons messages={messages} />
    </AnnouncerProvider>,
  )
  return screen.getByRole('status')
}

function press(message: string) {
  fireEvent.click(screen.getByRole('button', { name: message }))
}

function waitForAnnouncement() {
  act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS))
}

describe('AnnouncerProvider', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('writes the message into a polite live region', () => {
    const region = renderAnnouncer(['3 members match'])

    press('3 members match')
    waitForAnnouncement()

    expect(region).toHaveAttribute('aria-live', 'polite')
    expect(region).toHaveTextContent('3 members match')
  })

  it('empties the region before a repeated message', () => {
    const message = 'Invitation sent to a@example.org.'
    const region = renderAnnouncer([message])
    press(message)
    waitForAnnouncement()

    press(message)
    expect(region).toHaveTextContent(/^$/)
    waitForAnnouncement()

    expect(region).toHaveTextContent(message)
  })

  it('keeps only the last of quick messages', () => {
    const region = renderAnnouncer(['2 members match', '1 member matches'])

    press('2 members match')
    press('1 member matches')
    waitForAnnouncement()

    expect(region).toHaveTextContent(/^1 member matches$/)
  })
})
