import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { keepFocusInPage } from './focus'

/** The panel's shortcuts, with the catalogue key of what each does. */
export const SHORTCUT_LIST = [
  { key: '/', action: 'shortcuts.focusSearch' },
  { key: 'i', action: 'shortcuts.invite' },
  { key: '?', action: 'shortcuts.help' },
] as const

interface ShortcutsDialogProps {
  open: boolean
  onClose: () => void
}

/** Lists every shortcut and what it does, in the help dialog that `?` opens. */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const { t } = useTranslation()
  const theme = useTheme()
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'))
  const titleId = useId()
  const introId = useId()

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={introId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="xs"
      slotProps={{ transition: { onExited: keepFocusInPage } }}
    >
      <DialogTitle id={titleId}>{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Typography id={introId} variant="body2" sx={{ mb: 2 }}>
          {t('shortcuts.intro')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('shortcuts.keyColumn')}</TableCell>
              <TableCell scope="col">{t('shortcuts.actionColumn')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUT_LIST.map(({ key, action }) => (
              <TableRow key={key}>
                <TableCell component="th" scope="row">
                  <Box
                    component="kbd"
                    sx={{
                      px: 1,
                      py: 0.25,
                      border: 1,
                      borderColor: 'divider',
                      borderRadius: 1,
                      fontFamily: 'monospace',
                      fontSize: '1rem',
                    }}
                  >
                    {key}
                  </Box>
                </TableCell>
                <TableCell>{t(action)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
