import { GRAPH_ROOT } from '../context.js';
import { allLists, createList, deleteList, findList, type ListRow } from '../db/list-store.js';
import { isRecord, json, noContent } from '../http/exchange.js';
import { GraphError, invalidRequest } from '../http/graph-error.js';
import { option } from '../http/query.js';
import { parseColumnDefinition } from '../model/column-input.js';
import { builtInColumns } from '../model/columns.js';
import { serializeList } from '../model/serialize.js';
import type { FilterNode } from '../odata/filter-ast.js';
import { parseFilter } from '../odata/filter-parser.js';
import type { Route } from '../router.js';
import { listResource } from './list-expand.js';
import { resolveList, resolveSite } from './resolve.js';
import { RESOURCE_UNITS } from '../throttle/costs.js';

/** Lists (https://learn.microsoft.com/en-us/graph/api/list-list?view=graph-rest-1.0) take a small in-memory filter: displayName, name or id, with eq, ne and startswith. */
function matches(node: FilterNode, list: ListRow): boolean {
  const value = (path: string) => {
    if (path === 'displayName') return list.display_name;
    if (path === 'name') return list.name;
    if (path === 'id') return list.id;
    throw invalidRequest(`Lists can be filtered on displayName, name or id, not '${path}'.`);
  };
  switch (node.kind) {
    case 'and':
      return matches(node.left, list) && matches(node.right, list);
    case 'or':
      return matches(node.left, list) || matches(node.right, list);
    case 'not':
      return !matches(node.operand, list);
    case 'startswith':
      return value(node.path).toLowerCase().startsWith(node.value.toLowerCase());
    case 'compare': {
      if (node.value.type !== 'string' || (node.op !== 'eq' && node.op !== 'ne'))
        throw invalidRequest('Lists can only be compared with eq or ne against a string.');
      const equal = value(node.path).toLowerCase() === node.value.value.toLowerCase();
      return node.op === 'eq' ? equal : !equal;
    }
  }
}

export const listRoutes: Route[] = [
  {
    method: 'GET',
    path: '/sites/:site/lists',
    op: 'lists.list',
    units: RESOURCE_UNITS.multi,
    handler: (req, params, ctx) => {
      const site = resolveSite(ctx, params.site);
      const filterText = option(req, 'filter');
      const filter = filterText ? parseFilter(filterText) : undefined;
      const value = allLists(ctx.db)
        .filter((list) => !filter || matches(filter, list))
        .map((list) => listResource(ctx, req, list));
      return json(200, {
        '@odata.context': `${GRAPH_ROOT}/$metadata#sites('${site.id}')/lists`,
        value,
      });
    },
  },
  {
    method: 'POST',
    path: '/sites/:site/lists',
    op: 'lists.create',
    handler: (req, params, ctx) => {
      const site = resolveSite(ctx, params.site);
      const body = req.body;
      if (!isRecord(body) || typeof body.displayName !== 'string' || body.displayName.trim() === '')
        throw invalidRequest("A list needs a 'displayName'.");
      const rawColumns = body.columns ?? [];
      if (!Array.isArray(rawColumns)) throw invalidRequest("'columns' must be an array.");
      const columns = [...builtInColumns(), ...rawColumns.map(parseColumnDefinition)];
      const names = new Set<string>();
      for (const column of columns) {
        if (names.has(column.name.toLowerCase()))
          throw invalidRequest(`Column name '${column.name}' is used twice.`);
        names.add(column.name.toLowerCase());
      }
      if (findList(ctx.db, body.displayName))
        throw new GraphError(
          409,
          'nameAlreadyExists',
          'A list, survey, discussion board, or document library with the specified title already exists in this Web site.',
        );
      const listFacet = isRecord(body.list) ? body.list : {};
      const template = typeof listFacet.template === 'string' ? listFacet.template : 'genericList';
      const description = typeof body.description === 'string' ? body.description : '';
      const list = createList(ctx.db, {
        displayName: body.displayName,
        description,
        template,
        columns,
      });
      return json(201, serializeList(list, site));
    },
  },
  {
    method: 'GET',
    path: '/sites/:site/lists/:list',
    op: 'lists.get',
    handler: (req, params, ctx) => {
      return json(200, listResource(ctx, req, resolveList(ctx, params).list));
    },
  },
  {
    method: 'DELETE',
    path: '/sites/:site/lists/:list',
    op: 'lists.delete',
    handler: (_req, params, ctx) => {
      deleteList(ctx.db, resolveList(ctx, params).list.id);
      return noContent();
    },
  },
];
