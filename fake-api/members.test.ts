import { beforeEach, describe, expect, it } from 'vitest'
import { isValidEmail, MESSAGES, ROLES, type Member } from './contract.ts'
import {
  DEMO_OWNER,
  DEMO_VIEWER,
  DEMO_VIEWER_TOKEN,
  DIRECTORY_PEOPLE,
} from './seed-people.ts'
import {
  LARGE_ORGANIZATION_ID,
  ORGANIZATION_SPECS,
  SINGLE_OWNER_ORGANIZATION_ID,
  VIEWER_ONLY_ORGANIZATION_ID,
} from './seed-organizations.ts'
import { useStandIn, UUID_PATTERN } from './test-support.ts'

const SINGLE = SINGLE_OWNER_ORGANIZATION_ID
const NOT_FOUND = { error: 1, messages: [], data: {} }
const FORBIDDEN = { error: 1, messages: [MESSAGES.ownerRequired], data: {} }
const LAST_OWNER = { error: 1, messages: [MESSAGES.lastOwner], data: {} }
const MARCO = findDirectoryPerson('marco.bianchi@example.it')

function findDirectoryPerson(email: string) {
  const person = DIRECTORY_PEOPLE.find((item) => item.email === email)
  if (person === undefined) {
    throw new Error(`The directory has no person with email ${email}`)
  }
  return person
}

describe('GET /organizations/{id}/users', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  async function listMembers(
    organizationId: number,
    token?: string,
  ): Promise<Member[]> {
    const result = await standIn.request(
      `/api/v1/organizations/${organizationId}/users`,
      { token },
    )
    expect(result.status).toBe(200)
    expect(result.json.total).toBe(result.json.data.length)
    return result.json.data
  }

  it('large organization has 212 members', async () => {
    const result = await standIn.request(
      `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/users`,
    )
    expect(result.status).toBe(200)
    expect(result.json.error).toBe(0)
    expect(result.json.messages).toEqual([])
    expect(result.json.total).toBe(212)
    expect(result.json.data).toHaveLength(212)
  })

  it('members have the documented fields', async () => {
    for (const spec of ORGANIZATION_SPECS) {
      for (const member of await listMembers(spec.id)) {
        expect(Object.keys(member).sort()).toEqual([
          'email',
          'first_name',
          'id',
          'last_name',
          'role',
          'username',
        ])
        expect(member.id).toMatch(UUID_PATTERN)
        expect(ROLES).toContain(member.role)
        expect(isValidEmail(member.email)).toBe(true)
        expect(member.username).not.toBe('')
      }
    }
  })

  it('member emails are unique per organization', async () => {
    for (const spec of ORGANIZATION_SPECS) {
      const emails = (await listMembers(spec.id)).map((member) =>
        member.email.toLowerCase(),
      )
      expect(new Set(emails).size).toBe(emails.length)
    }
  })

  it('large organization has edge-case names', async () => {
    const members = await listMembers(LARGE_ORGANIZATION_ID)
    const names = members.map(
      (member) => `${member.first_name} ${member.last_name}`,
    )
    for (const expected of [
      'José Núñez',
      'Zoë Ærøskøbing',
      'Łukasz Żółkiewski',
      "Maria Dell'Acqua",
      "Seán O'Brien",
      "Gianni D'Angelo",
      '芳 王',
      '花子 佐藤',
      'Γιώργος Παπαδόπουλος',
      'Наталья Иванова',
      'فاطمة الزهراء',
      'יעל כהן',
      'प्रिया शर्मा',
      '=HYPERLINK("https://payroll.example/login","Update payroll") ',
    ]) {
      expect(names).toContain(expected)
    }
    expect(names.some((name) => name.length > 60)).toBe(true)
    const unnamed = members.filter(
      (member) => member.first_name === '' && member.last_name === '',
    )
    expect(unnamed.map((member) => member.username)).toEqual(['m.rinaldi'])
  })

  it('large organization has every role', async () => {
    const members = await listMembers(LARGE_ORGANIZATION_ID)
    const count = (role: string) =>
      members.filter((member) => member.role === role).length
    expect(count('owner')).toBeGreaterThanOrEqual(3)
    expect(count('security_officer')).toBeGreaterThanOrEqual(3)
    expect(count('viewer')).toBeGreaterThanOrEqual(100)
    expect(members.find((member) => member.id === DEMO_OWNER.id)?.role).toBe(
      'owner',
    )
  })

  it('most usernames are the email', async () => {
    const members = await listMembers(LARGE_ORGANIZATION_ID)
    const different = members.filter(
      (member) => member.username !== member.email,
    )
    expect(different.length).toBeGreaterThanOrEqual(3)
    expect(different.length).toBeLessThan(members.length / 4)
  })

  it('members use the organization domain', async () => {
    for (const spec of ORGANIZATION_SPECS) {
      const members = await listMembers(spec.id)
      const onDomain = members.filter((member) =>
        member.email.toLowerCase().endsWith(`@${spec.domain}`),
      )
      // The demo people and directory people have addresses elsewhere.
      expect(onDomain.length).toBeGreaterThanOrEqual(members.length - 4)
    }
  })

  it.each([
    [SINGLE, 'owner', 1],
    [VIEWER_ONLY_ORGANIZATION_ID, 'viewer', 2],
  ])(
    'organization %i: demo owner is %s beside %i owners',
    async (id, role, owners) => {
      const members = await listMembers(id)
      expect(members.find((member) => member.id === DEMO_OWNER.id)?.role).toBe(
        role,
      )
      expect(members.filter((member) => member.role === 'owner')).toHaveLength(
        owners,
      )
      expect(members.length).toBeGreaterThanOrEqual(5)
    },
  )

  it('demo viewer is a viewer everywhere', async () => {
    for (const spec of ORGANIZATION_SPECS) {
      const members = await listMembers(spec.id)
      expect(members.find((member) => member.id === DEMO_VIEWER.id)?.role).toBe(
        'viewer',
      )
    }
  })

  it.each(['0', '-1', 'abc', '1.5', '01', '1e3', '99999', '9007199254740993'])(
    'organization id %j is 404',
    async (id) => {
      const result = await standIn.request(`/api/v1/organizations/${id}/users`)
      expect(result.status).toBe(404)
      expect(result.json).toEqual(NOT_FOUND)
    },
  )

  it('organization of others is 404', async () => {
    const removed = await standIn.request(
      `/api/v1/organizations/1005/users/${DEMO_VIEWER.id}`,
      { method: 'DELETE' },
    )
    expect(removed.status).toBe(200)
    const result = await standIn.request('/api/v1/organizations/1005/users', {
      token: DEMO_VIEWER_TOKEN,
    })
    expect(result.status).toBe(404)
    expect(result.json).toEqual(NOT_FOUND)
  })
})

