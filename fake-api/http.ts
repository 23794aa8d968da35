// Small HTTP helpers: JSON responses, body reading and a minimal multipart/form-data reader.

import type { IncomingMessage, ServerResponse } from 'node:http'

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
export const MAX_BODY_BYTES = 1024 * 1024

export interface JsonResponse {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export function sendJson(res: ServerResponse, response: JsonResponse): void {
  sendRaw(
    res,
    response.status,
    JSON.stringify(response.body),
    JSON_CONTENT_TYPE,
    response.headers,
  )
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

/** Reads the whole request body, or returns undefined when it is larger than MAX_BODY_BYTES. */
export async function readBody(
  req: IncomingMessage,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_BODY_BYTES) {
      return undefined
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** Parses JSON text, returning undefined when it is not valid JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

export function isMultipart(contentType: string | undefined): boolean {
  return contentType?.toLowerCase().startsWith('multipart/form-data') === true
}

/**
 * Returns the content of the part named `fieldName` of a multipart/form-data body, decoded
 * as UTF-8, or undefined when the body is malformed or has no such part. Parts are
 * delimited as in RFC 7578: "--boundary" lines, with "--boundary--" closing the body.
 */
export function readMultipartField(
  body: Buffer,
  contentType: string,
  fieldName: string,
): string | undefined {
  const boundary = parseBoundary(contentType)
  if (boundary === undefined) {
    return undefined
  }
  const delimiter = Buffer.from(`--${boundary}`)
  // The first delimiter may start the body. Later ones follow the CRLF that ends a part.
  let position = body.subarray(0, delimiter.length).equals(delimiter)
    ? 0
    : findDelimiter(body, boundary, 0)
  while (position !== -1) {
    const afterDelimiter = position + delimiter.length
    if (
      body.toString('latin1', afterDelimiter, afterDelimiter + 2) !== '\r\n'
    ) {
      // "--" here closes the body.
      return undefined
    }
    const headersEnd = body.indexOf('\r\n\r\n', afterDelimiter + 2)
    if (headersEnd === -1) {
      return undefined
    }
    const contentEnd = findDelimiter(body, boundary, headersEnd + 2)
    if (contentEnd === -1) {
      return undefined
    }
    const headers = body.toString('utf8', afterDelimiter + 2, headersEnd)
    if (partName(headers) === fieldName) {
      return body.toString(
        'utf8',
        headersEnd + 4,
        Math.max(headersEnd + 4, contentEnd - 2),
      )
    }
    position = contentEnd
  }
  return undefined
}

/**
 * Returns the index of the next "--boundary" that starts a line after `from` and is followed
 * by CRLF or "--", or -1. Other lines that merely start with "--boundary" are part content.
 */
function findDelimiter(body: Buffer, boundary: string, from: number): number {
  const candidate = Buffer.from(`\r\n--${boundary}`)
  let index = body.indexOf(candidate, from)
  while (index !== -1) {
    const after = body.toString(
      'latin1',
      index + candidate.length,
      index + candidate.length + 2,
    )
    if (after === '\r\n' || after === '--') {
      return index + 2
    }
    index = body.indexOf(candidate, index + 1)
  }
  return -1
}

function parseBoundary(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

function partName(headers: string): string | undefined {
  for (const line of headers.split('\r\n')) {
    if (line.toLowerCase().startsWith('content-disposition:')) {
      const match = /;\s*name=(?:"([^"]*)"|([^;\s]+))/i.exec(line)
      return match?.[1] ?? match?.[2]
    }
  }
  return undefined
}
