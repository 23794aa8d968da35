import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { INVITE_USER_ID } from '../../api/members'
import { ROLES } from '../../api/roles'
import openApiText from '../../../openapi/aegister.yaml?raw'
import { memberFormSchema } from './memberFormSchema'

interface Schema {
  enum?: string[]
  required?: string[]
  properties?: Record<
    string,
    { $ref?: string; format?: string; description?: string }
  >
}

interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { $ref: string } }>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, { description?: string }>
  }
}

const document = parse(openApiText) as OpenApi
const writePath = '/api/v1/organizations/{organizationid}/users/{userid}'
const memberWrite = document.components.schemas.MemberWrite

describe('form schema against the OpenAPI document', () => {
  it('uses the same role values', () => {
    expect([...ROLES]).toEqual(document.components.schemas.Role?.enum)
  })

  it('writes members through PUT with the MemberWrite body', () => {
    expect(document.paths[writePath]?.put?.requestBody?.$ref).toBe(
      '#/components/requestBodies/MemberWrite',
    )
    expect(memberWrite?.properties?.role?.$ref).toBe(
      '#/components/schemas/Role',
    )
    expect(memberWrite?.properties?.email?.format).toBe('email')
  })

  it('requires the email exactly for userid 0', () => {
    expect(document.components.parameters.UserId?.description).toMatch(
      /`0`.*email field is required/s,
    )
    expect(memberWrite?.required).not.toContain('email')

    const invite = memberFormSchema.safeParse({
      userId: INVITE_USER_ID,
      role: 'viewer',
      email: '',
    })
    const edit = memberFormSchema.safeParse({
      userId: 'a-member-id',
      role: 'viewer',
      email: '',
    })

    expect(invite.success).toBe(false)
    expect(edit.success).toBe(true)
  })

  it('accepts every role the document lists', () => {
    for (const role of document.components.schemas.Role?.enum ?? []) {
      expect(
        memberFormSchema.safeParse({ userId: 'id', role, email: '' }).success,
      ).toBe(true)
    }
  })
})
