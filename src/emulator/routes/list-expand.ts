import { GRAPH_ROOT, type EmulatorContext } from '../context.js';
import { columnsOf } from '../db/column-store.js';
import { queryItems } from '../db/item-query.js';
import type { ListRow } from '../db/list-store.js';
import type { EmuRequest } from '../http/exchange.js';
import { option } from '../http/query.js';
import { serializeItem, serializeList } from '../model/serialize.js';
import { parseExpand, type ExpandOption } from '../odata/expand.js';
import { applySelect, parseSelect } from '../odata/select.js';
import { encodeSkipToken } from '../odata/skiptoken.js';
import { shapeOf } from './items-read.js';

/**
 * A list as `GET lists/{id}` returns it, with `$select` and the documented expansions
 * `expand=columns` and `expand=columns,items(expand=fields)`
 * (https://learn.microsoft.com/en-us/graph/api/list-get?view=graph-rest-1.0). Expanded items are
 * the first page (the default page size), with `items@odata.nextLink` to the rest.
 */
export function listResource(ctx: EmulatorContext, req: EmuRequest, list: ListRow) {
  const expand = parseExpand(option(req, 'expand'));
  const select = parseSelect(option(req, 'select'), 'list');
  const columns = columnsOf(ctx.db, list.id);
  const body = serializeList(list, ctx.site, expand.has('columns') ? columns : undefined);
  const items = expand.get('items');
  if (items) {
    const page = queryItems(ctx.db, list.id, columns, { orderBy: [], top: ctx.defaultPageSize });
    const shape = shapeOf(items.expand ?? new Map<string, ExpandOption>());
    body.items = page.rows.map((row) => serializeItem(row, list, columns, ctx.site, shape));
    if (page.next) {
      const expandFields = items.expand?.has('fields') ? '$expand=fields&' : '';
      body['items@odata.nextLink'] =
        `${GRAPH_ROOT}/sites/${ctx.site.id}/lists/${list.id}/items?${expandFields}$skiptoken=${encodeSkipToken(page.next)}`;
    }
  }
  return applySelect(body, select, [...expand.keys()]);
}
