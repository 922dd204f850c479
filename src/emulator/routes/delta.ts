import { GRAPH_ROOT } from '../context.js';
import { changesAfter } from '../db/delta-store.js';
import { getListById } from '../db/list-store.js';
import { json } from '../http/exchange.js';
import { GraphError } from '../http/graph-error.js';
import { graphLink, option } from '../http/query.js';
import { serializeItem } from '../model/serialize.js';
import type { Route } from '../router.js';
import { readTop } from './item-query-options.js';
import { ITEMS, itemShape, selectItem } from './items-read.js';
import { deltaUnits } from '../throttle/costs.js';
import { resolveList } from './resolve.js';

interface DeltaCursor {
  list: string;
  after: number;
  /** A first full sync leaves deletions out: the client has nothing to delete yet. */
  initial: boolean;
}

const encode = (c: DeltaCursor) =>
  Buffer.from(JSON.stringify([c.list, c.after, c.initial ? 1 : 0])).toString('base64url');

function decode(token: string): DeltaCursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return undefined;
    const [list, after, initial] = value as unknown[];
    if (
      typeof list !== 'string' ||
      typeof after !== 'number' ||
      !Number.isInteger(after) ||
      after < 0
    )
      return undefined;
    return { list, after, initial: initial === 1 };
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/**
 * A token the service cannot use gets 410 Gone with one of the documented resync codes and a
 * `Location` holding a nextLink that starts a fresh enumeration
 * (https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0): a token
 * ahead of the list (the list went back to an older state, e.g. restored) asks the client to
 * upload its differences; any other unusable token asks it to apply the server's.
 */
function resync(req: Parameters<typeof graphLink>[0], code: string): GraphError {
  return new GraphError(
    410,
    code,
    'The delta token is no longer valid; start a new delta enumeration.',
    { Location: graphLink(req, {}, ['token', 'skiptoken']) },
  );
}

/**
 * listItem delta (https://learn.microsoft.com/en-us/graph/api/listitem-delta?view=graph-rest-1.0):
 * no token enumerates the list, `token=latest` returns only a deltaLink, a previous token
 * returns what changed since, deleted items as `{ id, deleted: { state: 'deleted' } }`. It takes
 * `$select`, `$expand` and `$top`; items carry `fields` only with `$expand=fields`.
 */
export const deltaRoutes: Route[] = [
  {
    method: 'GET',
    path: `${ITEMS}/delta`,
    op: 'delta',
    units: deltaUnits,
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const context = `${GRAPH_ROOT}/$metadata#Collection(listItem)`;
      const token = option(req, 'token');
      const link = (cursor: DeltaCursor) =>
        graphLink(req, { token: encode(cursor) }, ['skiptoken']);
      if (token === 'latest')
        return json(200, {
          '@odata.context': context,
          value: [],
          '@odata.deltaLink': link({ list: list.id, after: list.change_seq, initial: false }),
        });
      let cursor: DeltaCursor = { list: list.id, after: 0, initial: true };
      if (token !== null) {
        const decoded = decode(token);
        if (!decoded || decoded.list !== list.id)
          throw resync(req, 'resyncChangesApplyDifferences');
        if (decoded.after > list.change_seq) throw resync(req, 'resyncChangesUploadDifferences');
        cursor = decoded;
      }
      const top = readTop(req, ctx.defaultPageSize);
      const changes = changesAfter(ctx.db, list.id, cursor.after, top + 1, !cursor.initial);
      const page = changes.slice(0, top);
      const shape = itemShape(req, false);
      const value = page.map((change) =>
        'row' in change
          ? selectItem(req, serializeItem(change.row, list, columns, ctx.site, shape))
          : {
              id: String(change.deletedId),
              parentReference: { siteId: ctx.site.id },
              deleted: { state: 'deleted' },
            },
      );
      const body: Record<string, unknown> = { '@odata.context': context, value };
      if (changes.length > top)
        body['@odata.nextLink'] = link({ ...cursor, after: page[page.length - 1].seq });
      else {
        const latest = getListById(ctx.db, list.id)?.change_seq ?? list.change_seq;
        body['@odata.deltaLink'] = link({ list: list.id, after: latest, initial: false });
      }
      return json(200, body);
    },
  },
];
