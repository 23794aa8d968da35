import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import {
  fetchMembers,
  removeMember,
  saveMember,
  type MemberList,
} from '../../api/members'
import { organizationKeys } from '../../api/organizations'
import {
  findStaleChanges,
  planBulk,
  type BulkPlan,
  type PlannedChange,
} from './bulkPlan'
import { recordChange } from '../../components/changeLog'
import { useMemberListCache } from './memberListCache'
import { memberDisplayName } from './memberName'
import { withoutMember, withRole, type StaleChange } from './memberWrites'
import { runLimited } from './runLimited'
import type { OrganizationRef } from './useMemberWrite'
import { writeFailureText } from './writeFailureText'

/** Writes of a batch sent at once; the API receives no notice of the rest. */
export const BULK_CONCURRENCY = 4

export type RowStatus = 'waiting' | 'done' | 'failed' | 'notSent'

export interface RowResult extends PlannedChange {
  status: RowStatus
  /** The failure in words, for a failed row. */
  error?: string
}

export interface BulkRun {
  /** The batch as the user reviewed it. */
  plan: BulkPlan
  /** A fresh read the user has seen and confirmed; no read is sent then. */
  base?: MemberList | undefined
}

/**
 * What a run returned: the fresh read differed or would leave no owner
 * (nothing was written), or every row has its result.
 */
export type BulkOutcome =
  | { kind: 'stale'; changes: StaleChange[]; list: MemberList }
  | { kind: 'finished'; doneIds: string[] }

/** Whether the failure makes every later write fail the same way. */
function stopsTheBatch(error: unknown): boolean {
  return isApiError(error) && (error.status === 401 || error.status === 403)
}

/**
 * Runs a reviewed batch: one fresh read, which stops the batch when a
 * planned member changed, then one PUT or DELETE per change, a few at a
 * time, promotions before the rest so an owner remains throughout. The
 * cache then takes the read with the writes that succeeded.
 */
export function useBulkWrite(organization: OrganizationRef) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const cache = useMemberListCache(organization.id)
  const [results, setResults] = useState<RowResult[] | null>(null)

  const setStatus = (
    change: PlannedChange,
    status: RowStatus,
    error?: string,
  ) =>
    setResults(
      (rows) =>
        rows?.map((row) =>
          row.member.id === change.member.id
            ? { ...row, status, ...(error === undefined ? {} : { error }) }
            : row,
        ) ?? null,
    )

  const record = (change: PlannedChange, error?: string) =>
    recordChange({
      organizationId: organization.id,
      organizationName: organization.name,
      member: memberDisplayName(change.member),
      email: change.member.email,
      action: change.to === null ? 'remove' : 'role',
      from: change.member.role,
      to: change.to,
      result: error === undefined ? 'succeeded' : 'failed',
      ...(error === undefined ? {} : { error }),
    })

  const send = async (changes: PlannedChange[], list: MemberList) => {
    let stopped = false
    let shown = list
    const doneIds: string[] = []
    const write = async (change: PlannedChange) => {
      if (stopped) return setStatus(change, 'notSent')
      const { member, to } = change
      try {
        if (to === null) await removeMember(organization.id, member.id)
        else await saveMember(organization.id, { userId: member.id, role: to })
        shown =
          to === null
            ? withoutMember(shown, member.id)
            : withRole(shown, member.id, to)
        record(change)
        doneIds.push(member.id)
        setStatus(change, 'done')
      } catch (error) {
        const text = writeFailureText(t, error)
        if (isApiError(error) && error.status === 404)
          shown = withoutMember(shown, member.id)
        if (stopsTheBatch(error)) stopped = true
        record(change, text)
        setStatus(change, 'failed', text)
      }
    }
    const promotions = changes.filter((change) => change.to === 'owner')
    const others = changes.filter((change) => change.to !== 'owner')
    await runLimited(promotions, BULK_CONCURRENCY, write)
    await runLimited(others, BULK_CONCURRENCY, write)
    cache.replace(shown)
    if (stopped)
      void queryClient.invalidateQueries({ queryKey: organizationKeys.all })
    return doneIds
  }

  const mutation = useMutation({
    scope: { id: `members-${organization.id}` },
    mutationFn: async ({ plan, base }: BulkRun): Promise<BulkOutcome> => {
      if (!base) {
        const list = await fetchMembers(organization.id)
        const stale = findStaleChanges(plan, list)
        const fresh = planBulk(list.members, plan.selectedIds, plan.action)
        if (stale.length > 0 || fresh.ownersAfter === 0) {
          cache.replace(list)
          return { kind: 'stale', changes: stale, list }
        }
        base = list
      }
      setResults(
        plan.changes.map((change) => ({ ...change, status: 'waiting' })),
      )
      const doneIds = await send(plan.changes, base)
      return { kind: 'finished', doneIds }
    },
  })

  return { ...mutation, results }
}
