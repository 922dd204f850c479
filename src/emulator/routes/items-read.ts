import { GRAPH_ROOT } from '../context.js';
import { queryItems } from '../db/item-query.js';
import { json } from '../http/exchange.js';
import { graphLink, option } from '../http/query.js';
import { serializeFields, serializeItem, type ItemShape } from '../model/serialize.js';
import { parseExpand } from '../odata/expand.js';
import { encodeSkipToken } from '../odata/skiptoken.js';
import type { Route } from '../router.js';
import type { EmuRequest } from '../http/exchange.js';
import { readItemQuery } from './item-query-options.js';
import { resolveItem, resolveList } from './resolve.js';

export const ITEMS = '/sites/:site/lists/:list/items';

/** `$expand=fields($select=…)`; a single item shows its fields unless told otherwise. */
export function itemShape(req: EmuRequest, fieldsByDefault: boolean): ItemShape {
  const expand = parseExpand(option(req, 'expand'));
  const fields = expand.get('fields');
  return {
    fields: fields !== undefined || (fieldsByDefault && expand.size === 0),
    select: fields?.select,
  };
}

/** `$select` on item properties keeps those (and the eTag). */
function selectItemProperties(item: Record<string, unknown>, select: string | null) {
  if (select === null) return item;
  const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  wanted.add('@odata.etag');
  wanted.add('fields');
  return Object.fromEntries(Object.entries(item).filter(([key]) => wanted.has(key.toLowerCase())));
}

export const itemReadRoutes: Route[] = [
  {
    method: 'GET',
    path: ITEMS,
    op: 'items.list',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const query = readItemQuery(req, ctx, list, columns);
      const page = queryItems(ctx.db, list.id, columns, query);
      const shape = itemShape(req, false);
      const select = option(req, 'select');
      const body: Record<string, unknown> = {
        '@odata.context': `${GRAPH_ROOT}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/items`,
        value: page.rows.map((row) =>
          selectItemProperties(serializeItem(row, list, columns, ctx.site, shape), select),
        ),
      };
      if (page.next)
        body['@odata.nextLink'] = graphLink(req, { $skiptoken: encodeSkipToken(page.next) });
      return json(200, body);
    },
  },
  {
    method: 'GET',
    path: `${ITEMS}/:item`,
    op: 'items.get',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      const item = serializeItem(row, list, columns, ctx.site, itemShape(req, true));
      return json(200, selectItemProperties(item, option(req, 'select')), {
        ETag: item.eTag as string,
      });
    },
  },
  {
    method: 'GET',
    path: `${ITEMS}/:item/fields`,
    op: 'items.get',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      const select = option(req, 'select');
      return json(
        200,
        serializeFields(row, columns, select ? select.split(',').map((s) => s.trim()) : undefined),
      );
    },
  },
];
