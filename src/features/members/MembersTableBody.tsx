import TableBody from '@mui/material/TableBody'
import type { Row } from '@tanstack/react-table'
import { createContext, memo, useContext } from 'react'
import type { Member } from '../../api/members'
import type { memberTableFeatures } from './memberColumns'
import { MemberRow } from './MemberRow'
import type { TableManagement } from './MembersTable'

/**
 * True while the page computes newer matches (a search, a filter or a
 * sort) in a background render. It is a context, so that a change marks
 * only the table body busy, without a render of the table around it.
 */
export const StaleMatchesContext = createContext(false)

interface MembersTableBodyProps {
  rows: Row<typeof memberTableFeatures, Member>[]
  management: TableManagement | null
  /** A new page was asked for and its rows are not rendered yet. */
  pagePending: boolean
}

/** Shows the rows of the page, marked busy while they are out of date. */
export const MembersTableBody = memo(function MembersTableBody({
  rows,
  management,
  pagePending,
}: MembersTableBodyProps) {
  const staleMatches = useContext(StaleMatchesContext)

  return (
    <TableBody aria-busy={staleMatches || pagePending || undefined}>
      {rows.map((row) => (
        <MemberRow
          key={row.id}
          member={row.original}
          management={
            management && {
              actions: management.actions,
              selected: row.getIsSelected(),
              lastOwner:
                row.original.role === 'owner' && management.ownerCount === 1,
              pending: management.pendingIds.has(row.id),
            }
          }
        />
      ))}
    </TableBody>
  )
})
