import Button from '@mui/material/Button'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import { downloadTextFile } from '../../components/download'
import { useNotify } from '../../components/Notifications'
import { membersCsv, type MembersExportView } from './membersCsv'

interface ExportMembersButtonProps {
  /**
   * Returns the rows the table shows, filtered and sorted but on every
   * page. It is called on click.
   */
  getMembers: () => readonly Member[]
  view: MembersExportView
}

/** Downloads the table's current view as a CSV file. */
export function ExportMembersButton({
  getMembers,
  view,
}: ExportMembersButtonProps) {
  const { t } = useTranslation()
  const notify = useNotify()

  const exportView = () => {
    const members = getMembers()
    const file = membersCsv(t, members, view, new Date())
    downloadTextFile(file.fileName, file.text)
    notify(
      t('membersExport.exported', {
        count: members.length,
        fileName: file.fileName,
      }),
    )
  }

  return (
    <Button variant="outlined" onClick={exportView}>
      {t('membersExport.button')}
    </Button>
  )
}
