/** One request as the emulator sees it, from the socket or from inside a $batch. */
export interface EmuRequest {
  method: string;
  /** Path after `/v1.0`, beginning with '/'. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: unknown;
  /** The body's bytes as sent (file content); empty inside a $batch. */
  raw: Buffer;
  requestId: string;
}

export interface EmuResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON, or a Buffer sent as it is (file content, with its own Content-Type header). */
  body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers, body } satisfies EmuResponse;
}

export function noContent(): EmuResponse {
  return { status: 204, headers: {} };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
