import { beforeEach, describe, expect, it } from 'vitest'
import { MESSAGES } from './contract.ts'
import { DEMO_VIEWER, DEMO_VIEWER_TOKEN } from './seed-people.ts'
import {
  ORGANIZATION_SPECS,
  VIEWER_ONLY_ORGANIZATION_ID,
} from './seed-organizations.ts'
import { useStandIn } from './test-support.ts'

const SEEDED_COUNT = ORGANIZATION_SPECS.length
const SEEDED_IDS = ORGANIZATION_SPECS.map((spec) => spec.id)

describe('GET /organizations', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  async function listIds(query: string, token?: string): Promise<number[]> {
    const result = await standIn.request(`/api/v1/organizations${query}`, {
      token,
    })
    expect(result.status).toBe(200)
    return result.json.data.map(
      (organization: { id: number }) => organization.id,
    )
  }

  it('lists every seeded organization by -id', async () => {
    const result = await standIn.request('/api/v1/organizations')
    expect(result.status).toBe(200)
    expect(result.json.error).toBe(0)
    expect(result.json.total).toBe(SEEDED_COUNT)
    expect(SEEDED_COUNT).toBeGreaterThanOrEqual(12)
    const ids = result.json.data.map(
      (organization: { id: number }) => organization.id,
    )
    expect(ids).toEqual([...SEEDED_IDS].sort((a, b) => b - a))
  })

  it('viewer token sees every organization', async () => {
    expect(await listIds('', DEMO_VIEWER_TOKEN)).toHaveLength(SEEDED_COUNT)
  })

  it('items have every documented field', async () => {
    const result = await standIn.request('/api/v1/organizations')
    for (const organization of result.json.data) {
      expect(Number.isInteger(organization.id)).toBe(true)
      expect(typeof organization.name).toBe('string')
      expect(typeof organization.description).toBe('string')
      expect(Array.isArray(organization.ips)).toBe(true)
      expect(
        organization.logo === '' || organization.logo.startsWith('https://'),
      ).toBe(true)
      expect(organization.domains.length).toBeGreaterThan(0)
      expect(organization.website).toMatch(/^https:\/\//)
      expect(Array.isArray(organization.sectors)).toBe(true)
      expect(Array.isArray(organization.industries)).toBe(true)
      expect(['cloud', 'on_premise', 'hybrid']).toContain(
        organization.infrastructure,
      )
      expect(Number.isInteger(organization.number_employees)).toBe(true)
      for (const contact of organization.contacts) {
        expect(Object.keys(contact).sort()).toEqual([
          'email',
          'email_report',
          'name',
          'phone',
          'role',
        ])
        expect(typeof contact.email_report).toBe('boolean')
      }
    }
  })

  it.each([
    ['?limit=5', 5, 0],
    ['?limit=5&offset=10', 4, 10],
    ['?offset=14', 0, 14],
    ['?offset=100', 0, 100],
    ['?limit=1000', SEEDED_COUNT, 0],
    ['?limit=1', 1, 0],
  ])(
    'page %s has the page size and full total',
    async (query, size, offset) => {
      const result = await standIn.request(`/api/v1/organizations${query}`)
      expect(result.status).toBe(200)
      expect(result.json.data).toHaveLength(size)
      expect(result.json.total).toBe(SEEDED_COUNT)
      const all = await listIds('')
      expect(result.json.data.map((item: { id: number }) => item.id)).toEqual(
        all.slice(offset, offset + size),
      )
    },
  )

  it.each([
    ['id', (a: { id: number }, b: { id: number }) => a.id - b.id],
    ['-id', (a: { id: number }, b: { id: number }) => b.id - a.id],
  ])('order=%s sorts by id', async (order, compare) => {
    const result = await standIn.request(`/api/v1/organizations?order=${order}`)
    const ids = result.json.data.map((item: { id: number }) => item.id)
    expect(ids).toEqual(
      [...result.json.data].sort(compare).map((item) => item.id),
    )
  })

  it.each([
    ['name', 1],
    ['-name', -1],
  ])('order=%s sorts by name', async (order, direction) => {
    const result = await standIn.request(`/api/v1/organizations?order=${order}`)
    const names: string[] = result.json.data.map(
      (item: { name: string }) => item.name,
    )
    const collator = new Intl.Collator('en', { sensitivity: 'base' })
    expect(names).toEqual(
      [...names].sort((a, b) => direction * collator.compare(a, b)),
    )
    expect(names[0]).toBe(
      direction === 1
        ? 'Acque del Tavoliere S.r.l.'
        : 'Zuidhaven Shipping B.V.',
    )
  })

  it.each([
    ['limit=0', 'limit: must be an integer from 1 to 1000'],
    ['limit=1001', 'limit: must be an integer from 1 to 1000'],
    ['limit=-1', 'limit: must be an integer from 1 to 1000'],
    ['limit=abc', 'limit: must be an integer from 1 to 1000'],
    ['limit=1.5', 'limit: must be an integer from 1 to 1000'],
    ['limit=', 'limit: must be an integer from 1 to 1000'],
    ['offset=-1', 'offset: must be an integer of 0 or more'],
    ['offset=x', 'offset: must be an integer of 0 or more'],
    ['order=created', 'order: must be one of id, -id, name, -name'],
    ['order=ID', 'order: must be one of id, -id, name, -name'],
    ['owned=yes', 'owned: must be true or false'],
    ['editable=maybe', 'editable: must be true or false'],
  ])('%s is 400 naming the parameter', async (query, message) => {
    const result = await standIn.request(`/api/v1/organizations?${query}`)
    expect(result.status).toBe(400)
    expect(result.json.error).toBe(1)
    expect(result.json.messages).toEqual([MESSAGES.invalidData, message])
  })

  it.each([
    ['banca', [1004]],
    ['BANCA', [1004]],
    ['söhne', [1007]],
    ['SÖHNE', [1007]],
    ['s.r.l', [1006]],
    [' & ', [1007, 1002]],
    ['no such organization', []],
  ])('name=%j filters case-insensitively', async (name, ids) => {
    const result = await standIn.request(
      `/api/v1/organizations?name=${encodeURIComponent(name)}`,
    )
    expect(result.json.data.map((item: { id: number }) => item.id)).toEqual(ids)
    expect(result.json.total).toBe(ids.length)
  })

  it('total counts filtered items before paging', async () => {
    const result = await standIn.request('/api/v1/organizations?name=a&limit=2')
    const all = await listIds('?name=a')
    expect(result.json.data).toHaveLength(2)
    expect(result.json.total).toBe(all.length)
    expect(all.length).toBeGreaterThan(2)
  })

  it.each([
    ['owned=true', undefined, SEEDED_COUNT - 1],
    ['owned=false', undefined, 1],
    ['editable=true', undefined, SEEDED_COUNT - 1],
    ['editable=false', undefined, 1],
    ['owned=true', DEMO_VIEWER_TOKEN, 0],
    ['editable=true', DEMO_VIEWER_TOKEN, 0],
    ['owned=false', DEMO_VIEWER_TOKEN, SEEDED_COUNT],
  ])('%s for %s counts %i', async (query, token, count) => {
    const result = await standIn.request(`/api/v1/organizations?${query}`, {
      token,
    })
    expect(result.json.total).toBe(count)
  })

  it('owned=false finds the viewer-only organization', async () => {
    expect(await listIds('?owned=false')).toEqual([VIEWER_ONLY_ORGANIZATION_ID])
  })

  it('editable includes security officers', async () => {
    const promote = await standIn.request(
      `/api/v1/organizations/1004/users/${DEMO_VIEWER.id}`,
      { method: 'PUT', body: { role: 'security_officer' } },
    )
    expect(promote.status).toBe(200)
    expect(await listIds('?editable=true', DEMO_VIEWER_TOKEN)).toEqual([1004])
    expect(await listIds('?owned=true', DEMO_VIEWER_TOKEN)).toEqual([])
  })

  it.each([
    ['sectors[]=finance', [1013, 1004]],
    ['sectors[]=finance&sectors[]=energy', [1013, 1008, 1004]],
    ['industries[]=insurance', [1013]],
    ['sectors[]=finance&industries[]=banking', [1004]],
    ['sectors[]=space', []],
  ])('%s filters by any listed value', async (query, ids) => {
    expect(await listIds(`?${query}`)).toEqual(ids)
  })

  it('filters combine with paging', async () => {
    const result = await standIn.request(
      '/api/v1/organizations?owned=true&order=name&limit=3&offset=3',
    )
    expect(result.json.total).toBe(SEEDED_COUNT - 1)
    expect(result.json.data).toHaveLength(3)
  })
})