describe('PUT and POST /organizations/{id}/users/{userid}', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  function write(
    method: string,
    organizationId: number,
    userId: string,
    body: unknown,
    token?: string,
  ) {
    return standIn.request(
      `/api/v1/organizations/${organizationId}/users/${userId}`,
      { method, body, token },
    )
  }

  async function listMembers(organizationId: number): Promise<Member[]> {
    const result = await standIn.request(
      `/api/v1/organizations/${organizationId}/users`,
    )
    return result.json.data
  }

  describe.each(['PUT', 'POST'])('%s', (method) => {
    it.each([
      ['unknown organization', 4242, undefined, NOT_FOUND, 404],
      ['invalid organization id', 0, undefined, NOT_FOUND, 404],
      ['viewer caller', SINGLE, DEMO_VIEWER_TOKEN, FORBIDDEN, 403],
      [
        'owner who is a viewer here',
        VIEWER_ONLY_ORGANIZATION_ID,
        undefined,
        FORBIDDEN,
        403,
      ],
    ])(
      '%s is rejected',
      async (_case, organizationId, token, expected, status) => {
        const result = await write(
          method,
          organizationId,
          '0',
          { role: 'viewer', email: 'new@example.it' },
          token,
        )
        expect(result.status).toBe(status)
        expect(result.json).toEqual(expected)
      },
    )

    it('403 comes before body checks', async () => {
      const result = await write(
        method,
        SINGLE,
        '0',
        'not json',
        DEMO_VIEWER_TOKEN,
      )
      expect(result.status).toBe(403)
    })

    it.each(['not json', '', '[]', '"viewer"', 'null', '42', '{"role":'])(
      'body %j is invalid data',
      async (body) => {
        const result = await write(method, SINGLE, '0', body, undefined)
        expect(result.status).toBe(400)
        expect(result.json).toEqual({
          error: 1,
          messages: [MESSAGES.invalidData],
          data: {},
        })
      },
    )

    it.each([
      ['missing', { email: 'new@example.it' }],
      ['unknown', { role: 'admin', email: 'new@example.it' }],
      ['wrong case', { role: 'Owner', email: 'new@example.it' }],
      ['number', { role: 1, email: 'new@example.it' }],
      ['null', { role: null, email: 'new@example.it' }],
      ['before email check', { role: 'boss' }],
    ])('role %s is 400', async (_case, body) => {
      const result = await write(method, SINGLE, '0', body)
      expect(result.status).toBe(400)
      expect(result.json.messages).toEqual([
        MESSAGES.invalidData,
        MESSAGES.invalidRole,
      ])
    })

    it('role is checked for existing members', async () => {
      const result = await write(method, SINGLE, DEMO_VIEWER.id, {
        role: 'admin',
      })
      expect(result.status).toBe(400)
      expect(result.json.messages).toEqual([
        MESSAGES.invalidData,
        MESSAGES.invalidRole,
      ])
    })

    it.each([
      ['missing', {}, MESSAGES.emailRequired],
      ['empty', { email: '' }, MESSAGES.emailRequired],
      ['only spaces', { email: '   ' }, MESSAGES.emailRequired],
      ['null', { email: null }, MESSAGES.emailRequired],
      ['a number', { email: 42 }, MESSAGES.emailInvalid],
      ['an array', { email: ['a@example.it'] }, MESSAGES.emailInvalid],
      ['without @', { email: 'marco.example.it' }, MESSAGES.emailInvalid],
    ])('email %s is 400', async (_case, body, message) => {
      const result = await write(method, SINGLE, '0', {
        role: 'viewer',
        ...body,
      })
      expect(result.status).toBe(400)
      expect(result.json.messages).toEqual([MESSAGES.invalidData, message])
    })

    it.each([
      ['exact', DEMO_VIEWER.email],
      ['upper case', DEMO_VIEWER.email.toUpperCase()],
      ['with spaces', `  ${DEMO_VIEWER.email} `],
    ])('existing member email (%s) is 400', async (_case, email) => {
      const result = await write(method, SINGLE, '0', { role: 'viewer', email })
      expect(result.status).toBe(400)
      expect(result.json.messages).toEqual([
        MESSAGES.invalidData,
        MESSAGES.emailTaken,
      ])
    })

    it('mixed-case seeded email is a duplicate', async () => {
      const result = await write(method, LARGE_ORGANIZATION_ID, '0', {
        role: 'viewer',
        email: 'paola.monti@nordavia.it',
      })
      expect(result.status).toBe(400)
      expect(result.json.messages).toEqual([
        MESSAGES.invalidData,
        MESSAGES.emailTaken,
      ])
    })

    it('directory person gets their id', async () => {
      const result = await write(method, SINGLE, '0', {
        role: 'security_officer',
        email: 'Marco.Bianchi@Example.it',
      })
      expect(result.status).toBe(200)
      expect(result.json).toEqual({
        error: 0,
        messages: [],
        data: { organization: SINGLE, user: MARCO.id },
      })
      const added = (await listMembers(SINGLE)).find(
        (member) => member.id === MARCO.id,
      )
      expect(added).toEqual({ ...MARCO, role: 'security_officer' })
    })

    it('unregistered person gets user 0', async () => {
      const result = await write(method, SINGLE, '0', {
        role: 'viewer',
        email: '  Nuovo.Collega@Example.org ',
      })
      expect(result.status).toBe(200)
      expect(result.json).toEqual({
        error: 0,
        messages: [],
        data: { organization: SINGLE, user: '0' },
      })
      const members = await listMembers(SINGLE)
      const added = members.find(
        (member) => member.email === 'Nuovo.Collega@Example.org',
      )
      expect(added?.id).toMatch(UUID_PATTERN)
      expect(added?.username).toBe('Nuovo.Collega@Example.org')
      expect(added?.first_name).toBe('')
      expect(added?.last_name).toBe('')
      expect(added?.role).toBe('viewer')
    })

    it('unregistered person keeps one id across organizations', async () => {
      await write(method, SINGLE, '0', {
        role: 'viewer',
        email: 'nuovo@example.org',
      })
      const second = await write(method, 1005, '0', {
        role: 'owner',
        email: 'NUOVO@example.org',
      })
      expect(second.json.data.user).toBe('0')
      const first = (await listMembers(SINGLE)).find(
        (member) => member.email === 'nuovo@example.org',
      )
      const again = (await listMembers(1005)).find(
        (member) => member.email === 'nuovo@example.org',
      )
      expect(again?.id).toBe(first?.id)
    })

    it('invited member can then be edited', async () => {
      await write(method, SINGLE, '0', {
        role: 'viewer',
        email: 'nuovo@example.org',
      })
      const added = (await listMembers(SINGLE)).find(
        (member) => member.email === 'nuovo@example.org',
      )
      const result = await write(method, SINGLE, added?.id ?? '', {
        role: 'owner',
      })
      expect(result.status).toBe(200)
      expect(result.json.data).toEqual({
        organization: SINGLE,
        user: added?.id,
      })
    })

    it.each(ROLES)('changes role to %s', async (role) => {
      const result = await write(
        method,
        LARGE_ORGANIZATION_ID,
        DEMO_VIEWER.id,
        { role },
      )
      expect(result.status).toBe(200)
      expect(result.json).toEqual({
        error: 0,
        messages: [],
        data: { organization: LARGE_ORGANIZATION_ID, user: DEMO_VIEWER.id },
      })
      const member = (await listMembers(LARGE_ORGANIZATION_ID)).find(
        (item) => item.id === DEMO_VIEWER.id,
      )
      expect(member?.role).toBe(role)
    })

    it('role change ignores email', async () => {
      const result = await write(method, SINGLE, DEMO_VIEWER.id, {
        role: 'owner',
        email: 'not an email',
      })
      expect(result.status).toBe(200)
      const member = (await listMembers(SINGLE)).find(
        (item) => item.id === DEMO_VIEWER.id,
      )
      expect(member?.email).toBe(DEMO_VIEWER.email)
      expect(member?.role).toBe('owner')
    })

    it('member id is case-insensitive', async () => {
      const result = await write(method, SINGLE, DEMO_VIEWER.id.toUpperCase(), {
        role: 'owner',
      })
      expect(result.status).toBe(200)
      expect(result.json.data.user).toBe(DEMO_VIEWER.id)
    })

    it.each([
      ['unknown id', '00000000-0000-4000-8000-000000000000'],
      ['directory person', MARCO.id],
      ['not a UUID', 'giulia'],
      ['zero padded', '00'],
    ])('%s is 404', async (_case, userId) => {
      const result = await write(method, SINGLE, userId, { role: 'viewer' })
      expect(result.status).toBe(404)
      expect(result.json).toEqual(NOT_FOUND)
    })

    it('last owner cannot be demoted', async () => {
      const result = await write(method, SINGLE, DEMO_OWNER.id, {
        role: 'security_officer',
      })
      expect(result.status).toBe(400)
      expect(result.json).toEqual(LAST_OWNER)
      const member = (await listMembers(SINGLE)).find(
        (item) => item.id === DEMO_OWNER.id,
      )
      expect(member?.role).toBe('owner')
    })

    it('last owner may stay owner', async () => {
      const result = await write(method, SINGLE, DEMO_OWNER.id, {
        role: 'owner',
      })
      expect(result.status).toBe(200)
    })

    it('owner can be demoted when others remain', async () => {
      const result = await write(method, LARGE_ORGANIZATION_ID, DEMO_OWNER.id, {
        role: 'viewer',
      })
      expect(result.status).toBe(200)
      const again = await write(method, LARGE_ORGANIZATION_ID, DEMO_VIEWER.id, {
        role: 'owner',
      })
      expect(again.status).toBe(403)
    })
  })
})

