import * as z from 'zod/mini'

/** Sign-in form; the token is trimmed because pasted tokens often carry a newline. */
export const signInSchema = z.object({
  token: z.string().check(z.trim(), z.minLength(1, 'session.tokenRequired')),
  remember: z.boolean(),
})

export type SignInValues = z.infer<typeof signInSchema>
