import type { TFunction } from 'i18next'
import type { Member } from '../../api/members'
import type { Role } from '../../api/roles'
import { toCsv } from '../../components/csv'
import {
  fileNameSlug,
  fileNameTime,
  localTimestamp,
} from '../../components/download'
import type { SortState } from './membersSearch'

/** What the table shows, so the file says which view it holds. */
export interface MembersExportView {
  organization: { id: number; name: string }
  /** Search text of the table; empty or absent for none. */
  search?: string | undefined
  /** Role the table is filtered to; absent for every role. */
  role?: Role | undefined
  sort: SortState
}

export interface CsvFile {
  fileName: string
  text: string
}

/** The filter in words, for the lines above the table. */
function describeFilter(t: TFunction, view: MembersExportView): string {
  const parts: string[] = []
  const search = view.search?.trim()
  if (search) parts.push(t('membersExport.searchFilter', { search }))
  if (view.role) {
    parts.push(t('membersExport.roleFilter', { role: t(`roles.${view.role}`) }))
  }
  return parts.length > 0 ? parts.join('; ') : t('membersExport.noFilter')
}

function describeSort(t: TFunction, sort: SortState): string {
  return t('membersExport.sortValue', {
    column: t(`members.columns.${sort.column}`),
    direction: t(
      sort.descending ? 'membersExport.descending' : 'membersExport.ascending',
    ),
  })
}

function roleInWords(t: TFunction, member: Member): string {
  if (member.role) return t(`roles.${member.role}`)
  return member.apiRole
    ? t('roles.unknownDetail', { role: member.apiRole })
    : t('roles.unknown')
}

function fileName(view: MembersExportView, exportedAt: Date): string {
  const organization =
    fileNameSlug(view.organization.name) ||
    `organization-${view.organization.id}`
  const filter = [view.role, fileNameSlug(view.search ?? '')]
    .filter(Boolean)
    .map((part) => `-${part}`)
    .join('')
  return `${organization}-members${filter}-${fileNameTime(exportedAt)}.csv`
}

/**
 * Writes the members as the table shows them to a CSV file: a few lines
 * naming the organization, filter, order and time, a blank line, then one
 * row per member with name, email, username and role in words.
 */
export function membersCsv(
  t: TFunction,
  members: readonly Member[],
  view: MembersExportView,
  exportedAt: Date,
): CsvFile {
  const context = [
    [
      t('membersExport.organization'),
      view.organization.name,
      String(view.organization.id),
    ],
    [t('membersExport.filter'), describeFilter(t, view)],
    [t('membersExport.sort'), describeSort(t, view.sort)],
    [t('membersExport.exportedAt'), localTimestamp(exportedAt)],
    [t('membersExport.memberCount'), String(members.length)],
  ]
  const header = [
    t('members.columns.name'),
    t('members.columns.email'),
    t('membersExport.username'),
    t('members.columns.role'),
  ]
  const rows = members.map((member) => [
    `${member.firstName.trim()} ${member.lastName.trim()}`.trim(),
    member.email,
    member.username,
    roleInWords(t, member),
  ])
  return {
    fileName: fileName(view, exportedAt),
    text: toCsv([...context, [], header, ...rows]),
  }
}
