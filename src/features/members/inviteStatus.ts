import type { TFunction } from 'i18next'
import type { StatusItem } from '../../components/StatusList'
import type { InviteEntry } from './inviteList'
import type { InviteRow } from './useBulkInvite'

/** Returns why an entry will not be sent, or undefined for a valid one. */
function entryReason(t: TFunction, entry: InviteEntry): string | undefined {
  switch (entry.status) {
    case 'valid':
      return undefined
    case 'duplicate':
      return t('bulkInvite.reason.duplicate', { first: entry.duplicateOf })
    case 'member':
      return t('bulkInvite.reason.member')
    case 'invalid':
      return t('bulkInvite.reason.invalid')
  }
}

/** Describes an entry for the list shown before sending. */
export function previewItem(
  t: TFunction,
  entry: InviteEntry,
  index: number,
): StatusItem {
  return {
    id: String(index),
    primary: entry.text,
    status: t(`bulkInvite.status.${entry.status}`),
    tone: PREVIEW_TONE[entry.status],
    detail: entryReason(t, entry),
  }
}

const PREVIEW_TONE = {
  valid: 'default',
  invalid: 'error',
  duplicate: 'warning',
  member: 'warning',
} as const

/** Describes a row for the results list, during and after sending. */
export function resultItem(
  t: TFunction,
  row: InviteRow,
  index: number,
): StatusItem {
  const { outcome } = row
  const base = {
    id: String(index),
    primary: row.entry.text,
    status: t(`bulkInvite.outcome.${outcome.state}`),
  }
  switch (outcome.state) {
    case 'sent':
      return { ...base, tone: 'success' }
    case 'failed':
      return { ...base, tone: 'error', detail: outcome.reason }
    case 'skipped':
      return {
        ...base,
        tone: 'warning',
        detail: entryReason(t, outcome.entry),
      }
    default:
      return { ...base, tone: 'default' }
  }
}
