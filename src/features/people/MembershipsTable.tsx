import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { useTranslation } from 'react-i18next'
import { RouterLink } from '../../components/RouterLinks'
import { isLastOwner } from './personSearch'
import type { FoundMembership } from './useRemoveEverywhere'

const COLUMNS = ['organization', 'role', 'owners', 'note'] as const

interface MembershipsTableProps {
  email: string
  memberships: readonly FoundMembership[]
}

/** Shows the person's role in each organization, with a link to its members. */
export function MembershipsTable({
  email,
  memberships,
}: MembershipsTableProps) {
  const { t } = useTranslation()

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('people.tableLabel', { email })}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column} scope="col">
                {t(`people.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {memberships.map((membership) => {
            const { organization, member } = membership
            return (
              <TableRow key={organization.id}>
                <TableCell component="th" scope="row">
                  <RouterLink
                    to="/organizations/$organizationId/members"
                    params={{ organizationId: String(organization.id) }}
                  >
                    {organization.name}
                  </RouterLink>
                </TableCell>
                <TableCell>
                  {member.role
                    ? t(`roles.${member.role}`)
                    : t('roles.unknownDetail', { role: member.apiRole ?? '' })}
                </TableCell>
                <TableCell>{membership.ownerCount}</TableCell>
                <TableCell>
                  {isLastOwner(membership) ? t('people.lastOwnerNote') : ''}
                </TableCell>
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
