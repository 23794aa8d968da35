// The panel ships only the production dependencies the README names, each with its
// purpose, at exact versions that package-lock.json pins.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T
}

const manifest = readJson<{ dependencies: Record<string, string> }>(
  '../package.json',
)
const lock = readJson<{
  packages: Record<
    string,
    { version?: string; dependencies?: Record<string, string> }
  >
}>('../package-lock.json')
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** Package names in the first column of the README's table under "## Dependencies". */
function packagesNamedInReadme(): string[] {
  const section = readme.split(/^## Dependencies$/m)[1]?.split(/^## /m)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)])
    .map((match) => match[1] ?? '')
}

const dependencies = Object.entries(manifest.dependencies)

describe('production dependencies', () => {
  it('are the ones the README names', () => {
    expect(packagesNamedInReadme().sort()).toEqual(
      Object.keys(manifest.dependencies).sort(),
    )
  })

  it.each(dependencies)(
    '%s is pinned to an exact version',
    (_name, version) => {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/)
    },
  )

  it.each(dependencies)('%s is locked at %s', (name, version) => {
    expect(lock.packages['']?.dependencies?.[name]).toBe(version)
    expect(lock.packages[`node_modules/${name}`]?.version).toBe(version)
  })
})
