import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useWatch, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { memberQueries, type MemberWrite } from '../../api/members'
import { isRole } from '../../api/roles'
import {
  markMembers,
  MAX_INVITES,
  parseInviteList,
  splitAddresses,
} from './inviteList'
import type { MemberFormValues } from './memberFormSchema'
import { useBulkInvite } from './useBulkInvite'

/**
 * Returns the address to check and send when the text contains exactly one entry,
 * so `Ada <ada@x.it>` or a trailing comma still invite one person;
 * otherwise the text unchanged, for the form's own messages.
 */
export function soleAddress(text: string): string {
  const entries = splitAddresses(text)
  return entries.length === 1 && entries[0] ? entries[0].address : text
}

/**
 * The invite dialog's many-addresses mode, on once the Email field contains
 * two entries or more. It classifies each entry against the loaded
 * member list as the user types and sends them through useBulkInvite.
 */
export function useInviteMany(
  control: Control<MemberFormValues, unknown, MemberWrite>,
  organization: { id: number; name: string },
  inviting: boolean,
) {
  const { t } = useTranslation()
  const text = useWatch({ control, name: 'email' })
  const role = useWatch({ control, name: 'role' })
  const list = useMemo(() => parseInviteList(text), [text])
  const active = inviting && list.entries.length >= 2
  const members = useQuery({
    ...memberQueries.list(organization.id),
    enabled: active,
  })
  const bulk = useBulkInvite(organization)
  const [tried, setTried] = useState(false)

  const entries = useMemo(
    () =>
      members.data
        ? markMembers(
            list.entries,
            members.data.members.map((member) => member.email),
          )
        : list.entries,
    [list.entries, members.data],
  )
  const sendable = entries.filter((entry) => entry.status === 'valid').length

  let error: string | undefined
  if (active && list.overLimit) {
    error = t('bulkInvite.overLimit', {
      count: list.entries.length,
      max: MAX_INVITES,
      extra: list.entries.length - MAX_INVITES,
    })
  } else if (active && tried && sendable === 0) {
    error = t('bulkInvite.nothingToSend')
  }

  /** Sends the list, or leaves a message in `error` when it cannot. */
  const submit = () => {
    setTried(true)
    if (list.overLimit || sendable === 0 || !isRole(role)) return
    // The stale list only shapes the preview: useBulkInvite re-reads the
    // members before sending, so it gets the entries unmarked.
    bulk.send(list.entries, role)
  }

  return { active, entries, sendable, error, submit, bulk }
}
