import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import type { RowSelectionState } from '@tanstack/react-table'
import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { memberQueries, type Member } from '../../api/members'
import { useOrganizationAccess } from '../../api/organizationAccess'
import type { Role } from '../../api/roles'
import { useAnnounce } from '../../components/Announcer'
import { returnFocusTo } from '../../components/focus'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { useShortcuts } from '../../components/useShortcuts'
import { ExportMembersButton } from './ExportMembersButton'
import { sortMembers } from './memberOrder'
import type { DialogTarget } from './MemberDialogs'
import { filterMembers } from './memberFilter'
import { MembersContent } from './MembersContent'
import { MembersHeader } from './MembersHeader'
import { MembersToolbar } from './MembersToolbar'
import { changesOwnerRole } from './ownerGuard'
import { SelectionBar } from './SelectionBar'
import { useDialogState } from './useDialogState'
import { useMembersView } from './useMembersView'
import { useMemberWrite } from './useMemberWrite'
import { usePendingMemberIds } from './usePendingMemberIds'

// The dialogs load on first use, so the table shows without their code.
const MemberDialogs = lazy(() => import('./MemberDialogs'))

const routeApi = getRouteApi(
  '/authenticated/organizations/$organizationId/members',
)

export function MembersPage() {
  const { t } = useTranslation()
  const { organizationId: rawId } = routeApi.useParams()
  const organizationId = Number(rawId)

  if (!Number.isInteger(organizationId) || organizationId <= 0) {
    return (
      <Typography role="alert">{t('members.organizationNotFound')}</Typography>
    )
  }
  // A new organization starts with no selection and no dialog.
  return (
    <OrganizationMembers key={organizationId} organizationId={organizationId} />
  )
}

function OrganizationMembers({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation()
  const access = useOrganizationAccess(organizationId)
  const members = useQuery(memberQueries.list(organizationId))
  const { view, change } = useMembersView()
  const [selection, setSelection] = useState<RowSelectionState>({})
  const dialog = useDialogState<DialogTarget>()
  const name = access.organization?.name ?? t('members.heading')
  const organization = useMemo(
    () => ({ id: organizationId, name }),
    [organizationId, name],
  )
  const rowWrite = useMemberWrite(organization, {
    onStale: (error, { role }) => {
      const member =
        error.change.kind === 'role'
          ? error.change.current
          : error.change.member
      if (role !== null)
        dialog.open({ kind: 'role', member, role, stale: error })
    },
  })
  const pendingIds = usePendingMemberIds(organizationId)
  const announce = useAnnounce()
  useShortcuts(
    { i: () => dialog.open({ kind: 'invite' }) },
    { enabled: access.canManageMembers && members.isSuccess },
  )

  const list = members.data
  const matching = useMemo(
    () =>
      list
        ? filterMembers(list.members, { query: view.query, role: view.role })
        : [],
    [list, view.query, view.role],
  )
  const matchCount = matching.length
  useEffect(() => {
    // The table shows the matches; a screen reader hears how many there are.
    if (list && view.query !== '')
      announce(t('members.matches', { count: matchCount }))
  }, [announce, t, list, view.query, matchCount])
  const selectedIds = new Set(
    list?.members.filter((member) => selection[member.id]).map(({ id }) => id),
  )
  const hiddenCount = [...selectedIds].filter(
    (id) => !matching.some((member) => member.id === id),
  ).length

  const changeRole = (member: Member, role: Role) => {
    if (changesOwnerRole(member.role, role))
      dialog.open({ kind: 'role', member, role, stale: null })
    else rowWrite.mutate({ member, role, source: 'row' })
  }
  const unselect = (ids: string[]) =>
    setSelection((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([id]) => !ids.includes(id)),
      ),
    )

  const management = access.canManageMembers
    ? {
        selection,
        onSelectionChange: setSelection,
        ownerCount: list?.members.filter((m) => m.role === 'owner').length ?? 0,
        pendingIds,
        onEdit: (member: Member) => dialog.open({ kind: 'edit', member }),
        onRemove: (member: Member) => dialog.open({ kind: 'remove', member }),
        onRoleChange: changeRole,
      }
    : null

  return (
    <>
      <PageTitle title={name} />
      <MembersHeader
        organizationName={name}
        list={list}
        access={access}
        onPromote={() => dialog.open({ kind: 'promote' })}
      />
      {access.nameError !== null && (
        <Box sx={{ mb: 2 }}>
          <ErrorAlert
            error={access.nameError}
            title={t('members.organizationLoadFailed')}
            // The same endpoint tells the caller's rights, so both are read again.
            onRetry={() => {
              access.retryName()
              access.retry()
            }}
          />
        </Box>
      )}
      <MembersToolbar
        query={view.query}
        onQueryChange={(query, options) =>
          change({ query, pageIndex: 0 }, options)
        }
        role={view.role}
        onRoleChange={(role) => change({ role, pageIndex: 0 })}
        actions={
          members.isSuccess && (
            <>
              <ExportMembersButton
                getMembers={() => sortMembers(matching, view.sort)}
                view={{
                  organization,
                  search: view.query,
                  role: view.role,
                  sort: view.sort,
                }}
              />
              {management && (
                <Button
                  variant="contained"
                  onClick={() => dialog.open({ kind: 'invite' })}
                >
                  {t('members.invite')}
                </Button>
              )}
            </>
          )
        }
      />
      {management && selectedIds.size > 0 && (
        <SelectionBar
          count={selectedIds.size}
          hiddenCount={hiddenCount}
          onChangeRole={(role) =>
            dialog.open({
              kind: 'bulk',
              action: { kind: 'role', role },
              selectedIds,
            })
          }
          onRemove={() =>
            dialog.open({
              kind: 'bulk',
              action: { kind: 'remove' },
              selectedIds,
            })
          }
          onClear={() => setSelection({})}
        />
      )}
      <MembersContent
        query={members}
        accessPending={access.isPending}
        matching={matching}
        organizationName={name}
        view={view}
        onViewChange={(changes) => change(changes)}
        onClearFilters={() =>
          change({ query: '', role: undefined, pageIndex: 0 })
        }
        management={management}
      />
      {dialog.target && list && (
        <Suspense fallback={null}>
          <MemberDialogs
            key={dialog.key}
            target={dialog.target}
            open={dialog.isOpen}
            organization={organization}
            members={list.members}
            onRoleConfirmed={(member, role, base) =>
              rowWrite.mutate({ member, role, base, source: 'row' })
            }
            onBulkFinished={unselect}
            onOpen={dialog.open}
            onClose={dialog.close}
            onExited={() => {
              dialog.exited()
              returnFocusTo(dialog.opener())
            }}
          />
        </Suspense>
      )}
    </>
  )
}
