import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROLES } from './contract.ts'
import { matchApiRoute } from './routes.ts'

const DOCUMENT_URL = new URL('../openapi/aegister.yaml', import.meta.url)
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options']

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the document is untyped YAML
let document: any

/** Returns every `$ref` value in the document with the path where it occurs. */
function collectRefs(
  node: unknown,
  path: string,
  refs: Array<[string, string]>,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => collectRefs(item, `${path}/${index}`, refs))
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        refs.push([path, value])
      } else {
        collectRefs(value, `${path}/${key}`, refs)
      }
    }
  }
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      document,
    )
}

describe('openapi/aegister.yaml', () => {
  beforeAll(async () => {
    document = parse(await readFile(DOCUMENT_URL, 'utf8'))
  })

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0')
  })

  it('role enum matches the stand-in', () => {
    expect(document.components.schemas.Role.enum).toEqual([...ROLES])
    expect(document.components.schemas.MemberWrite.properties.role.$ref).toBe(
      '#/components/schemas/Role',
    )
    expect(
      document.components.schemas.MemberWrite.properties.email.format,
    ).toBe('email')
  })

  it('every $ref resolves', () => {
    const refs: Array<[string, string]> = []
    collectRefs(document, '#', refs)
    expect(refs.length).toBeGreaterThan(20)
    for (const [path, ref] of refs) {
      expect(resolvePointer(ref), `${ref} at ${path}`).toBeDefined()
    }
  })

  it('documents the five operations', () => {
    const operations: string[] = []
    for (const [path, item] of Object.entries<Record<string, unknown>>(
      document.paths,
    )) {
      for (const method of METHODS.filter((name) => name in item)) {
        operations.push(`${method.toUpperCase()} ${path}`)
      }
    }
    expect(operations.sort()).toEqual([
      'DELETE /api/v1/organizations/{organizationid}/users/{userid}',
      'GET /api/v1/organizations',
      'GET /api/v1/organizations/{organizationid}/users',
      'POST /api/v1/organizations/{organizationid}/users/{userid}',
      'PUT /api/v1/organizations/{organizationid}/users/{userid}',
    ])
  })

  it('stand-in serves every documented operation', () => {
    for (const [path, item] of Object.entries<Record<string, unknown>>(
      document.paths,
    )) {
      const concrete = path
        .replace('{organizationid}', '1001')
        .replace('{userid}', '0')
      for (const method of METHODS.filter((name) => name in item)) {
        expect(
          matchApiRoute(method.toUpperCase(), concrete).kind,
          `${method} ${path}`,
        ).toBe('route')
      }
    }
  })

  it('PUT follows the reference', () => {
    const put =
      document.paths['/api/v1/organizations/{organizationid}/users/{userid}']
        .put
    expect(put.operationId).toBe('organizations_users_update')
    expect(Object.keys(put.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
    ])
    expect(put.security).toEqual([{ ApiKeyAuth: [] }, { ApiKeyQueryParam: [] }])
    const body = document.components.requestBodies.MemberWrite.content
    expect(Object.keys(body).sort()).toEqual([
      'application/json',
      'multipart/form-data',
    ])
  })

  it('list query defaults match the stand-in', () => {
    const parameters = document.paths['/api/v1/organizations'].get.parameters
    const defaults = Object.fromEntries(
      parameters.map(
        (parameter: { name: string; schema: { default?: unknown } }) => [
          parameter.name,
          parameter.schema.default,
        ],
      ),
    )
    expect(defaults).toMatchObject({ limit: 50, offset: 0, order: '-id' })
  })
})
