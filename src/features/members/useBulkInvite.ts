import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REQUEST_CONCURRENCY, settleWithLimit } from '../../api/concurrency'
import { INVITE_USER_ID, memberQueries, saveMember } from '../../api/members'
import type { Role } from '../../api/roles'
import { recordChange } from '../../components/changeLog'
import { errorSentence } from '../../components/errorText'
import { markMembers, type InviteEntry } from './inviteList'

/** The state of one address in a bulk invitation. */
export type InviteOutcome =
  | { state: 'queued' | 'sending' | 'sent' }
  | { state: 'failed'; reason: string }
  | { state: 'skipped'; entry: InviteEntry }

export interface InviteRow {
  entry: InviteEntry
  outcome: InviteOutcome
}

/**
 * - `idle`: nothing sent yet.
 * - `checking`: re-reading the member list before sending.
 * - `sending`: requests are running.
 * - `done`: every queued address has its result.
 */
export type BulkInvitePhase = 'idle' | 'checking' | 'sending' | 'done'

type Organization = { id: number; name: string }

function skippedOrQueued(entry: InviteEntry): InviteOutcome {
  return entry.status === 'valid'
    ? { state: 'queued' }
    : { state: 'skipped', entry }
}

/**
 * Invites many addresses with one role. Right before sending it re-reads
 * the member list, so an address that joined meanwhile is skipped, then
 * sends one PUT per new address, a few at a time, and never repeats one
 * on its own: `retryFailed` resends the failures when the user clicks Retry failed.
 */
export function useBulkInvite(organization: Organization) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [rows, setRows] = useState<InviteRow[] | null>(null)
  const [phase, setPhase] = useState<BulkInvitePhase>('idle')
  const [checkError, setCheckError] = useState<unknown>(null)
  const [role, setRole] = useState<Role>('viewer')
  const busy = useRef(false)
  const listQuery = memberQueries.list(organization.id)

  const setOutcome = (index: number, outcome: InviteOutcome) =>
    setRows((current) =>
      current
        ? current.map((row, at) => (at === index ? { ...row, outcome } : row))
        : current,
    )

  async function readMemberEmails(): Promise<string[] | null> {
    try {
      const list = await queryClient.fetchQuery({ ...listQuery, staleTime: 0 })
      return list.members.map((member) => member.email)
    } catch (error) {
      setCheckError(error)
      return null
    }
  }

  async function invite(
    index: number,
    address: string,
    chosenRole: Role,
  ): Promise<void> {
    setOutcome(index, { state: 'sending' })
    const change = {
      organizationId: organization.id,
      organizationName: organization.name,
      member: address,
      email: address,
      action: 'invite' as const,
      from: null,
      to: chosenRole,
    }
    try {
      await saveMember(organization.id, {
        userId: INVITE_USER_ID,
        role: chosenRole,
        email: address,
      })
      setOutcome(index, { state: 'sent' })
      recordChange({ ...change, result: 'succeeded' })
    } catch (error) {
      const reason = errorSentence(t, error)
      setOutcome(index, { state: 'failed', reason })
      recordChange({ ...change, result: 'failed', error: reason })
    }
  }

  /** Re-checks the rows at `indexes` against a fresh member list, then sends them. */
  async function process(
    base: InviteRow[],
    indexes: number[],
    chosenRole: Role,
  ) {
    busy.current = true
    setCheckError(null)
    setPhase('checking')
    const emails = await readMemberEmails()
    if (emails === null) {
      setPhase(rows === null ? 'idle' : 'done')
      busy.current = false
      return
    }

    const picked = new Set(indexes)
    // Only valid entries are picked, so a fresh check can only turn one
    // into an existing member.
    const next = base.map((row, index) => {
      if (!picked.has(index)) return row
      const entry = markMembers([row.entry], emails)[0] ?? row.entry
      return { entry, outcome: skippedOrQueued(entry) }
    })
    setRows(next)
    setPhase('sending')
    const queued = indexes.filter(
      (index) => next[index]?.outcome.state === 'queued',
    )
    await settleWithLimit(queued, REQUEST_CONCURRENCY, (index) =>
      invite(index, next[index]?.entry.address ?? '', chosenRole),
    )
    void queryClient.invalidateQueries({ queryKey: listQuery.queryKey })
    setPhase('done')
    busy.current = false
  }

  /** Sends the valid entries; the others are listed as skipped with their reason. */
  function send(entries: readonly InviteEntry[], chosenRole: Role) {
    if (busy.current) return
    setRole(chosenRole)
    const base = entries.map((entry) => ({
      entry,
      outcome: skippedOrQueued(entry),
    }))
    const valid = base.flatMap((row, index) =>
      row.entry.status === 'valid' ? [index] : [],
    )
    void process(base, valid, chosenRole)
  }

  /** Sends again only the addresses whose invitation failed. */
  function retryFailed() {
    if (busy.current || rows === null) return
    const failed = rows.flatMap((row, index) =>
      row.outcome.state === 'failed' ? [index] : [],
    )
    if (failed.length > 0) void process(rows, failed, role)
  }

  return { rows, phase, role, checkError, send, retryFailed }
}
