import { ApiRequestError, toApiRequestError } from './api-error';

export type Query = Readonly<Record<string, string | number | undefined>>;

/** The part of `fetch` the client uses (tests pass their own). */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The only door from the tab to the server: JSON over `/api`, with a bearer token. */
export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  /** A file as the raw body, with its content type (a register export). */
  upload<T>(path: string, file: Blob, contentType: string): Promise<T>;
  /** A file the server sends (a report's document), as a Blob to save. */
  download(path: string): Promise<Blob>;
}

export interface ApiClientOptions {
  /** Origin of the server; '' for the same origin. Paths start with /api (see apiPath). */
  readonly baseUrl: string;
  /** The bearer token, or null before sign-in (health and local sign-in need none). */
  readonly getToken: () => Promise<string | null>;
  /** Called when the server answers 401, so the app can ask the person to sign in again. */
  readonly onUnauthenticated?: () => void;
  readonly fetch?: Fetch;
}

const withQuery = (path: string, query: Query | undefined): string => {
  const entries = Object.entries(query ?? {})
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([key, value]): [string, string] => [key, String(value)]);
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
};

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
};

export const createApiClient = (options: ApiClientOptions): ApiClient => {
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const send = async <T>(
    method: string,
    path: string,
    body?: unknown,
    file?: { blob: Blob; type: string },
  ): Promise<T> => {
    const token = await options.getToken();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    if (file !== undefined) headers['content-type'] = file.type;
    else if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, {
        method,
        headers,
        body: file !== undefined ? file.blob : body === undefined ? null : JSON.stringify(body),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'network error';
      throw new ApiRequestError(0, 'network', message);
    }
    const parsed = await readBody(response);
    if (!response.ok) {
      if (response.status === 401) options.onUnauthenticated?.();
      throw toApiRequestError(response.status, parsed);
    }
    return parsed as T;
  };
  return {
    get: (path, query) => send('GET', withQuery(path, query)),
    post: (path, body) => send('POST', path, body ?? {}),
    put: (path, body) => send('PUT', path, body),
    upload: (path, blob, type) => send('POST', path, undefined, { blob, type }),
    download: async (path) => {
      const token = await options.getToken();
      const headers: Record<string, string> =
        token === null ? {} : { authorization: `Bearer ${token}` };
      let response: Response;
      try {
        response = await doFetch(`${options.baseUrl}${path}`, { method: 'GET', headers });
      } catch (error) {
        const message = error instanceof Error ? error.message : 'network error';
        throw new ApiRequestError(0, 'network', message);
      }
      if (!response.ok) {
        if (response.status === 401) options.onUnauthenticated?.();
        throw toApiRequestError(response.status, await readBody(response));
      }
      return response.blob();
    },
  };
};
