import { GRAPH_ROOT } from '../context.js';
import { insertColumn, replaceColumn } from '../db/column-store.js';
import { json } from '../http/exchange.js';
import { GraphError, notFound } from '../http/graph-error.js';
import { parseColumnDefinition, patchColumn } from '../model/column-input.js';
import { serializeColumn, type ColumnDef } from '../model/columns.js';
import type { Route } from '../router.js';
import { resolveList } from './resolve.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';

function findColumn(columns: ColumnDef[], ref: string): ColumnDef {
  const column = columns.find((c) => c.id === ref || c.name.toLowerCase() === ref.toLowerCase());
  if (!column) throw notFound(`Column '${ref}' was not found.`);
  return column;
}

const base = '/sites/:site/lists/:list/columns';

export const columnRoutes: Route[] = [
  {
    method: 'GET',
    path: base,
    op: 'columns.list',
    units: RESOURCE_UNITS.multi,
    handler: (_req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      return json(200, {
        '@odata.context': `${GRAPH_ROOT}/$metadata#sites('${ctx.site.id}')/lists('${list.id}')/columns`,
        value: columns.map(serializeColumn),
      });
    },
  },
  {
    method: 'POST',
    path: base,
    op: 'columns.create',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const column = parseColumnDefinition(req.body);
      if (columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase()))
        throw new GraphError(
          409,
          'nameAlreadyExists',
          `A column named '${column.name}' already exists in this list.`,
        );
      insertColumn(ctx.db, list.id, column);
      return json(201, serializeColumn(column));
    },
  },
  {
    method: 'GET',
    path: `${base}/:column`,
    op: 'columns.get',
    handler: (_req, params, ctx) => {
      const { columns } = resolveList(ctx, params);
      return json(200, serializeColumn(findColumn(columns, params.column)));
    },
  },
  {
    method: 'PATCH',
    path: `${base}/:column`,
    op: 'columns.update',
    handler: (req, params, ctx) => {
      const { list, columns } = resolveList(ctx, params);
      const next = patchColumn(findColumn(columns, params.column), req.body);
      replaceColumn(ctx.db, list.id, next);
      return json(200, serializeColumn(next));
    },
  },
];
