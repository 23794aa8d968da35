import { isApiError, type ApiMessage } from '../../api/apiError'

export type MemberField = 'email' | 'role'

export interface ServerErrors {
  fields: Partial<Record<MemberField, string>>
  /** Messages that name no field, shown above the form. */
  general: ApiMessage[]
}

const FIELD_PREFIX = /^\s*(email|role)\s*[:\-–]\s*/i

/**
 * Sorts a 400's messages by the field they concern. The API's text
 * conventions are not documented, so a message counts for a field only
 * when it starts with the field's name and a colon, as in
 * "email: enter a valid email address"; the rest go above the form.
 */
export function splitServerErrors(error: unknown): ServerErrors | null {
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 400)
    return null
  const result: ServerErrors = { fields: {}, general: [] }
  for (const message of error.messages) {
    const text = String(message)
    const match = FIELD_PREFIX.exec(text)
    const field = match?.[1]?.toLowerCase() as MemberField | undefined
    if (match && field) {
      result.fields[field] = text.slice(match[0].length)
    } else {
      result.general.push(message)
    }
  }
  return result
}