describe('multipart/form-data body', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  async function sendForm(form: FormData | string, contentType?: string) {
    const response = await fetch(
      `${standIn.url}/api/v1/organizations/${SINGLE}/users/0`,
      {
        method: 'PUT',
        headers: {
          'X-Aegister-Token': 'demo-owner-token',
          ...(contentType ? { 'Content-Type': contentType } : {}),
        },
        body: form,
      },
    )
    return { status: response.status, json: await response.json() }
  }

  it('reads JSON from the data part', async () => {
    const form = new FormData()
    form.append('data', JSON.stringify({ role: 'viewer', email: MARCO.email }))
    const result = await sendForm(form)
    expect(result.status).toBe(200)
    expect(result.json.data).toEqual({ organization: SINGLE, user: MARCO.id })
  })

  it('reads a data part sent as a file', async () => {
    const form = new FormData()
    form.append('other', 'ignored')
    const json = JSON.stringify({ role: 'owner', email: 'nuovo@example.org' })
    form.append(
      'data',
      new Blob([json], { type: 'application/json' }),
      'data.json',
    )
    const result = await sendForm(form)
    expect(result.status).toBe(200)
    expect(result.json.data).toEqual({ organization: SINGLE, user: '0' })
  })

  it('reads a quoted boundary after other parts', async () => {
    const boundary = 'form boundary; 42'
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="metadata"',
      '',
      'first line',
      `--${boundary}x is not a delimiter`,
      `--${boundary}`,
      'Content-Disposition: form-data; name="data"',
      'Content-Type: application/json; charset=utf-8',
      '',
      JSON.stringify({ role: 'viewer', email: 'chiara@例え.jp' }),
      `--${boundary}--`,
      '',
    ].join('\r\n')
    const result = await sendForm(
      body,
      `multipart/form-data; boundary="${boundary}"`,
    )
    expect(result.status).toBe(200)
    const list = await standIn.request(`/api/v1/organizations/${SINGLE}/users`)
    const emails = list.json.data.map((member: Member) => member.email)
    expect(emails).toContain('chiara@例え.jp')
  })

  it.each([
    [
      'no data part',
      () => {
        const form = new FormData()
        form.append('role', 'viewer')
        form.append('email', 'x@example.it')
        return form
      },
    ],
    [
      'invalid JSON in data',
      () => {
        const form = new FormData()
        form.append('data', '{role: viewer}')
        return form
      },
    ],
  ])('%s is invalid data', async (_case, build) => {
    const result = await sendForm(build())
    expect(result.status).toBe(400)
    expect(result.json.messages).toEqual([MESSAGES.invalidData])
  })

  it.each([
    ['no boundary', 'multipart/form-data'],
    ['wrong boundary', 'multipart/form-data; boundary=other'],
  ])('%s is invalid data', async (_case, contentType) => {
    const body =
      '--xyz\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"role":"viewer","email":"x@example.it"}\r\n--xyz--\r\n'
    const result = await sendForm(body, contentType)
    expect(result.status).toBe(400)
    expect(result.json.messages).toEqual([MESSAGES.invalidData])
  })
})

