import type { RowSelectionState } from '@tanstack/react-table'
import { useCallback, useMemo, useState } from 'react'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import type { DialogTarget } from './MemberDialogs'
import type { MemberRowActions } from './MemberRow'
import type { TableManagement } from './MembersTable'
import type { MemberWriteVariables } from './memberListCache'
import { changesOwnerRole } from './ownerGuard'

interface ManagementSources {
  canManage: boolean
  members: readonly Member[] | undefined
  /** Members whose write is waiting for the API. */
  pendingIds: ReadonlySet<string>
  openDialog: (target: DialogTarget) => void
  writeRow: (variables: MemberWriteVariables) => void
}

/**
 * Builds the owner's part of the table: the row selection and the row
 * actions. `selectedIds` holds only members still in the list. Every value is memoized, so a page render that changes none of
 * them (a keystroke, a dialog opening) leaves the table and its rows alone.
 */
export function useTableManagement({
  canManage,
  members,
  pendingIds,
  openDialog,
  writeRow,
}: ManagementSources) {
  const [selection, setSelection] = useState<RowSelectionState>({})

  const actions = useMemo<MemberRowActions>(
    () => ({
      onEdit: (member) => openDialog({ kind: 'edit', member }),
      onRemove: (member) => openDialog({ kind: 'remove', member }),
      onRoleChange: (member: Member, role: Role) => {
        if (changesOwnerRole(member.role, role))
          openDialog({ kind: 'role', member, role, stale: null })
        else writeRow({ member, role, source: 'row' })
      },
      onSelectedChange: (member, selected) =>
        setSelection((current) =>
          selected
            ? { ...current, [member.id]: true }
            : withoutIds(current, [member.id]),
        ),
    }),
    [openDialog, writeRow],
  )
  const ownerCount = useMemo(
    () => members?.filter((member) => member.role === 'owner').length ?? 0,
    [members],
  )
  const management = useMemo<TableManagement | null>(
    () =>
      canManage
        ? {
            actions,
            selection,
            onSelectionChange: setSelection,
            ownerCount,
            pendingIds,
          }
        : null,
    [canManage, actions, selection, ownerCount, pendingIds],
  )

  const selectedIds = useMemo<ReadonlySet<string>>(
    () =>
      new Set(
        members?.filter((member) => selection[member.id]).map(({ id }) => id),
      ),
    [members, selection],
  )

  const unselect = useCallback(
    (ids: string[]) => setSelection((current) => withoutIds(current, ids)),
    [],
  )
  const clearSelection = useCallback(() => setSelection({}), [])

  return { management, selectedIds, unselect, clearSelection }
}

function withoutIds(
  selection: RowSelectionState,
  ids: readonly string[],
): RowSelectionState {
  return Object.fromEntries(
    Object.entries(selection).filter(([id]) => !ids.includes(id)),
  )
}
