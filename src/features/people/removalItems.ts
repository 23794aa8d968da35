import type { TFunction } from 'i18next'
import type { StatusItem } from '../../components/StatusList'
import { isLastOwner } from './personSearch'
import type { FoundMembership, RemovalRow } from './useRemoveEverywhere'

function roleDetail(t: TFunction, membership: FoundMembership): string {
  const { member } = membership
  const role = member.role
    ? t(`roles.${member.role}`)
    : t('roles.unknownDetail', { role: member.apiRole ?? '' })
  return t('people.review.role', { role })
}

/** Describes an organization for the review before removal. */
export function reviewItem(
  t: TFunction,
  membership: FoundMembership,
): StatusItem {
  const skipped = isLastOwner(membership)
  return {
    id: String(membership.organization.id),
    primary: membership.organization.name,
    status: t(skipped ? 'people.review.skipped' : 'people.review.willRemove'),
    tone: skipped ? 'warning' : 'default',
    detail: skipped ? t('people.review.lastOwner') : roleDetail(t, membership),
  }
}

/** Describes an organization's removal result. `gone` is a 404, not a failure. */
export function resultItem(t: TFunction, row: RemovalRow): StatusItem {
  const { outcome, membership } = row
  const base = {
    id: String(membership.organization.id),
    primary: membership.organization.name,
    status: t(`people.results.${outcome.state}`),
  }
  switch (outcome.state) {
    case 'removed':
      return { ...base, tone: 'success', detail: roleDetail(t, membership) }
    case 'gone':
      return {
        ...base,
        tone: 'default',
        detail: t('people.results.goneDetail'),
      }
    case 'failed':
      return { ...base, tone: 'error', detail: outcome.reason }
    default:
      return { ...base, tone: 'default' }
  }
}

/** Describes an organization skipped because the person is its only owner. */
export function skippedItem(
  t: TFunction,
  membership: FoundMembership,
): StatusItem {
  return {
    ...reviewItem(t, membership),
    status: t('people.results.skipped'),
  }
}
