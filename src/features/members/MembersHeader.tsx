import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrganizationAccess } from '../../api/organizationAccess'
import type { MemberList } from '../../api/members'
import { RouterLink } from '../../components/RouterLinks'
import { AccessNotice } from './AccessNotice'
import { SingleOwnerBanner } from './SingleOwnerBanner'

interface MembersHeaderProps {
  organizationName: string
  list: MemberList | undefined
  access: OrganizationAccess
  onPromote: () => void
}

/** The page's heading, member count, the caller's rights and the one-owner warning. */
export function MembersHeader({
  organizationName,
  list,
  access,
  onPromote,
}: MembersHeaderProps) {
  const { t } = useTranslation()
  // The page re-renders on every keystroke, and 10,000 members take a few
  // milliseconds to filter.
  const owners = useMemo(
    () => list?.members.filter((member) => member.role === 'owner') ?? [],
    [list],
  )
  const [onlyOwner] = owners
  const canPromote = list !== undefined && list.members.length > owners.length

  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      <Box>
        <RouterLink to="/organizations" variant="body2">
          {t('members.backToOrganizations')}
        </RouterLink>
        <Typography
          variant="h4"
          component="h1"
          sx={{ overflowWrap: 'anywhere', mt: 1 }}
        >
          {organizationName}
        </Typography>
        <Typography color="text.secondary" aria-live="polite">
          {list ? t('members.count', { count: list.total }) : '\u00a0'}
        </Typography>
      </Box>
      <AccessNotice access={access} />
      {access.canManageMembers && owners.length === 1 && onlyOwner && (
        <SingleOwnerBanner
          owner={onlyOwner}
          organizationName={organizationName}
          onPromote={canPromote ? onPromote : null}
        />
      )}
    </Stack>
  )
}