describe('DELETE /organizations/{id}/users/{userid}', () => {
  const standIn = useStandIn()

  beforeEach(async () => {
    await standIn.reset()
  })

  function remove(organizationId: number, userId: string, token?: string) {
    return standIn.request(
      `/api/v1/organizations/${organizationId}/users/${userId}`,
      { method: 'DELETE', token },
    )
  }

  it('removes a member', async () => {
    const result = await remove(SINGLE, DEMO_VIEWER.id)
    expect(result.status).toBe(200)
    expect(result.json).toEqual({
      error: 0,
      messages: [],
      data: { organization: SINGLE, user: DEMO_VIEWER.id },
    })
    const list = await standIn.request(`/api/v1/organizations/${SINGLE}/users`)
    expect(list.json.data.map((member: Member) => member.id)).not.toContain(
      DEMO_VIEWER.id,
    )
    expect(list.json.total).toBe(list.json.data.length)
  })

  it.each([
    ['unknown organization', 4242, DEMO_VIEWER.id, undefined, 404, NOT_FOUND],
    ['invalid organization id', -3, DEMO_VIEWER.id, undefined, 404, NOT_FOUND],
    ['viewer caller', SINGLE, DEMO_OWNER.id, DEMO_VIEWER_TOKEN, 403, FORBIDDEN],
    [
      'owner who is a viewer here',
      VIEWER_ONLY_ORGANIZATION_ID,
      DEMO_VIEWER.id,
      undefined,
      403,
      FORBIDDEN,
    ],
    [
      'unknown member',
      SINGLE,
      '00000000-0000-4000-8000-000000000000',
      undefined,
      404,
      NOT_FOUND,
    ],
    ['user id 0', SINGLE, '0', undefined, 404, NOT_FOUND],
    ['last owner', SINGLE, DEMO_OWNER.id, undefined, 400, LAST_OWNER],
  ])(
    '%s is rejected',
    async (_case, organizationId, userId, token, status, expected) => {
      const result = await remove(organizationId, userId, token)
      expect(result.status).toBe(status)
      expect(result.json).toEqual(expected)
    },
  )

  it('owner can remove themselves when others remain', async () => {
    const result = await remove(LARGE_ORGANIZATION_ID, DEMO_OWNER.id)
    expect(result.status).toBe(200)
    const list = await standIn.request(
      `/api/v1/organizations/${LARGE_ORGANIZATION_ID}/users`,
    )
    expect(list.status).toBe(404)
  })

  it('removes an unregistered invitee', async () => {
    await standIn.request(`/api/v1/organizations/${SINGLE}/users/0`, {
      method: 'POST',
      body: { role: 'viewer', email: 'nuovo@example.org' },
    })
    const list = await standIn.request(`/api/v1/organizations/${SINGLE}/users`)
    const added = list.json.data.find(
      (member: Member) => member.email === 'nuovo@example.org',
    )
    const result = await remove(SINGLE, added.id)
    expect(result.status).toBe(200)
    expect(result.json.data.user).toBe(added.id)
  })
})
