// Describes the machine and the versions a benchmark ran with.

import { createRequire } from 'node:module'
import { cpus, loadavg, release, totalmem, type } from 'node:os'
import { version as viteVersion } from 'vite'

const require = createRequire(import.meta.url)

export interface Environment {
  date: string
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  /** 1-minute load average when the run began; above the core count, other work shared the CPU. */
  loadAverage: number
  versions: Record<string, string>
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version
}

export function describeEnvironment(chromiumVersion: string): Environment {
  const processors = cpus()
  return {
    date: new Date().toISOString(),
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage: loadavg()[0] ?? 0,
    versions: {
      Node: process.version,
      Chromium: chromiumVersion,
      Vite: viteVersion,
      React: packageVersion('react'),
      Lighthouse: packageVersion('lighthouse'),
      Playwright: packageVersion('@playwright/test'),
    },
  }
}
