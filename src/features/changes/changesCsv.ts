import type { TFunction } from 'i18next'
import type { ChangeEntry } from '../../components/changeLog'
import { toCsv } from '../../components/csv'
import { fileNameTime, localTimestamp } from '../../components/download'

/** Returns a role in words, or an empty string when there was none. */
export function roleText(t: TFunction, role: ChangeEntry['from']): string {
  return role ? t(`roles.${role}`) : ''
}

/**
 * Writes the session's change log as CSV, oldest first, for an access
 * review: a title and the export time, a blank line, then one row per
 * change with its time in ISO 8601 and the roles in words.
 */
export function changesCsv(
  t: TFunction,
  entries: readonly ChangeEntry[],
  exportedAt: Date,
): { fileName: string; text: string } {
  const header = [
    t('changes.columns.when'),
    t('changes.columns.organization'),
    t('changes.columns.organizationId'),
    t('changes.columns.member'),
    t('changes.columns.email'),
    t('changes.columns.action'),
    t('changes.columns.from'),
    t('changes.columns.to'),
    t('changes.columns.result'),
    t('changes.columns.error'),
  ]
  const rows = entries.map((entry) => [
    localTimestamp(new Date(entry.at)),
    entry.organizationName,
    String(entry.organizationId),
    entry.member,
    entry.email,
    t(`changes.action.${entry.action}`),
    roleText(t, entry.from),
    roleText(t, entry.to),
    t(`changes.result.${entry.result}`),
    entry.error ?? '',
  ])
  return {
    fileName: `aegister-changes-${fileNameTime(exportedAt)}.csv`,
    text: toCsv([
      [t('changes.csvTitle')],
      [t('changes.exportedAt'), localTimestamp(exportedAt)],
      [t('changes.changeCount'), String(entries.length)],
      [],
      header,
      ...rows,
    ]),
  }
}
