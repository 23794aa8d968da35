import { preview, type PreviewServer } from 'vite'

/**
 * Starts `vite preview` on the production build in dist/, with the
 * stand-in mounted, on a free port of 127.0.0.1.
 */
export async function startPreview(): Promise<{
  url: string
  server: PreviewServer
}> {
  delete process.env.AEGISTER_API_URL
  const server = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  })
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!url) throw new Error('vite preview started without a local address')
  return { url, server }
}
