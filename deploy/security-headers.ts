// Security headers of the production build, sent by `vite preview` (vite.config.ts) and by
// nginx (deploy/nginx/panel.conf.template). The nginx smoke test checks that nginx sends
// exactly these, so the two stay in step.

/**
 * Content-Security-Policy of the panel. Scripts come only from the
 * panel's own origin, with no inline script and no eval. Styles also
 * allow 'unsafe-inline', because MUI's styling engine (emotion) writes
 * <style> elements at run time; docs/decisions/content-security-policy.md
 * gives the reasons. Logos may come from any https: host, and API calls
 * go only to the same origin, where a proxy forwards /api/v1. Trusted
 * Types, with no policy allowed, reject any string assigned to innerHTML
 * or to a script's text in browsers that support them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}
