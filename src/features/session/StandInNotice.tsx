import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { standInQuery } from '../../api/standIn'

/** Says when the built-in stand-in serves the API, and offers its demo tokens. */
export function StandInNotice({
  onUseToken,
}: {
  onUseToken: (token: string) => void
}) {
  const { t } = useTranslation()
  const { data } = useQuery(standInQuery)
  if (!data) return null

  return (
    <Alert severity="info" sx={{ mt: 3 }}>
      <AlertTitle>{t('session.standInTitle')}</AlertTitle>
      {t('session.standInIntro')}
      <Box component="ul" sx={{ pl: 2, my: 1 }}>
        {data.demoTokens.map(({ token, description }) => (
          <li key={token}>
            <Box component="code" sx={{ fontWeight: 600 }}>
              {token}
            </Box>
            {/* The stand-in describes its tokens in English only. */}:{' '}
            <span lang="en">{description}</span>{' '}
            <Button size="small" onClick={() => onUseToken(token)}>
              {t('session.useToken', { token })}
            </Button>
          </li>
        ))}
      </Box>
    </Alert>
  )
}
