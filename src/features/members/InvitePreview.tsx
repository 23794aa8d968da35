import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { StatusList } from '../../components/StatusList'
import type { InviteEntry, InviteStatus } from './inviteList'
import { previewItem } from './inviteStatus'

const STATUSES: InviteStatus[] = ['valid', 'invalid', 'duplicate', 'member']

interface InvitePreviewProps {
  entries: readonly InviteEntry[]
}

/** Each typed address with what the panel will do with it, before sending. */
export function InvitePreview({ entries }: InvitePreviewProps) {
  const { t } = useTranslation()
  const counts = STATUSES.flatMap((status) => {
    const count = entries.filter((entry) => entry.status === status).length
    return count > 0 ? [t(`bulkInvite.count.${status}`, { count })] : []
  })
  const summary = `${t('bulkInvite.total', { count: entries.length })}: ${counts.join(', ')}`

  return (
    <Stack spacing={1}>
      <Typography variant="body2">{summary}</Typography>
      <StatusList
        label={t('bulkInvite.previewLabel')}
        items={entries.map((entry, index) => previewItem(t, entry, index))}
      />
    </Stack>
  )
}
