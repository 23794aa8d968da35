import * as z from 'zod/mini'
import { INVITE_USER_ID, type MemberWrite } from '../../api/members'
import { ROLES } from '../../api/roles'
import { isValidEmail } from '../../api/emailAddress'

/**
 * Lets the email check run even when the role is invalid, so the dialog
 * shows every problem at once. zod skips object checks after a field
 * fails unless `when` says otherwise.
 */
function emailIsReadable(payload: { value: unknown }): boolean {
  const form = payload.value as Partial<
    Record<'userId' | 'email', unknown>
  > | null
  return typeof form?.userId === 'string' && typeof form.email === 'string'
}

/**
 * The edit/invite dialog's form. It mirrors the PUT endpoint: `role` is
 * one of the API's roles, and `email` is required, trimmed and checked
 * exactly when `userId` is `0` (an invitation). Messages are translation
 * keys; the dialog shows them in the user's language.
 */
export const memberFormSchema = z.pipe(
  z
    .object({
      userId: z.string().check(z.minLength(1)),
      role: z.enum(ROLES, 'validation.roleRequired'),
      email: z.string().check(z.trim()),
    })
    .check(
      z.superRefine(
        (form, context) => {
          if (form.userId !== INVITE_USER_ID) return
          if (form.email === '') {
            context.addIssue({
              code: 'custom',
              path: ['email'],
              message: 'validation.emailRequired',
            })
          } else if (!isValidEmail(form.email)) {
            context.addIssue({
              code: 'custom',
              path: ['email'],
              message: 'validation.emailInvalid',
            })
          }
        },
        { when: emailIsReadable },
      ),
    ),
  z.transform((form): MemberWrite =>
    form.userId === INVITE_USER_ID
      ? { userId: INVITE_USER_ID, role: form.role, email: form.email }
      : { userId: form.userId, role: form.role },
  ),
)

/** What the form holds while the user types; `role` is empty until chosen. */
export interface MemberFormValues {
  userId: string
  role: string
  email: string
}
