import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { checkResponse, type GraphResponse } from './errors';
import { UnindexedQueryError } from './indexed-queries-only';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One Graph call: `url` is a path after `/v1.0` or an absolute `@odata.nextLink`. */
export interface GraphCall {
  readonly method: Method;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * The one place that talks to Graph: every call goes through retry (429/503/504 with
 * Retry-After) and then one error check that turns failures into StoreErrors.
 */
export class Graph {
  constructor(
    private readonly client: Client,
    readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  /** Sends with retry and the error check; `what` names the operation in error messages. */
  async send(call: GraphCall, what: string): Promise<GraphResponse> {
    return checkResponse(await this.sendUnchecked(call), what);
  }

  /** Sends with retry but returns failures, for callers that treat some as answers (410, 409). */
  sendUnchecked(call: GraphCall): Promise<GraphResponse> {
    return withRetry(this.retry, () => this.once(call));
  }

  /** One exchange. A network failure becomes status -1 so it is retried like a 503. */
  private async once(call: GraphCall): Promise<GraphResponse> {
    const request = this.client
      .api(call.url)
      .headers({ ...call.headers })
      .responseType(ResponseType.RAW);
    let raw: unknown;
    try {
      raw = await dispatch(request, call);
    } catch (error) {
      // The client wraps middleware errors in a GraphError whose code is the original's name.
      if ((error as { code?: unknown }).code === UnindexedQueryError.name)
        throw new UnindexedQueryError((error as Error).message);
      const message = error instanceof Error ? error.message : String(error);
      return { status: -1, headers: {}, body: { error: { code: 'networkError', message } } };
    }
    if (!(raw instanceof Response)) throw new Error('The Graph client returned no raw response.');
    return readResponse(raw);
  }
}

type Request = ReturnType<Client['api']>;

function dispatch(request: Request, call: GraphCall): Promise<unknown> {
  switch (call.method) {
    case 'GET':
      return request.get() as Promise<unknown>;
    case 'POST':
      return request.post(call.body) as Promise<unknown>;
    case 'PUT':
      // A file's bytes (a Buffer), sent as they are with the Content-Type the call gives.
      return request.put(call.body) as Promise<unknown>;
    case 'PATCH':
      return request.patch(call.body) as Promise<unknown>;
    case 'DELETE':
      return request.delete() as Promise<unknown>;
  }
}

export async function readResponse(raw: Response): Promise<GraphResponse> {
  const headers: Record<string, string> = {};
  raw.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value;
  });
  const text = await raw.text();
  let body: unknown = undefined;
  if (text !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = { error: { code: 'unreadableResponse', message: text.slice(0, 200) } };
    }
  }
  return { status: raw.status, headers, body };
}
