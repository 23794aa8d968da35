import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Drawer from '@mui/material/Drawer'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChangeEntry } from '../../components/changeLog'
import { downloadTextFile } from '../../components/download'
import { useNotify } from '../../components/Notifications'
import { ChangesTable } from './ChangesTable'
import { changesCsv } from './changesCsv'

interface ChangesPanelProps {
  open: boolean
  entries: readonly ChangeEntry[]
  onClose: () => void
}

/** Shows what this browser session changed, with an export for access reviews. */
export default function ChangesPanel({
  open,
  entries,
  onClose,
}: ChangesPanelProps) {
  const { t } = useTranslation()
  const notify = useNotify()
  const titleId = useId()

  const exportChanges = () => {
    const file = changesCsv(t, entries, new Date())
    downloadTextFile(file.fileName, file.text)
    notify(
      t('changes.exported', { count: entries.length, fileName: file.fileName }),
    )
  }

  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-labelledby': titleId,
          sx: { width: { xs: '100%', md: 960 } },
        },
      }}
    >
      <Box sx={{ p: 3 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography
            id={titleId}
            variant="h5"
            component="h2"
            sx={{ flexGrow: 1 }}
          >
            {t('changes.title')}
          </Typography>
          <Button
            variant="outlined"
            onClick={exportChanges}
            disabled={entries.length === 0}
          >
            {t('changes.export')}
          </Button>
          <Button onClick={onClose}>{t('changes.close')}</Button>
        </Stack>
        {entries.length === 0 ? (
          <Typography sx={{ py: 2 }}>{t('changes.empty')}</Typography>
        ) : (
          <>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('changes.intro')}
            </Typography>
            <ChangesTable entries={entries} />
          </>
        )}
      </Box>
    </Drawer>
  )
}
