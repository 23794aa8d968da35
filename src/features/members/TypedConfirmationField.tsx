import TextField from '@mui/material/TextField'
import { useTranslation } from 'react-i18next'
import type { TypedConfirmation } from './typedConfirmation'

interface TypedConfirmationFieldProps {
  confirmation: TypedConfirmation
  /** Why typing is asked for, shown under the field until there is a problem. */
  reason: string
  /** Focuses the field on mount, in a dialog where typing is the first step. */
  autoFocus?: boolean
}

/** The field where the user types the text that confirms an owner change. */
export function TypedConfirmationField({
  confirmation,
  reason,
  autoFocus = false,
}: TypedConfirmationFieldProps) {
  const { t } = useTranslation()
  const { expected, typed, problem } = confirmation
  if (expected === null) return null

  return (
    <TextField
      label={t('confirmation.label', { text: expected })}
      value={typed}
      onChange={(event) => confirmation.setTyped(event.target.value)}
      autoFocus={autoFocus}
      autoComplete="off"
      spellCheck={false}
      required
      fullWidth
      error={problem !== null}
      helperText={
        problem === null
          ? reason
          : t(`confirmation.${problem}`, {
              text: expected,
              typed: typed.trim(),
            })
      }
      slotProps={{ htmlInput: { autoCapitalize: 'none' } }}
    />
  )
}
