import type { EmulatorContext } from '../context.js';
import type { ItemQuery } from '../db/item-query.js';
import { countItems } from '../db/item-store.js';
import type { ListRow } from '../db/list-store.js';
import type { EmuRequest } from '../http/exchange.js';
import { invalidRequest } from '../http/graph-error.js';
import { option } from '../http/query.js';
import type { ColumnDef } from '../model/columns.js';
import { pathsOf } from '../odata/filter-ast.js';
import { parseFilter } from '../odata/filter-parser.js';
import { resolveFieldPath } from '../odata/filter-sql.js';
import { parseOrderBy } from '../odata/orderby.js';
import { decodeSkipToken } from '../odata/skiptoken.js';

/** SharePoint's list view threshold caps a page too: $top runs from 1 to 5000. */
export const MAX_TOP = 5000;

export function readTop(req: EmuRequest, fallback: number): number {
  const text = option(req, 'top');
  if (text === null) return fallback;
  const top = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(top >= 1 && top <= MAX_TOP))
    throw invalidRequest(
      `The value of $top must be an integer from 1 to ${MAX_TOP}; '${text}' is not.`,
    );
  return top;
}

const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/**
 * SharePoint refuses filter or orderby on a column that is not indexed, in exactly these words
 * (microsoftgraph/microsoft-graph-docs-contrib#7927, O365/python-o365#593), unless the request
 * says `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`. Even then a list past the list view
 * threshold fails: SharePoint raises SPQueryThrottledException, "The attempted operation is
 * prohibited because it exceeds the list view threshold." (OneDrive/onedrive-api-docs#1510).
 * We answer that as 400 invalidRequest rather than a 5xx, so that retry policies do not retry a
 * query that can never succeed.
 */
export function enforceIndexRule(
  req: EmuRequest,
  ctx: EmulatorContext,
  list: ListRow,
  referenced: ColumnDef[],
) {
  const unindexed = referenced.find((c) => !c.indexed);
  if (!unindexed) return;
  const prefer = req.headers.prefer ?? '';
  if (!prefer.toLowerCase().includes(PREFER_NON_INDEXED.toLowerCase()))
    throw invalidRequest(
      `Field '${unindexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  if (countItems(ctx.db, list.id) > ctx.listViewThreshold)
    throw invalidRequest(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
}

/** Reads $filter, $orderby, $top and $skiptoken, applying SharePoint's indexed-column rule. */
export function readItemQuery(
  req: EmuRequest,
  ctx: EmulatorContext,
  list: ListRow,
  columns: ColumnDef[],
): ItemQuery {
  const filterText = option(req, 'filter');
  const filter = filterText ? parseFilter(filterText) : undefined;
  const orderText = option(req, 'orderby');
  const orderBy = (orderText ? parseOrderBy(orderText) : []).map((key) => ({
    column: resolveFieldPath(columns, key.path),
    descending: key.descending,
  }));
  const referenced = [
    ...(filter ? pathsOf(filter) : []).map((path) => resolveFieldPath(columns, path)),
    ...orderBy.map((key) => key.column),
  ];
  enforceIndexRule(req, ctx, list, referenced);
  const token = option(req, 'skiptoken');
  return {
    filter,
    orderBy,
    top: readTop(req, ctx.defaultPageSize),
    position: token ? decodeSkipToken(token) : undefined,
  };
}
