import { GRAPH_ROOT } from '../context.js';
import { queryItems } from '../db/item-query.js';
import type { EmuRequest } from '../http/exchange.js';
import { json } from '../http/exchange.js';
import { graphLink, option } from '../http/query.js';
import { serializeFields, serializeItem, type ItemShape } from '../model/serialize.js';
import { parseExpand, type ExpandOption } from '../odata/expand.js';
import { applySelect, parseSelect } from '../odata/select.js';
import { encodeSkipToken } from '../odata/skiptoken.js';
import type { Route } from '../router.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';
import { readItemQuery, refuseUnsupportedOptions } from './item-query-options.js';
import { resolveItem, resolveList } from './resolve.js';

export const ITEMS = '/sites/:site/lists/:list/items';

/** The shape of an item from an `$expand` option: fields only when `fields` is expanded. */
export function shapeOf(expand: Map<string, ExpandOption>): ItemShape {
  const fields = expand.get('fields');
  return { fields: fields !== undefined, select: fields?.select };
}

/**
 * `$expand=fields($select=…)` (https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0).
 * A collection or delta carries `fields` only when asked; one item fetched with neither
 * `$expand` nor `$select` carries them, as listitem-get's first form does
 * (https://learn.microsoft.com/en-us/graph/api/listitem-get?view=graph-rest-1.0).
 */
export function itemShape(req: EmuRequest, fieldsByDefault: boolean): ItemShape {
  const expand = parseExpand(option(req, 'expand'));
  const bare = expand.size === 0 && option(req, 'select') === null;
  return fieldsByDefault && bare ? { fields: true } : shapeOf(expand);
}

/** `$select` on listItem properties (https://learn.microsoft.com/en-us/graph/query-parameters#select-parameter). */
export function selectItem(req: EmuRequest, item: Record<string, unknown>) {
  return applySelect(item, parseSelect(option(req, 'select'), 'listItem'), ['fields']);
}

export const itemReadRoutes: Route[] = [
  {
    method: 'GET',
    path: ITEMS,
    op: 'items.list',
    units: RESOURCE_UNITS.multi,
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const query = readItemQuery(req, ctx, list, columns);
      const page = queryItems(ctx.db, list.id, columns, query);
      const shape = itemShape(req, false);
      const body: Record<string, unknown> = {
        '@odata.context': `${GRAPH_ROOT}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/items`,
        value: page.rows.map((row) =>
          selectItem(req, serializeItem(row, list, columns, ctx.site, shape)),
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
      refuseUnsupportedOptions(req);
      const { list, columns } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      const item = serializeItem(row, list, columns, ctx.site, itemShape(req, true));
      return json(200, selectItem(req, item), { ETag: item.eTag as string });
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
