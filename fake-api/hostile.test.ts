import { beforeEach, describe, expect, it } from 'vitest'
import { HOSTILE_VARIABLE, seedOptionsFromEnvironment } from './options.ts'
import {
  HOSTILE_MARKUP,
  HOSTILE_ORGANIZATION_ID,
  HTTPS_LOGO_ORGANIZATION_ID,
} from './seed-hostile.ts'
import { DEMO_VIEWER_TOKEN } from './seed-people.ts'
import { ORGANIZATION_SPECS } from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

const HOSTILE_IDS = [HOSTILE_ORGANIZATION_ID, HTTPS_LOGO_ORGANIZATION_ID]

describe('hostile organizations', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  async function organizationIds(token?: string): Promise<number[]> {
    const result = await standIn.request('/api/v1/organizations?limit=100', {
      token,
    })
    return result.json.data.map((item: { id: number }) => item.id)
  }

  function resetWith(body: unknown) {
    return standIn.request('/__stand-in/reset', { method: 'POST', body })
  }

  it('are not in the default seed', async () => {
    const ids = await organizationIds()
    expect(ids).toHaveLength(ORGANIZATION_SPECS.length)
    for (const id of HOSTILE_IDS) expect(ids).not.toContain(id)
  })

  it('are added by a reset that asks for them', async () => {
    expect((await resetWith({ hostileOrganizations: true })).status).toBe(200)

    const ids = await organizationIds()
    expect(ids).toHaveLength(ORGANIZATION_SPECS.length + 2)
    expect(ids).toEqual(expect.arrayContaining(HOSTILE_IDS))
    expect(await organizationIds(DEMO_VIEWER_TOKEN)).toEqual(
      expect.arrayContaining(HOSTILE_IDS),
    )
  })

  it('go away on the next plain reset', async () => {
    await resetWith({ hostileOrganizations: true })
    await standIn.reset()

    expect(await organizationIds()).toHaveLength(ORGANIZATION_SPECS.length)
  })

  it('carry markup in names and links', async () => {
    await resetWith({ hostileOrganizations: true })

    const list = await standIn.request('/api/v1/organizations?name=hostile')
    const organization = list.json.data[0]
    expect(organization.name).toContain(HOSTILE_MARKUP.image)
    expect(organization.logo).toBe(HOSTILE_MARKUP.link)
    expect(organization.website).toBe(HOSTILE_MARKUP.link)

    const members = await standIn.request(
      `/api/v1/organizations/${HOSTILE_ORGANIZATION_ID}/users`,
    )
    const names = members.json.data.map(
      (member: { first_name: string }) => member.first_name,
    )
    expect(names).toContain(HOSTILE_MARKUP.image)
    expect(members.json.total).toBe(4)
  })

  it('let the demo owner change roles there', async () => {
    await resetWith({ hostileOrganizations: true })
    const members = await standIn.request(
      `/api/v1/organizations/${HOSTILE_ORGANIZATION_ID}/users`,
    )
    const target = members.json.data.at(-1) as { id: string }

    const result = await standIn.request(
      `/api/v1/organizations/${HOSTILE_ORGANIZATION_ID}/users/${target.id}`,
      { method: 'PUT', body: { role: 'security_officer' } },
    )
    expect(result.status).toBe(200)
  })

  it.each([[{ hostileOrganizations: 'yes' }], [{ other: true }], [[true]]])(
    'reset rejects the body %j',
    async (body) => {
      const result = await resetWith(body)
      expect(result.status).toBe(400)
      expect(result.json.messages[0]).toMatch(/^body: expected no body/)
    },
  )

  it.each([
    ['1', { hostileOrganizations: true }],
    ['0', { hostileOrganizations: false }],
    ['', {}],
  ])('%s=%j is read from the environment', (value, options) => {
    expect(seedOptionsFromEnvironment({ [HOSTILE_VARIABLE]: value })).toEqual(
      options,
    )
  })

  it('rejects another value in the environment', () => {
    expect(() =>
      seedOptionsFromEnvironment({ [HOSTILE_VARIABLE]: 'yes' }),
    ).toThrow(HOSTILE_VARIABLE)
  })
})
