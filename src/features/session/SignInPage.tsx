import { zodResolver } from '@hookform/resolvers/zod'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { getRouteApi, useNavigate } from '@tanstack/react-router'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../api/apiError'
import {
  fetchOrganizationPage,
  ORGANIZATION_PAGE_SIZE,
  organizationQueries,
} from '../../api/organizations'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PreferenceMenus } from '../../components/PreferenceMenus'
import { TextInput } from '../../components/TextInput'
import { signInSchema, type SignInValues } from './signInSchema'
import { StandInNotice } from './StandInNotice'
import { storeToken } from './tokenStore'

const routeApi = getRouteApi('/sign-in')

/** Only a path inside the panel is followed after sign-in, never another site. */
function safeRedirect(target: string | undefined): string {
  if (target && target.startsWith('/') && !target.startsWith('//'))
    return target
  return '/organizations'
}

export function SignInPage() {
  const { t } = useTranslation()
  const { redirect, reason } = routeApi.useSearch()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { token: '', remember: false },
  })

  // The check is a real call: the first page of organizations, which the
  // next screen and the picker show, so it is kept in the cache (as the
  // whole list too when it holds them all).
  const check = useMutation({
    mutationFn: (token: string) =>
      fetchOrganizationPage(
        { limit: ORGANIZATION_PAGE_SIZE, offset: 0 },
        undefined,
        token,
      ),
    onSuccess: (page, token) => {
      storeToken(token, form.getValues('remember'))
      queryClient.setQueryData(organizationQueries.pages().queryKey, {
        pages: [page],
        pageParams: [0],
      })
      if (page.organizations.length >= page.total) {
        queryClient.setQueryData(
          organizationQueries.list().queryKey,
          page.organizations,
        )
      }
      void navigate({ href: safeRedirect(redirect), replace: true })
    },
  })

  const rejected = isApiError(check.error) && check.error.status === 401
  const tokenError = form.formState.errors.token?.message

  return (
    <Box
      component="main"
      id="main"
      sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 2 }}
    >
      <Paper
        variant="outlined"
        sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 480 }}
      >
        <Stack
          direction="row"
          sx={{ justifyContent: 'flex-end', mt: { xs: -2, sm: -3 }, mb: 1 }}
        >
          <PreferenceMenus />
        </Stack>
        <Typography variant="h5" component="h1" gutterBottom>
          {t('session.heading')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('session.intro')}
        </Typography>
        {reason && !check.isError && (
          <Alert
            severity={reason === 'expired' ? 'warning' : 'info'}
            sx={{ mb: 2 }}
          >
            {t(reason === 'expired' ? 'session.expired' : 'session.signedOut')}
          </Alert>
        )}
        {check.isError && !rejected && (
          <Box sx={{ mb: 2 }}>
            <ErrorAlert error={check.error} />
          </Box>
        )}
        <form
          noValidate
          onSubmit={form.handleSubmit((values) => {
            if (!check.isPending) check.mutate(values.token)
          })}
        >
          <TextInput
            {...form.register('token')}
            label={t('session.tokenLabel')}
            type="password"
            autoComplete="off"
            inputProps={{ spellCheck: false }}
            fullWidth
            autoFocus
            error={Boolean(tokenError) || rejected}
            helperText={
              tokenError
                ? t(tokenError)
                : rejected
                  ? t('session.tokenRejected')
                  : t('session.tokenHelp')
            }
          />
          <FormControlLabel
            sx={{ mt: 1 }}
            control={<Checkbox {...form.register('remember')} />}
            label={t('session.remember')}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('session.rememberRisk')}
          </Typography>
          <Button
            type="submit"
            variant="contained"
            fullWidth
            size="large"
            loading={check.isPending}
          >
            {t('session.submit')}
          </Button>
        </form>
        <StandInNotice
          onUseToken={(token) => {
            form.setValue('token', token, { shouldValidate: true })
            form.setFocus('token')
          }}
        />
      </Paper>
    </Box>
  )
}
