import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { RouterButton } from '../components/RouterLinks'
import { useTranslation } from 'react-i18next'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Box component="main" id="main" sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('notFound.heading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('notFound.body')}</Typography>
      <RouterButton to="/organizations" variant="contained">
        {t('notFound.home')}
      </RouterButton>
    </Box>
  )
}
