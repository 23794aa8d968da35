import { setTimeout as sleep } from 'node:timers/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEMO_OWNER_TOKEN } from './seed-people.ts'
import { SINGLE_OWNER_ORGANIZATION_ID } from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

const MEMBERS = `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users`

describe('delay fault with a client that gives up', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  async function inviteGivingUpAfter(ms: number, email: string) {
    return fetch(`${standIn.url}${MEMBERS}/0`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        'X-Aegister-Token': DEMO_OWNER_TOKEN,
      },
      body: JSON.stringify({ role: 'viewer', email }),
      signal: AbortSignal.timeout(ms),
    })
  }

  async function memberEmails(): Promise<string[]> {
    const result = await standIn.request(MEMBERS)
    return result.json.data.map((member: { email: string }) => member.email)
  }

  it('drops the write the client abandoned', async () => {
    await standIn.addFault({ endpoint: 'updateMember', kind: 'delay', ms: 300 })

    await expect(
      inviteGivingUpAfter(50, 'gave.up@example.org'),
    ).rejects.toThrow()
    await sleep(450)

    expect(await memberEmails()).not.toContain('gave.up@example.org')
  })

  it('applies the write of a client that waited', async () => {
    await standIn.addFault({ endpoint: 'updateMember', kind: 'delay', ms: 100 })

    const response = await inviteGivingUpAfter(2000, 'waited@example.org')

    expect(response.status).toBe(200)
    expect(await memberEmails()).toContain('waited@example.org')
  })
})
