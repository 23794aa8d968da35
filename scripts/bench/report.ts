// Formats a benchmark run as Markdown tables, each figure next to its goal.

import {
  INTERACTION_GOAL_MS,
  CPU_SLOWDOWN,
  LIGHTHOUSE_GOALS,
  ROUTE_BYTE_BUDGETS,
  ROUTE_BYTE_GOALS,
  SCALING_GOALS,
  toKib,
} from '../../e2e/perf/goals.ts'
import type { RouteBytes } from '../../e2e/perf/routeBytes.ts'
import {
  EXPECTED_REQUESTS,
  type RequestScenario,
} from '../../e2e/perf/requestScenarios.ts'
import { INTERACTION_RUNS, type InteractionResult } from './interactions.ts'
import { median } from './statistics.ts'
import { LIGHTHOUSE_RUNS, type LighthouseResult } from './lighthouse.ts'
import type { Environment } from './machine.ts'
import { SCALING_RUNS, type ScalingResult } from './scaling.ts'

export interface BenchResults {
  environment: Environment
  bytes: RouteBytes[]
  scaling: ScalingResult[]
  interactions: InteractionResult[]
  interactionMembers: number
  lighthouse: LighthouseResult[]
  lighthouseMembers: number
  requests: Record<RequestScenario, string[]>
  durationSeconds: number
}

const verdict = (met: boolean) => (met ? 'met' : '**missed**')

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join(
    '\n',
  )
}

