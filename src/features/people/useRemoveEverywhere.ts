import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import { REQUEST_CONCURRENCY, settleWithLimit } from '../../api/concurrency'
import { memberQueries, removeMember } from '../../api/members'
import { recordChange } from '../../components/changeLog'
import { errorSentence } from '../../components/errorText'
import { personSearchKeys, type Membership } from './personSearch'

export type FoundMembership = Extract<Membership, { state: 'member' }>

/**
 * The state of one organization's removal. `gone` means the API
 * answered 404 because the person had already left, which is not a
 * failure.
 */
export type RemovalOutcome =
  | { state: 'queued' | 'removing' | 'removed' | 'gone' }
  | { state: 'failed'; reason: string }

export interface RemovalRow {
  membership: FoundMembership
  outcome: RemovalOutcome
}

/**
 * Removes one person from several organizations: one DELETE each, a few
 * at a time, never repeated on its own; `retryFailed` resends only the
 * failures when the user clicks Retry failed.
 */
export function useRemoveEverywhere(email: string, name: string) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [rows, setRows] = useState<RemovalRow[] | null>(null)
  const [running, setRunning] = useState(false)
  const busy = useRef(false)

  const setOutcome = (index: number, outcome: RemovalOutcome) =>
    setRows((current) =>
      current
        ? current.map((row, at) => (at === index ? { ...row, outcome } : row))
        : current,
    )

  async function removeFrom(index: number, membership: FoundMembership) {
    setOutcome(index, { state: 'removing' })
    const { organization, member } = membership
    const change = {
      organizationId: organization.id,
      organizationName: organization.name,
      member: name || member.email,
      email: member.email,
      action: 'remove' as const,
      from: member.role,
      to: null,
    }
    try {
      await removeMember(organization.id, member.id)
      setOutcome(index, { state: 'removed' })
      recordChange({ ...change, result: 'succeeded' })
    } catch (error) {
      const reason = errorSentence(t, error)
      const gone = isApiError(error) && error.status === 404
      setOutcome(index, gone ? { state: 'gone' } : { state: 'failed', reason })
      recordChange({ ...change, result: 'failed', error: reason })
    }
  }

  async function process(base: RemovalRow[], indexes: number[]) {
    busy.current = true
    setRunning(true)
    const picked = new Set(indexes)
    setRows(
      base.map((row, index) =>
        picked.has(index) ? { ...row, outcome: { state: 'queued' } } : row,
      ),
    )
    const targets = base.flatMap((row, index) =>
      picked.has(index) ? [{ index, membership: row.membership }] : [],
    )
    await settleWithLimit(targets, REQUEST_CONCURRENCY, (target) =>
      removeFrom(target.index, target.membership),
    )
    for (const { membership } of targets) {
      void queryClient.invalidateQueries({
        queryKey: memberQueries.list(membership.organization.id).queryKey,
      })
    }
    void queryClient.invalidateQueries({
      queryKey: personSearchKeys.byEmail(email),
    })
    setRunning(false)
    busy.current = false
  }

  function start(memberships: readonly FoundMembership[]) {
    if (busy.current) return
    const base = memberships.map((membership) => ({
      membership,
      outcome: { state: 'queued' } as const,
    }))
    void process(
      base,
      base.map((_row, index) => index),
    )
  }

  function retryFailed() {
    if (busy.current || rows === null) return
    const failed = rows.flatMap((row, index) =>
      row.outcome.state === 'failed' ? [index] : [],
    )
    if (failed.length > 0) void process(rows, failed)
  }

  return { rows, running, start, retryFailed }
}
