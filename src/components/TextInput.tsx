import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import OutlinedInput, {
  type OutlinedInputProps,
} from '@mui/material/OutlinedInput'
import { useId, type ReactNode, type Ref } from 'react'

interface TextInputProps extends Omit<
  OutlinedInputProps,
  'label' | 'inputRef' | 'ref'
> {
  label: string
  helperText?: ReactNode
  /** Ref of the input element, as react-hook-form's `register` passes it. */
  ref?: Ref<HTMLInputElement>
}

/**
 * Renders an outlined text field from the parts MUI's TextField uses for
 * a plain input. TextField itself imports Select, Menu, Popover and Modal
 * for its `select` mode, which cost the sign-in screen 15 KiB gzip (MUI
 * 9.6), so screens that need no select use this one.
 */
export function TextInput({
  label,
  helperText,
  error,
  fullWidth,
  required,
  disabled,
  id,
  ref,
  ...input
}: TextInputProps) {
  const generatedId = useId()
  const inputId = id ?? generatedId
  const helperTextId = helperText ? `${inputId}-helper-text` : undefined

  return (
    <FormControl
      variant="outlined"
      error={error}
      fullWidth={fullWidth}
      required={required}
      disabled={disabled}
    >
      <InputLabel htmlFor={inputId}>{label}</InputLabel>
      <OutlinedInput
        {...input}
        id={inputId}
        inputRef={ref}
        label={label}
        aria-describedby={helperTextId}
      />
      {helperText && (
        <FormHelperText id={helperTextId}>{helperText}</FormHelperText>
      )}
    </FormControl>
  )
}
