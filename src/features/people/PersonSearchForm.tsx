import { zodResolver } from '@hookform/resolvers/zod'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { personSearchFormSchema, type PersonSearchValues } from './personSearch'

interface PersonSearchFormProps {
  email: string | undefined
  searching: boolean
  onSearch: (email: string) => void
}

/** Asks for the email to search for and checks it with the API's email rule. */
export function PersonSearchForm({
  email,
  searching,
  onSearch,
}: PersonSearchFormProps) {
  const { t } = useTranslation()
  const form = useForm<PersonSearchValues>({
    resolver: zodResolver(personSearchFormSchema),
    defaultValues: { email: email ?? '' },
  })
  const error = form.formState.errors.email?.message
  const submit = form.handleSubmit((values) => onSearch(values.email))

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'flex-start' } }}
      >
        <TextField
          {...form.register('email')}
          label={t('people.emailLabel')}
          type="text"
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus={!email}
          sx={{ minWidth: { sm: 360 } }}
          error={Boolean(error)}
          helperText={
            error ? t(error, { value: form.getValues('email').trim() }) : ' '
          }
          slotProps={{
            htmlInput: { inputMode: 'email', autoCapitalize: 'none' },
          }}
        />
        <Button
          type="submit"
          variant="contained"
          loading={searching}
          sx={{ mt: { sm: 1 } }}
        >
          {t('people.search')}
        </Button>
      </Stack>
    </form>
  )
}
