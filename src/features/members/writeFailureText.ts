import type { TFunction } from 'i18next'
import { errorText } from '../../components/errorText'

/** A failed write in one line: what failed, then the API's own messages. */
export function writeFailureText(t: TFunction, error: unknown): string {
  const { summary, details } = errorText(t, error)
  return details ? `${summary} ${t('errors.details', { details })}` : summary
}
