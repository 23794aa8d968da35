import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

const standInInfoSchema = z.object({
  standIn: z.literal(true),
  demoTokens: z.array(z.object({ token: z.string(), description: z.string() })),
})

export type StandInInfo = z.infer<typeof standInInfoSchema>

/**
 * Asks whether the built-in stand-in API is serving this page, so the
 * sign-in screen can say so and offer the demo tokens. Anywhere else the
 * route does not exist (a real deployment answers 404 or its index page),
 * and the answer is null.
 */
async function fetchStandInInfo(
  signal: AbortSignal,
): Promise<StandInInfo | null> {
  try {
    const response = await fetch('/__stand-in/info', {
      signal,
      headers: { Accept: 'application/json' },
    })
    if (!response.ok) return null
    const parsed = standInInfoSchema.safeParse(await response.json())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export const standInQuery = queryOptions({
  queryKey: ['stand-in', 'info'],
  queryFn: ({ signal }) => fetchStandInInfo(signal),
  staleTime: Infinity,
  retry: false,
})
