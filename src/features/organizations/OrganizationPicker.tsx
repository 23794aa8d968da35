import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete'
import TextField from '@mui/material/TextField'
import type { SxProps, Theme } from '@mui/material/styles'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState, type UIEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useOrganizationAccess } from '../../api/organizationAccess'
import type { Organization } from '../../api/organizations'
import { useOrganizationSearch } from './useOrganizationSearch'

const filterByName = createFilterOptions<Organization>({
  stringify: (organization) => organization.name,
})

/** Pixels from the end of the list at which the next page is requested. */
const LOAD_MORE_MARGIN_PX = 48

function parseOrganizationId(value: string | undefined): number | undefined {
  const id = Number(value)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/**
 * Shows the app bar's organization switch, a searchable list of the
 * caller's organizations that opens the members of the one chosen.
 */
export function OrganizationPicker({ sx }: { sx?: SxProps<Theme> }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const params = useParams({ strict: false })
  const currentId = parseOrganizationId(params.organizationId)
  const current = useOrganizationAccess(currentId).organization
  // Only text the user typed searches; the chosen name shown in the field does not.
  const [typed, setTyped] = useState('')
  const search = useOrganizationSearch(typed)

  const options =
    current && !search.organizations.some(({ id }) => id === current.id)
      ? [...search.organizations, current]
      : search.organizations

  const loadMoreNearEnd = (event: UIEvent<HTMLElement>) => {
    const list = event.currentTarget
    const remaining = list.scrollHeight - list.scrollTop - list.clientHeight
    if (remaining < LOAD_MORE_MARGIN_PX) search.loadMore()
  }

  return (
    <Autocomplete
      options={options}
      value={current ?? null}
      getOptionLabel={(organization) => organization.name}
      getOptionKey={(organization) => organization.id}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      filterOptions={filterByName}
      onInputChange={(_event, value, reason) =>
        setTyped(reason === 'input' ? value : '')
      }
      onChange={(_event, organization) => {
        if (!organization || organization.id === currentId) return
        void navigate({
          to: '/organizations/$organizationId/members',
          params: { organizationId: String(organization.id) },
        })
      }}
      loading={search.isFetching}
      loadingText={t('organizations.picker.loading')}
      noOptionsText={
        search.error
          ? t('organizations.loadFailed')
          : t('organizations.picker.noMatch')
      }
      blurOnSelect
      size="small"
      sx={sx ?? {}}
      slotProps={{ listbox: { onScroll: loadMoreNearEnd } }}
      renderInput={(input) => (
        <TextField
          {...input}
          label={t('organizations.picker.label')}
          placeholder={t('organizations.picker.placeholder')}
        />
      )}
    />
  )
}
