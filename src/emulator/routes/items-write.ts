import { GRAPH_ROOT } from '../context.js';
import { createItem, deleteItem, updateItem } from '../db/item-writes.js';
import { isRecord, json, noContent } from '../http/exchange.js';
import { invalidRequest } from '../http/graph-error.js';
import { serializeFields, serializeItem } from '../model/serialize.js';
import type { Route } from '../router.js';
import { ITEMS } from './items-read.js';
import { checkIfMatch, resolveItem, resolveList } from './resolve.js';

function fieldsOf(body: unknown): unknown {
  if (!isRecord(body) || body.fields === undefined)
    throw invalidRequest("The request body needs a 'fields' object.");
  return body.fields;
}

/** Create, update and delete listItems (https://learn.microsoft.com/en-us/graph/api/listitem-create). */
export const itemWriteRoutes: Route[] = [
  {
    method: 'POST',
    path: ITEMS,
    op: 'items.create',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const row = createItem(ctx.db, list, columns, fieldsOf(req.body));
      const item = serializeItem(row, list, columns, ctx.site, { fields: true });
      return json(201, item, {
        Location: `${GRAPH_ROOT}/sites/${ctx.site.id}/lists/${list.id}/items/${row.id}`,
        ETag: item.eTag as string,
      });
    },
  },
  {
    method: 'PATCH',
    path: `${ITEMS}/:item/fields`,
    op: 'items.update',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      checkIfMatch(req, row);
      const next = updateItem(ctx.db, list, columns, row, req.body);
      const fields = serializeFields(next, columns);
      return json(200, fields, { ETag: fields['@odata.etag'] as string });
    },
  },
  {
    method: 'PATCH',
    path: `${ITEMS}/:item`,
    op: 'items.update',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      checkIfMatch(req, row);
      const next = updateItem(ctx.db, list, columns, row, fieldsOf(req.body));
      const item = serializeItem(next, list, columns, ctx.site, { fields: true });
      return json(200, item, { ETag: item.eTag as string });
    },
  },
  {
    method: 'DELETE',
    path: `${ITEMS}/:item`,
    op: 'items.delete',
    handler: (req, params, ctx) => {
      const { list } = resolveList(ctx, params);
      const row = resolveItem(ctx, list, params.item);
      checkIfMatch(req, row);
      deleteItem(ctx.db, list, row);
      return noContent();
    },
  },
];
