import { preview, type PreviewServer } from 'vite'

export interface PreviewOptions {
  /**
   * Member counts of extra `Scale N` organizations for the stand-in, e.g.
   * [100, 10000], passed as AEGISTER_STAND_IN_SCALE (see fake-api/options.ts).
   */
  scale?: number[]
}

/**
 * Starts `vite preview` on the production build in dist/, with the
 * stand-in mounted, on a free port of 127.0.0.1.
 */
export async function startPreview(options: PreviewOptions = {}): Promise<{
  url: string
  server: PreviewServer
}> {
  delete process.env.AEGISTER_API_URL
  // The stand-in reads its seed options from the environment while
  // preview() mounts it, so the variable is set only for that call.
  const previousScale = process.env.AEGISTER_STAND_IN_SCALE
  if (options.scale) {
    process.env.AEGISTER_STAND_IN_SCALE = options.scale.join(',')
  }
  let server: PreviewServer
  try {
    server = await preview({
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      logLevel: 'warn',
    })
  } finally {
    if (previousScale === undefined) delete process.env.AEGISTER_STAND_IN_SCALE
    else process.env.AEGISTER_STAND_IN_SCALE = previousScale
  }
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!url) {
    await server.close()
    throw new Error('vite preview started without a local address')
  }
  return { url, server }
}
