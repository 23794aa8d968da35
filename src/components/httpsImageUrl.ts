/**
 * Returns `address` when it is an absolute https URL, else undefined, so an
 * image from the API loads only over https: never `javascript:`, `data:`,
 * plain http or a relative path that would hit the panel's own origin.
 */
export function httpsImageUrl(address: string): string | undefined {
  if (!URL.canParse(address)) return undefined
  const url = new URL(address)
  return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined
}
