import * as z from 'zod/mini'

/** The people page's state in the URL: the email searched, if any. */
export const peopleSearchSchema = z.object({
  email: z.catch(z.optional(z.string()), undefined),
})
