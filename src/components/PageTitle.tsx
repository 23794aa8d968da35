import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets the document title, so tabs and history entries say which page is open. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`
  }, [title, t])
  return null
}
