import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { TablePager } from './TablePager'

const labels = {
  rowsPerPage: 'Rows per page',
  displayedRows: ({
    from,
    to,
    count,
  }: {
    from: number
    to: number
    count: number
  }) => `${from}–${to} of ${count}`,
  previousPage: 'Go to previous page',
  nextPage: 'Go to next page',
}

function renderPager(props: {
  count: number
  page: number
  rowsPerPage?: number
}) {
  const onPageChange = vi.fn()
  const onRowsPerPageChange = vi.fn()
  render(
    <TablePager
      count={props.count}
      page={props.page}
      rowsPerPage={props.rowsPerPage ?? 25}
      rowsPerPageOptions={[25, 50, 100]}
      onPageChange={onPageChange}
      onRowsPerPageChange={onRowsPerPageChange}
      labels={labels}
    />,
  )
  return { onPageChange, onRowsPerPageChange }
}

const previous = () =>
  screen.getByRole('button', { name: 'Go to previous page' })
const next = () => screen.getByRole('button', { name: 'Go to next page' })

describe('TablePager', () => {
  it('shows the range of a middle page', async () => {
    const { onPageChange } = renderPager({ count: 212, page: 1 })

    expect(screen.getByText('26–50 of 212')).toBeInTheDocument()
    expect(previous()).toBeEnabled()
    expect(next()).toBeEnabled()
    await userEvent.click(next())
    expect(onPageChange).toHaveBeenLastCalledWith(2)
    await userEvent.click(previous())
    expect(onPageChange).toHaveBeenLastCalledWith(0)
  })

  it('disables previous on the first page', () => {
    renderPager({ count: 212, page: 0 })

    expect(screen.getByText('1–25 of 212')).toBeInTheDocument()
    expect(previous()).toBeDisabled()
    expect(next()).toBeEnabled()
  })

  it('ends the last page at the count', () => {
    renderPager({ count: 212, page: 8 })

    expect(screen.getByText('201–212 of 212')).toBeInTheDocument()
    expect(next()).toBeDisabled()
  })

  it('shows the last page for a page past the end', () => {
    renderPager({ count: 30, page: 5 })

    expect(screen.getByText('26–30 of 30')).toBeInTheDocument()
    expect(next()).toBeDisabled()
  })

  it('shows an empty range without rows', () => {
    renderPager({ count: 0, page: 0 })

    expect(screen.getByText('0–0 of 0')).toBeInTheDocument()
    expect(previous()).toBeDisabled()
    expect(next()).toBeDisabled()
  })

  it('reports a new page size as a number', async () => {
    const { onRowsPerPageChange } = renderPager({ count: 212, page: 0 })

    await userEvent.click(
      screen.getByRole('combobox', { name: 'Rows per page' }),
    )
    await userEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', { name: '50' }),
    )
    expect(onRowsPerPageChange).toHaveBeenCalledWith(50)
  })
})
