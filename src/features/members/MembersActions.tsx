import Button from '@mui/material/Button'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { ExportMembersButton } from './ExportMembersButton'
import type { MembersExportView } from './membersCsv'

interface MembersActionsProps {
  /** The members the table shows, on every page, in its order. */
  members: readonly Member[]
  view: MembersExportView
  /** Null for a caller who cannot invite. */
  onInvite: (() => void) | null
}

/** The toolbar's buttons: export, and invite for owners. Memoized, as the toolbar is. */
export const MembersActions = memo(function MembersActions({
  members,
  view,
  onInvite,
}: MembersActionsProps) {
  const { t } = useTranslation()

  return (
    <>
      <ExportMembersButton getMembers={() => members} view={view} />
      {onInvite && (
        <Button variant="contained" onClick={onInvite}>
          {t('members.invite')}
        </Button>
      )}
    </>
  )
})
