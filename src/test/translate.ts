import { i18n } from '../app/i18n'

/** The app's English `t`, for tests of code that takes one as an argument. */
export const t = i18n.getFixedT('en')