function environmentSection({
  date,
  cpu,
  cores,
  memoryGiB,
  os,
  loadAverage,
  versions,
}: Environment): string {
  const list = Object.entries(versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ')
  return [
    `Run on ${date}.`,
    '',
    `- Machine: ${cpu}, ${cores} cores, ${memoryGiB} GiB of memory, ${os}`,
    `- Load average (1 minute) when the run began: ${loadAverage.toFixed(1)}`,
    `- Versions: ${list}`,
  ].join('\n')
}

function bytesSection(bytes: RouteBytes[]): string {
  const rows = bytes.map((route) => {
    const goal = ROUTE_BYTE_GOALS[route.route]
    const budget = ROUTE_BYTE_BUDGETS[route.route]
    return [
      route.route,
      String(route.files.length),
      toKib(route.gzipBytes),
      `≤ ${toKib(goal)}`,
      verdict(route.gzipBytes <= goal),
      `≤ ${toKib(budget)}`,
      `${route.largest.path} (${toKib(route.largest.gzipBytes)})`,
    ]
  })
  return [
    '## Bytes before the first screen',
    '',
    'JavaScript and CSS the page requested until its first screen showed, each file gzipped with node:zlib at the default level, in KiB. The CI budget is what e2e/bundle-budgets.spec.ts enforces (see e2e/perf/goals.ts).',
    '',
    table(
      [
        'route',
        'files',
        'gzip KiB',
        'goal',
        'result',
        'CI budget',
        'largest file (gzip KiB)',
      ],
      rows,
    ),
  ].join('\n')
}

function scalingSection(scaling: ScalingResult[]): string {
  const rows = scaling.map(({ members, organizationId, load }) => [
    `${members.toLocaleString('en')} members (id ${organizationId})`,
    load.firstRowsMs.toFixed(0),
    String(load.domElements),
    (load.jsHeapBytes / 2 ** 20).toFixed(1),
  ])
  const small = scaling[0]
  const large = scaling[scaling.length - 1]
  if (small && large && small !== large) {
    const time = large.load.firstRowsMs / small.load.firstRowsMs
    const dom = large.load.domElements / small.load.domElements
    const heap = large.load.jsHeapBytes / small.load.jsHeapBytes
    rows.push([
      `ratio ${large.members.toLocaleString('en')} ÷ ${small.members}`,
      `${time.toFixed(2)} (goal ≤ ${SCALING_GOALS.timeRatio}: ${verdict(time <= SCALING_GOALS.timeRatio)})`,
      `${dom.toFixed(2)} (goal ≤ ${SCALING_GOALS.domRatio}: ${verdict(dom <= SCALING_GOALS.domRatio)})`,
      `${heap.toFixed(2)} (no goal)`,
    ])
  }
  return [
    '## Scaling with the number of members',
    '',
    `Members page of the stand-in's \`Scale N\` organizations, median of ${SCALING_RUNS} loads each in a fresh browser context, CPU not slowed. Time is from the start of navigation to the first frame after the first table rows entered the DOM; DOM counts elements; the heap is JSHeapUsedSize after a garbage collection.`,
    '',
    table(
      ['organization', 'first rows (ms)', 'DOM elements', 'JS heap (MiB)'],
      rows,
    ),
  ].join('\n')
}

function interactionsSection(
  results: InteractionResult[],
  members: number,
): string {
  const formatMs = (ms: number) => (ms === 0 ? '< 16' : ms.toFixed(0))
  const rows = results.map((result) => {
    if (result.runs.length === 0) {
      return [
        result.name,
        `not measured: ${result.notMeasured ?? ''}`,
        '',
        '',
        '',
      ]
    }
    const typical = median(result.runs)
    return [
      result.name,
      formatMs(typical),
      result.runs.map(formatMs).join(', '),
      `≤ ${INTERACTION_GOAL_MS}`,
      verdict(typical <= INTERACTION_GOAL_MS),
    ]
  })
  return [
    '## Interaction latency',
    '',
    `Members page of ${members.toLocaleString('en')} members with the CPU slowed ${CPU_SLOWDOWN}× (DevTools protocol), ${INTERACTION_RUNS} runs, each in a fresh page. A run's figure is the worst duration, in ms, of the Event Timing entries (durationThreshold 16 ms) of the interaction's presses, clicks and key presses: the entries Interaction to Next Paint is computed from. The result compares the median of the runs with the goal.`,
    '',
    table(
      ['interaction', 'worst (median)', 'worst per run', 'goal', 'result'],
      rows,
    ),
  ].join('\n')
}

function lighthouseSection(
  results: LighthouseResult[],
  members: number,
): string {
  const score = (value: number, goal: number) =>
    `${value} (${verdict(value >= goal)})`
  const rows = results.map((result) => [
    result.preset,
    score(result.performance, LIGHTHOUSE_GOALS.performance),
    score(result.accessibility, LIGHTHOUSE_GOALS.accessibility),
    score(result.bestPractices, LIGHTHOUSE_GOALS['best-practices']),
    result.lcpMs.toFixed(0),
    result.tbtMs.toFixed(0),
    result.cls.toFixed(3),
  ])
  return [
    '## Lighthouse',
    '',
    `Members page of ${members} members, median of ${LIGHTHOUSE_RUNS} runs per preset, simulated throttling. Goals: performance ≥ ${LIGHTHOUSE_GOALS.performance}, accessibility ${LIGHTHOUSE_GOALS.accessibility}, best practices ${LIGHTHOUSE_GOALS['best-practices']}.`,
    '',
    table(
      [
        'preset',
        'performance',
        'accessibility',
        'best practices',
        'LCP (ms)',
        'TBT (ms)',
        'CLS',
      ],
      rows,
    ),
  ].join('\n')
}

function requestsSection(requests: Record<RequestScenario, string[]>): string {
  const rows = (Object.keys(EXPECTED_REQUESTS) as RequestScenario[]).map(
    (scenario) => {
      const sent = requests[scenario]
      const expected = EXPECTED_REQUESTS[scenario].requests
      const met =
        JSON.stringify([...sent].sort()) ===
        JSON.stringify([...expected].sort())
      return [
        scenario,
        sent.join(', ') || 'none',
        expected.join(', '),
        verdict(met),
      ]
    },
  )
  return [
    '## API requests',
    '',
    'firstLoad: a signed-in load of the members page of 212 members. roleChange: one role change in the edit dialog on that page. afterUnauthorized: from the organization list, opening an organization while the API answers 401.',
    '',
    table(['scenario', 'sent', 'expected', 'result'], rows),
  ].join('\n')
}

export function formatReport(results: BenchResults): string {
  return [
    environmentSection(results.environment),
    bytesSection(results.bytes),
    scalingSection(results.scaling),
    interactionsSection(results.interactions, results.interactionMembers),
    lighthouseSection(results.lighthouse, results.lighthouseMembers),
    requestsSection(results.requests),
    `The run took ${results.durationSeconds.toFixed(0)} s, the build included.`,
  ].join('\n\n')
}
