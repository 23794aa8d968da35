import Button from '@mui/material/Button'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChangeLog } from '../../components/changeLog'

// The panel is loaded on first use, so the app bar costs only this button.
const ChangesPanel = lazy(() => import('./ChangesPanel'))

/** Opens the Changes panel from the app bar and shows how many changes there are. */
export function ChangesButton() {
  const { t } = useTranslation()
  const entries = useChangeLog()
  const [panel, setPanel] = useState<'closed' | 'open' | 'unused'>('unused')

  return (
    <>
      <Button
        color="inherit"
        onClick={() => setPanel('open')}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {t('changes.button', { count: entries.length })}
      </Button>
      {panel !== 'unused' && (
        <Suspense fallback={null}>
          <ChangesPanel
            open={panel === 'open'}
            entries={entries}
            onClose={() => setPanel('closed')}
          />
        </Suspense>
      )}
    </>
  )
}
