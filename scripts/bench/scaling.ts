// Loads the members page of a small and a large organization several times and compares them.

import type { Browser } from '@playwright/test'
import {
  loadMembersPage,
  type MembersLoad,
} from '../../e2e/perf/membersLoad.ts'
import { blockOtherHosts } from '../../e2e/perf/pages.ts'
import { median } from './statistics.ts'

/** Loads per organization; the loads of the two alternate, so a slow moment hits both. */
export const SCALING_RUNS = 7

export interface ScalingResult {
  members: number
  organizationId: number
  /** Median of the runs. */
  load: MembersLoad
}

export async function measureScaling(
  browser: Browser,
  baseUrl: string,
  organizations: { members: number; organizationId: number }[],
): Promise<ScalingResult[]> {
  const runs = new Map<number, MembersLoad[]>()
  for (let run = 0; run < SCALING_RUNS; run++) {
    for (const { members, organizationId } of organizations) {
      const context = await browser.newContext()
      try {
        const page = await context.newPage()
        await blockOtherHosts(page)
        const load = await loadMembersPage(page, baseUrl, organizationId)
        runs.set(members, [...(runs.get(members) ?? []), load])
      } finally {
        await context.close()
      }
    }
  }
  return organizations.map(({ members, organizationId }) => {
    const loads = runs.get(members) ?? []
    return {
      members,
      organizationId,
      load: {
        firstRowsMs: median(loads.map((load) => load.firstRowsMs)),
        domElements: median(loads.map((load) => load.domElements)),
        jsHeapBytes: median(loads.map((load) => load.jsHeapBytes)),
      },
    }
  })
}
