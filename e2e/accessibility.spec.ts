import { expectNoAxeViolations } from './axe.ts'
import type { Screen } from './axe-screens/context.ts'
import { MEMBER_DIALOG_SCREENS } from './axe-screens/memberDialogs.ts'
import { MEMBERS_SCREENS } from './axe-screens/members.ts'
import { SESSION_SCREENS } from './axe-screens/session.ts'
import { TOOL_SCREENS } from './axe-screens/tools.ts'
import { test } from './fixtures.ts'
import { LANGUAGES, translator } from './i18n.ts'

/**
 * Every screen and state of the panel, each scanned in both languages and
 * both themes. A new screen, dialog or menu gets one row in the list of
 * its part of the panel (e2e/axe-screens/).
 */
const SCREENS: Screen[] = [
  ...SESSION_SCREENS,
  ...MEMBERS_SCREENS,
  ...MEMBER_DIALOG_SCREENS,
  ...TOOL_SCREENS,
]

for (const { language, locale } of LANGUAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`axe, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme })
      const t = translator(language)

      for (const screen of SCREENS) {
        test(screen.name, async ({ page, request, fault }, testInfo) => {
          await screen.reach({ page, request, t, fault })
          await expectNoAxeViolations(page, testInfo)
        })
      }
    })
  }
}
