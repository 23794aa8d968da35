import type { TFunction } from 'i18next'
import { isApiError } from '../api/apiError'
import { describeError, describeMessage } from '../api/describeError'

export interface ErrorText {
  /** What failed and what to do next. */
  summary: string
  /** The API's own messages, in words, or empty. */
  details: string
}

export function errorText(t: TFunction, error: unknown): ErrorText {
  const description = describeError(error)
  const summary = t(description.key, description.values ?? {})
  return { summary, details: apiMessagesText(t, error) }
}

/** The API's messages joined into one line, numeric codes in words. */
export function apiMessagesText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return ''
  return error.messages
    .map((message) => {
      const description = describeMessage(message)
      return 'text' in description
        ? description.text
        : t(description.key, description.values ?? {})
    })
    .join('; ')
}

/** The error in one line: what failed, then the API's messages. */
export function errorSentence(t: TFunction, error: unknown): string {
  const { summary, details } = errorText(t, error)
  return details ? `${summary} ${t('errors.details', { details })}` : summary
}
