import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { i18nReady } from '../app/i18n'

// Components render with the catalogue in, as in the app.
beforeAll(async () => {
  await i18nReady
})

// A test that logs an unexpected console.error or console.warn fails, so
// React warnings and failed renders cannot pass unnoticed.
beforeEach(() => {
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(
        `Unexpected console.${method}: ${args.map(String).join(' ')}`,
      )
    })
  }
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  sessionStorage.clear()
  localStorage.clear()
})
