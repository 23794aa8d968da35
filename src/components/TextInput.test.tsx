import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef } from 'react'
import { describe, expect, it } from 'vitest'
import { TextInput } from './TextInput'

describe('TextInput', () => {
  it('labels the input and describes it by the helper text', () => {
    render(<TextInput label="API token" helperText="Find it in your profile" />)

    const input = screen.getByLabelText('API token')
    expect(input.tagName).toBe('INPUT')
    expect(input).toHaveAccessibleDescription('Find it in your profile')
  })

  it('marks an error on the input', () => {
    render(
      <TextInput label="API token" helperText="Enter your API token" error />,
    )

    expect(screen.getByLabelText('API token')).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  })

  it('marks a required input', () => {
    render(<TextInput label="Email" required />)

    expect(screen.getByRole('textbox', { name: /Email/ })).toBeRequired()
  })

  it('passes the ref and input attributes to the input', async () => {
    const ref = createRef<HTMLInputElement>()
    render(
      <TextInput
        label="API token"
        ref={ref}
        type="password"
        inputProps={{ spellCheck: false }}
      />,
    )

    const input = screen.getByLabelText('API token')
    expect(ref.current).toBe(input)
    expect(input).toHaveAttribute('type', 'password')
    expect(input).toHaveAttribute('spellcheck', 'false')
    await userEvent.type(input, 'abc')
    expect(ref.current?.value).toBe('abc')
  })

  it('has no description without helper text', () => {
    render(<TextInput label="API token" />)

    expect(screen.getByLabelText('API token')).not.toHaveAttribute(
      'aria-describedby',
    )
  })
})
