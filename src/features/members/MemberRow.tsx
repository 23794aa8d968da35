import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Stack from '@mui/material/Stack'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import { memberDisplayName } from './memberName'
import { RoleLabel } from './RoleLabel'
import { RoleSelect } from './RoleSelect'

/**
 * The actions an owner can take from a row. The page keeps one object for
 * all rows, so a row re-renders only when its own member or state changes.
 */
export interface MemberRowActions {
  onEdit: (member: Member) => void
  onRemove: (member: Member) => void
  onRoleChange: (member: Member, role: Role) => void
  onSelectedChange: (member: Member, selected: boolean) => void
}

/** The state of a row in an owner's table. */
export interface RowManagement {
  actions: MemberRowActions
  selected: boolean
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

/**
 * Shows one member. Memoized on its props, which the table passes as
 * primitives and stable objects, because a page of MUI rows is the
 * costliest part of a page render and most page renders change no row.
 */
export const MemberRow = memo(
  function MemberRow({ member, management }: MemberRowProps) {
    const { t } = useTranslation()
    const name = memberDisplayName(member)

    return (
      <TableRow hover selected={management?.selected ?? false}>
        {management && (
          <TableCell padding="checkbox">
            <Checkbox
              checked={management.selected}
              onChange={(event) =>
                management.actions.onSelectedChange(
                  member,
                  event.target.checked,
                )
              }
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
              onChange={(role) => management.actions.onRoleChange(member, role)}
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
  },
  (previous, next) =>
    previous.member === next.member &&
    sameManagement(previous.management, next.management),
)

/** Compares the row state field by field, since the table builds a new object per render. */
function sameManagement(
  a: RowManagement | null,
  b: RowManagement | null,
): boolean {
  if (a === null || b === null) return a === b
  return (
    a.actions === b.actions &&
    a.selected === b.selected &&
    a.lastOwner === b.lastOwner &&
    a.pending === b.pending
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
          onClick={() => management.actions.onEdit(member)}
          disabled={management.pending}
          aria-label={t('members.editMember', { name })}
        >
          {t('members.edit')}
        </Button>
        <Button
          size="small"
          color="error"
          onClick={() => management.actions.onRemove(member)}
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
