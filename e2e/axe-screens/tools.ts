import { expect } from '../fixtures.ts'
import {
  chooseRowRole,
  dialogNamed,
  FIRST_VIEWERS,
  openMembers,
  signedIn,
  type Screen,
  type ScreenContext,
} from './context.ts'

const person = {
  name: 'Luca Bernardi',
  email: 'luca.bernardi@presidiosicurezza.it',
}
/** Organizations the demo owner owns, all of which list Luca Bernardi. */
const OWNED_COUNT = 13

async function openChanges(context: ScreenContext, count: number) {
  const { page, t } = context
  await page
    .getByRole('button', { name: t('changes.button', { count }) })
    .click()
  return dialogNamed(page, t('changes.title'))
}

async function searchPerson({ page, t }: ScreenContext, email: string) {
  await signedIn(page)
  await page.goto('/people')
  await page.getByLabel(t('people.emailLabel')).fill(email)
  await page.getByRole('button', { name: t('people.search') }).click()
}

async function openPersonReview(context: ScreenContext) {
  const { page, t } = context
  await searchPerson(context, person.email)
  await page.getByRole('button', { name: t('people.removeAll') }).click()
  return dialogNamed(page, t('people.review.title', { person: person.name }))
}

/** The Changes panel and the page that finds a person across organizations. */
export const TOOL_SCREENS: Screen[] = [
  {
    name: 'Changes panel, empty',
    reach: async (context) => {
      await openMembers(context)
      const panel = await openChanges(context, 0)
      await expect(panel.getByText(context.t('changes.empty'))).toBeVisible()
    },
  },
  {
    name: 'Changes panel, one change listed',
    reach: async (context) => {
      const { t } = context
      const table = await openMembers(context)
      const name = FIRST_VIEWERS[0]
      await chooseRowRole(context, table, name, 'security_officer')
      const panel = await openChanges(context, 1)
      await expect(
        panel
          .getByRole('table', { name: t('changes.tableLabel') })
          .getByRole('row'),
      ).toHaveCount(2)
    },
  },
  {
    name: 'find a person, nothing searched yet',
    reach: async ({ page, t }) => {
      await signedIn(page)
      await page.goto('/people')
      await expect(
        page.getByRole('heading', { name: t('people.heading') }),
      ).toBeVisible()
    },
  },
  {
    name: 'find a person, found',
    reach: async (context) => {
      await searchPerson(context, person.email)
      await expect(
        context.page
          .getByRole('table', {
            name: context.t('people.tableLabel', { email: person.email }),
          })
          .getByRole('row'),
      ).toHaveCount(OWNED_COUNT + 1)
    },
  },
  {
    name: 'find a person, not found',
    reach: async (context) => {
      const email = 'nobody@example.org'
      await searchPerson(context, email)
      await expect(
        context.page.getByText(
          context.t('people.notFound', { email, count: OWNED_COUNT }),
        ),
      ).toBeVisible()
    },
  },
  {
    name: 'find a person, removal review',
    reach: async (context) => {
      const dialog = await openPersonReview(context)
      await expect(
        dialog
          .getByRole('list', { name: context.t('people.review.listLabel') })
          .getByRole('listitem'),
      ).toHaveCount(OWNED_COUNT)
    },
  },
  {
    name: 'find a person, removal results',
    reach: async (context) => {
      const { t } = context
      const dialog = await openPersonReview(context)
      await dialog
        .getByRole('button', {
          name: t('people.review.confirm', { count: OWNED_COUNT }),
        })
        .click()
      await expect(
        dialog.getByRole('button', { name: t('people.results.close') }),
      ).toBeVisible()
    },
  },
]
