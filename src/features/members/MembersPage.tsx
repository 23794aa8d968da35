import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { lazy, Suspense, useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { memberQueries } from '../../api/members'
import { useOrganizationAccess } from '../../api/organizationAccess'
import type { Role } from '../../api/roles'
import { returnFocusTo } from '../../components/focus'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PageTitle } from '../../components/PageTitle'
import { useShortcuts } from '../../components/useShortcuts'
import type { DialogTarget } from './MemberDialogs'
import { MembersActions } from './MembersActions'
import { MembersContent } from './MembersContent'
import { MembersHeader } from './MembersHeader'
import { MembersToolbar } from './MembersToolbar'
import { SelectionBar } from './SelectionBar'
import { useDialogState } from './useDialogState'
import { useMemberMatches } from './useMemberMatches'
import { useMatchAnnouncement } from './useMatchAnnouncement'
import { useMembersView } from './useMembersView'
import { useMemberWrite } from './useMemberWrite'
import { usePageInRange } from './usePageInRange'
import { usePendingMemberIds } from './usePendingMemberIds'
import { useTableManagement } from './useTableManagement'
import { useUrlText } from './useUrlText'

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
  const writeQuery = useCallback(
    (query: string, options: { replace: boolean }) =>
      change({ query, pageIndex: 0 }, options),
    [change],
  )
  const [searchText, setSearchText] = useUrlText(view.query, writeQuery)
  const dialog = useDialogState<DialogTarget>()
  const openDialog = dialog.open
  const openInvite = useCallback(
    () => openDialog({ kind: 'invite' }),
    [openDialog],
  )
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
  const list = members.data
  const { management, selectedIds, unselect, clearSelection } =
    useTableManagement({
      canManage: access.canManageMembers,
      members: list?.members,
      pendingIds: usePendingMemberIds(organizationId),
      openDialog,
      writeRow: rowWrite.mutate,
    })
  useShortcuts(
    { i: openInvite },
    { enabled: access.canManageMembers && members.isSuccess },
  )

  const matches = useMemberMatches(list, view, searchText)
  const { matching } = matches
  const matchCount = matching.length
  // Settled once the table shows the typed search and the URL has it.
  const settled = !matches.stale && searchText === view.query
  // The table shows the matches; a screen reader hears how many there are.
  useMatchAnnouncement(view, matchCount, list !== undefined && settled)
  usePageInRange(view, matchCount, list !== undefined && settled, change)
  const hiddenCount = useMemo(() => {
    const matchingIds = new Set(matching.map(({ id }) => id))
    return [...selectedIds].filter((id) => !matchingIds.has(id)).length
  }, [matching, selectedIds])
  const changeRoleFilter = useCallback(
    (role: Role | undefined) => change({ role, pageIndex: 0 }),
    [change],
  )
  const exportView = useMemo(
    () => ({
      organization,
      search: matches.query,
      role: view.role,
      sort: view.sort,
    }),
    [organization, matches.query, view.role, view.sort],
  )
  const clearFilters = useCallback(() => {
    // Also clears a typed search the URL does not have yet, whose write
    // would otherwise bring it back.
    setSearchText('')
    change({ query: '', role: undefined, pageIndex: 0 })
  }, [change, setSearchText])

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
        query={searchText}
        onQueryChange={setSearchText}
        role={view.role}
        onRoleChange={changeRoleFilter}
        actions={
          members.isSuccess && (
            <MembersActions
              members={matching}
              view={exportView}
              onInvite={management && openInvite}
            />
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
          onClear={clearSelection}
        />
      )}
      <MembersContent
        query={members}
        accessPending={access.isPending}
        matching={matching}
        organizationName={name}
        view={matches.view}
        stale={matches.stale}
        onViewChange={change}
        onClearFilters={clearFilters}
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
