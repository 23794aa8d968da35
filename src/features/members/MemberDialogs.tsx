import type { Member, MemberList } from '../../api/members'
import type { Role } from '../../api/roles'
import type { BulkAction } from './bulkPlan'
import { BulkReviewDialog } from './BulkReviewDialog'
import EditMemberDialog from './EditMemberDialog'
import MemberDialog from './MemberDialog'
import type { StaleMemberError } from './memberWrites'
import { PromoteOwnerDialog } from './PromoteOwnerDialog'
import { RemoveMemberDialog } from './RemoveMemberDialog'
import { RoleChangeDialog } from './RoleChangeDialog'
import type { OrganizationRef } from './useMemberWrite'

export type DialogTarget =
  | { kind: 'invite' }
  | { kind: 'edit'; member: Member }
  | { kind: 'remove'; member: Member }
  | { kind: 'role'; member: Member; role: Role; stale: StaleMemberError | null }
  | { kind: 'promote' }
  | { kind: 'bulk'; action: BulkAction; selectedIds: ReadonlySet<string> }

export interface MemberDialogsProps {
  target: DialogTarget
  open: boolean
  organization: OrganizationRef
  members: readonly Member[]
  /** Sends a row's role change once its dialog confirmed it. */
  onRoleConfirmed: (
    member: Member,
    role: Role,
    base: MemberList | undefined,
  ) => void
  onBulkFinished: (doneIds: string[]) => void
  /** Replaces the dialog shown, as the promotion picker does with its confirmation. */
  onOpen: (target: DialogTarget) => void
  onClose: () => void
  onExited: () => void
}

/** The members page's dialogs; this module loads on first use, apart from the table. */
export default function MemberDialogs({
  target,
  open,
  organization,
  members,
  onRoleConfirmed,
  onBulkFinished,
  onOpen,
  onClose,
  onExited,
}: MemberDialogsProps) {
  const shared = { open, onClose, onExited }

  switch (target.kind) {
    case 'invite':
      return <MemberDialog {...shared} organization={organization} />
    case 'edit':
      return (
        <EditMemberDialog
          {...shared}
          organization={organization}
          member={target.member}
          members={members}
        />
      )
    case 'remove':
      return (
        <RemoveMemberDialog
          {...shared}
          organization={organization}
          member={target.member}
        />
      )
    case 'role':
      return (
        <RoleChangeDialog
          {...shared}
          organization={organization}
          member={target.member}
          role={target.role}
          stale={target.stale}
          onConfirm={onRoleConfirmed}
        />
      )
    case 'promote':
      return (
        <PromoteOwnerDialog
          {...shared}
          organizationName={organization.name}
          members={members}
          onChoose={(member) =>
            onOpen({ kind: 'role', member, role: 'owner', stale: null })
          }
        />
      )
    case 'bulk':
      return (
        <BulkReviewDialog
          {...shared}
          organization={organization}
          members={members}
          selectedIds={target.selectedIds}
          action={target.action}
          onFinished={onBulkFinished}
        />
      )
  }
}
