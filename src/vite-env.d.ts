/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Request timeout in milliseconds; src/api/requestTimeout.ts parses it. */
  readonly VITE_AEGISTER_TIMEOUT_MS?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
