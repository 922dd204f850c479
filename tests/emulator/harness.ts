import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from '../../src/emulator/index.js';

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A started emulator plus a tiny Graph caller for its site. */
export interface Harness {
  emu: RunningEmulator;
  /** `/sites/{siteId}` on the Graph base URL. */
  site: string;
  call(
    method: string,
    pathOrUrl: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
  /** Same as call, but fails the test unless the status is 2xx. */
  ok<T = Record<string, unknown>>(
    method: string,
    pathOrUrl: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T>;
  close(): Promise<void>;
}

export async function harness(opts: EmulatorOptions = {}): Promise<Harness> {
  const emu = await startEmulator(opts);
  const site = `/sites/${emu.siteId}`;
  const call = async (
    method: string,
    pathOrUrl: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const url = pathOrUrl.startsWith('https://graph.microsoft.com')
      ? pathOrUrl.replace('https://graph.microsoft.com', emu.url)
      : pathOrUrl.startsWith('/_emulator')
        ? `${emu.url}${pathOrUrl}`
        : `${emu.url}/v1.0${pathOrUrl}`;
    const response = await fetch(url, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${emu.secret}`,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  };
  const ok = async <T>(
    method: string,
    pathOrUrl: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const reply = await call(method, pathOrUrl, body, headers);
    if (reply.status < 200 || reply.status > 299)
      throw new Error(`${method} ${pathOrUrl} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as T;
  };
  return { emu, site, call, ok, close: () => emu.close() };
}

export interface GraphErrorBody {
  error: { code: string; message: string; innerError: Record<string, string> };
}

export const errorOf = (reply: Reply) => (reply.body as GraphErrorBody).error;

export interface ItemBody {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
}

export interface Page<T = ItemBody> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** A list with an indexed choice, an unindexed number, a unique indexed text and a required date. */
export const auditsList = {
  displayName: 'Audits',
  list: { template: 'genericList' },
  columns: [
    {
      name: 'Status',
      choice: { choices: ['Allocated', 'InProgress', 'Submitted'] },
      indexed: true,
    },
    { name: 'Score', number: {} },
    { name: 'CaseRef', text: {}, indexed: true, enforceUniqueValues: true },
    { name: 'DueDate', dateTime: {}, required: true },
    { name: 'Inadequate', boolean: {} },
    { name: 'Notes', text: { allowMultipleLines: true } },
  ],
};

/** Seeds many items in one transaction through the emulator's own validation path. */
export async function seed(
  h: Harness,
  list: string,
  items: Record<string, unknown>[],
): Promise<void> {
  await h.ok('POST', '/_emulator/seed', { list, items });
}
