import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Stack from '@mui/material/Stack'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import { memberDisplayName } from './memberName'
import { RoleLabel } from './RoleLabel'
import { RoleSelect } from './RoleSelect'

export interface MemberRowActions {
  onEdit: (member: Member) => void
  onRemove: (member: Member) => void
  onRoleChange: (member: Member, role: Role) => void
}

interface RowManagement extends MemberRowActions {
  selected: boolean
  onToggleSelected: (event: unknown) => void
  /** The organization's one owner: neither demoted nor removed. */
  lastOwner: boolean
  /** A write to this member is waiting for the API. */
  pending: boolean
}

interface MemberRowProps {
  member: Member
  /** Null in a read-only table. */
  management: RowManagement | null
}

export function MemberRow({ member, management }: MemberRowProps) {
  const { t } = useTranslation()
  const name = memberDisplayName(member)

  return (
    <TableRow hover selected={management?.selected ?? false}>
      {management && (
        <TableCell padding="checkbox">
          <Checkbox
            checked={management.selected}
            onChange={management.onToggleSelected}
            slotProps={{
              input: { 'aria-label': t('members.selectMember', { name }) },
            }}
          />
        </TableCell>
      )}
      <TableCell
        component="th"
        scope="row"
        sx={{ overflowWrap: 'anywhere', maxWidth: 280 }}
      >
        {name}
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>{member.email}</TableCell>
      <TableCell
        sx={{
          overflowWrap: 'anywhere',
          color: 'text.secondary',
          display: { xs: 'none', md: 'table-cell' },
        }}
      >
        <Username member={member} />
      </TableCell>
      <TableCell>
        {management ? (
          <RoleSelect
            member={member}
            lastOwner={management.lastOwner}
            pending={management.pending}
            onChange={(role) => management.onRoleChange(member, role)}
          />
        ) : (
          <RoleLabel member={member} />
        )}
      </TableCell>
      {management && (
        <TableCell align="right">
          <RowActions member={member} name={name} management={management} />
        </TableCell>
      )}
    </TableRow>
  )
}

function RowActions({
  member,
  name,
  management,
}: {
  member: Member
  name: string
  management: RowManagement
}) {
  const { t } = useTranslation()
  const reasonId = useId()

  return (
    <Stack sx={{ alignItems: 'flex-end' }}>
      <Stack direction="row" spacing={1}>
        <Button
          size="small"
          onClick={() => management.onEdit(member)}
          disabled={management.pending}
          aria-label={t('members.editMember', { name })}
        >
          {t('members.edit')}
        </Button>
        <Button
          size="small"
          color="error"
          onClick={() => management.onRemove(member)}
          disabled={management.pending || management.lastOwner}
          aria-label={t('members.removeMember', { name })}
          aria-describedby={management.lastOwner ? reasonId : undefined}
        >
          {t('members.remove')}
        </Button>
      </Stack>
      {management.lastOwner && (
        <Typography id={reasonId} variant="caption" color="text.secondary">
          {t('ownerGuard.cannotRemove')}
        </Typography>
      )}
    </Stack>
  )
}

/** Shows the username, or a dash when it equals the email, as it mostly does. */
function Username({ member }: { member: Member }) {
  const { t } = useTranslation()
  if (
    member.username.trim().toLowerCase() !== member.email.trim().toLowerCase()
  )
    return member.username
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('members.usernameIsEmail')}</span>
    </>
  )
}
