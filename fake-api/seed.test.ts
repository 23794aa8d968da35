import { describe, expect, it } from 'vitest'
import { isValidEmail } from './contract.ts'
import {
  LARGE_SIZE_VARIABLE,
  SCALE_VARIABLE,
  seedOptionsFromEnvironment,
} from './options.ts'
import { DEMO_OWNER, DIRECTORY_PEOPLE } from './seed-people.ts'
import {
  FIRST_SCALE_ORGANIZATION_ID,
  LARGE_ORGANIZATION_ID,
  SINGLE_OWNER_ORGANIZATION_ID,
} from './seed-organizations.ts'
import { createSeed } from './seed.ts'
import { startStandIn } from './start.ts'
import { sendRequest, useStandIn } from './test-support.ts'

describe('seed', () => {
  it('is deterministic across stand-ins', async () => {
    const bodies: string[] = []
    for (let run = 0; run < 2; run += 1) {
      const running = await startStandIn()
      try {
        const organizations = await sendRequest(
          running.url,
          '/api/v1/organizations',
        )
        const members = await sendRequest(
          running.url,
          `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/users`,
        )
        bodies.push(organizations.text + members.text)
      } finally {
        await running.close()
      }
    }
    expect(bodies[0]).toBe(bodies[1])
  })

  it('reset restores the same data', async () => {
    const running = await startStandIn()
    try {
      const path = `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users`
      const before = await sendRequest(running.url, path)
      await sendRequest(running.url, `${path}/0`, {
        method: 'PUT',
        body: { role: 'viewer', email: 'a@example.org' },
      })
      running.standIn.reset()
      const after = await sendRequest(running.url, path)
      expect(after.text).toBe(before.text)
    } finally {
      await running.close()
    }
  })

  it.each([2, 40, 300])('large organization size %i', async (size) => {
    const seed = createSeed({ largeOrganizationSize: size })
    const members = seed.memberships.get(LARGE_ORGANIZATION_ID) ?? []
    expect(members).toHaveLength(size)
    expect(members[0]).toEqual({ personId: DEMO_OWNER.id, role: 'owner' })
  })

  it.each([
    [{ largeOrganizationSize: 1 }, 'largeOrganizationSize'],
    [{ largeOrganizationSize: 2.5 }, 'largeOrganizationSize'],
    [{ scaleOrganizations: [0] }, 'scaleOrganizations'],
    [{ scaleOrganizations: [10, -1] }, 'scaleOrganizations'],
  ])('rejects %j', (options, name) => {
    expect(() => createSeed(options)).toThrow(name)
  })

  it('scale organizations have exactly N members', () => {
    const seed = createSeed({ scaleOrganizations: [1, 100, 2500] })
    const scale = seed.organizations.filter(
      (organization) => organization.id >= FIRST_SCALE_ORGANIZATION_ID,
    )
    expect(scale.map((organization) => organization.name)).toEqual([
      'Scale 1',
      'Scale 100',
      'Scale 2500',
    ])
    for (const [index, size] of [1, 100, 2500].entries()) {
      const members =
        seed.memberships.get(FIRST_SCALE_ORGANIZATION_ID + index) ?? []
      expect(members).toHaveLength(size)
      expect(members[0]).toEqual({ personId: DEMO_OWNER.id, role: 'owner' })
      const emails = members.map(
        (member) => seed.people.get(member.personId)?.email ?? '',
      )
      expect(new Set(emails).size).toBe(size)
      expect(emails.every((email) => isValidEmail(email))).toBe(true)
    }
  })

  it('generates 10000 members well under a second', () => {
    const startedAt = performance.now()
    const seed = createSeed({ scaleOrganizations: [10_000] })
    const elapsed = performance.now() - startedAt
    expect(seed.memberships.get(FIRST_SCALE_ORGANIZATION_ID)).toHaveLength(
      10_000,
    )
    expect(elapsed).toBeLessThan(500)
  })

  it('directory people are registered', () => {
    const seed = createSeed()
    for (const person of DIRECTORY_PEOPLE) {
      expect(seed.people.get(person.id)?.registered).toBe(true)
      expect(isValidEmail(person.email)).toBe(true)
    }
  })
})

describe('scale organizations over HTTP', () => {
  const standIn = useStandIn({ scaleOrganizations: [100, 10_000] })

  it('lists them for the demo owner', async () => {
    const result = await standIn.request(
      '/api/v1/organizations?name=scale&order=id',
    )
    expect(result.json.data.map((item: { name: string }) => item.name)).toEqual(
      ['Scale 100', 'Scale 10000'],
    )
  })

  it('serves 10000 members', async () => {
    const result = await standIn.request(
      `/api/v1/organizations/${FIRST_SCALE_ORGANIZATION_ID + 1}/users`,
    )
    expect(result.status).toBe(200)
    expect(result.json.total).toBe(10_000)
    expect(result.json.data).toHaveLength(10_000)
  })

  it('hides them from the demo viewer', async () => {
    const result = await standIn.request(
      `/api/v1/organizations/${FIRST_SCALE_ORGANIZATION_ID}/users`,
      {
        token: 'demo-viewer-token',
      },
    )
    expect(result.status).toBe(404)
  })
})

describe('directory invitations', () => {
  const standIn = useStandIn()

  it.each(
    DIRECTORY_PEOPLE.slice(0, -2).map((person) => [person.email, person.id]),
  )('inviting %s returns their id', async (email, id) => {
    await standIn.reset()
    const result = await standIn.request(
      `/api/v1/organizations/${SINGLE_OWNER_ORGANIZATION_ID}/users/0`,
      {
        method: 'PUT',
        body: { role: 'viewer', email },
      },
    )
    expect(result.status).toBe(200)
    expect(result.json.data.user).toBe(id)
  })

  it.each(DIRECTORY_PEOPLE.slice(-2).map((person) => [person.email]))(
    '%s is already in the large organization',
    async (email) => {
      await standIn.reset()
      const result = await standIn.request(
        `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/users/0`,
        {
          method: 'PUT',
          body: { role: 'viewer', email },
        },
      )
      expect(result.status).toBe(400)
    },
  )
})

describe('seedOptionsFromEnvironment', () => {
  it.each([
    [{}, {}],
    [{ [SCALE_VARIABLE]: '' }, {}],
    [{ [SCALE_VARIABLE]: '100,10000' }, { scaleOrganizations: [100, 10_000] }],
    [{ [SCALE_VARIABLE]: ' 5 , 7 ' }, { scaleOrganizations: [5, 7] }],
    [{ [LARGE_SIZE_VARIABLE]: '500' }, { largeOrganizationSize: 500 }],
  ])('reads %j', (env, expected) => {
    expect(seedOptionsFromEnvironment(env)).toEqual(expected)
  })

  it.each([
    [{ [SCALE_VARIABLE]: '100,,200' }, SCALE_VARIABLE],
    [{ [SCALE_VARIABLE]: '1e3' }, SCALE_VARIABLE],
    [{ [SCALE_VARIABLE]: '0' }, SCALE_VARIABLE],
    [{ [LARGE_SIZE_VARIABLE]: 'many' }, LARGE_SIZE_VARIABLE],
  ])('rejects %j', (env, variable) => {
    expect(() => seedOptionsFromEnvironment(env)).toThrow(variable)
  })
})
