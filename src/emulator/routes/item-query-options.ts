import type { EmulatorContext } from '../context.js';
import type { ItemQuery } from '../db/item-query.js';
import { countItems } from '../db/item-store.js';
import { rowsTouched } from '../db/list-view-threshold.js';
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
const THRESHOLD_MESSAGE =
  'The attempted operation is prohibited because it exceeds the list view threshold.';

/**
 * List items take `$filter`, `$expand`, `$select`, `$orderby`, `$top` and `$skiptoken`
 * (https://learn.microsoft.com/en-us/graph/api/listitem-list?view=graph-rest-1.0); `$count`,
 * `$skip` and `$search` are not among them and are refused rather than ignored, so code that
 * relies on them fails here as it would on a tenant (paging is by `@odata.nextLink` only,
 * https://learn.microsoft.com/en-us/graph/paging).
 */
const UNSUPPORTED = ['count', 'skip', 'search'] as const;

export function refuseUnsupportedOptions(req: EmuRequest): void {
  for (const name of UNSUPPORTED)
    if (option(req, name) !== null)
      throw invalidRequest(
        `The query option '$${name}' is not supported on list items. Page with @odata.nextLink instead.`,
      );
}

/**
 * SharePoint refuses filter or orderby on a column that is not indexed, in exactly these words
 * (microsoftgraph/microsoft-graph-docs-contrib#7927, O365/python-o365#593), unless the request
 * says `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`.
 */
export function enforceIndexRule(req: EmuRequest, referenced: ColumnDef[]) {
  const unindexed = referenced.find((c) => !c.indexed);
  if (!unindexed) return;
  const prefer = req.headers.prefer ?? '';
  if (!prefer.toLowerCase().includes(PREFER_NON_INDEXED.toLowerCase()))
    throw invalidRequest(
      `Field '${unindexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
}

/**
 * On a list past the list view threshold a query fails when it touches more rows than the
 * threshold (db/list-view-threshold.ts): SharePoint raises SPQueryThrottledException, "The
 * attempted operation is prohibited because it exceeds the list view threshold."
 * (OneDrive/onedrive-api-docs#1510). That includes an indexed filter that itself matches more
 * than 5,000 items, and an ordering on an unindexed column of an unfiltered list. We answer 400
 * invalidRequest rather than a 5xx, so retry policies do not retry a query that cannot succeed.
 */
export function enforceThreshold(
  ctx: EmulatorContext,
  list: ListRow,
  columns: ColumnDef[],
  query: Pick<ItemQuery, 'filter' | 'orderBy'>,
) {
  const total = countItems(ctx.db, list.id);
  if (total <= ctx.listViewThreshold) return;
  const touched = query.filter
    ? rowsTouched(ctx.db, list.id, columns, query.filter, total)
    : query.orderBy.every((k) => k.column.indexed)
      ? 0
      : total;
  if (touched > ctx.listViewThreshold) throw invalidRequest(THRESHOLD_MESSAGE);
}

/** Reads $filter, $orderby, $top and $skiptoken, applying SharePoint's indexed-column rule and threshold. */
export function readItemQuery(
  req: EmuRequest,
  ctx: EmulatorContext,
  list: ListRow,
  columns: ColumnDef[],
): ItemQuery {
  refuseUnsupportedOptions(req);
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
  enforceIndexRule(req, referenced);
  enforceThreshold(ctx, list, columns, { filter, orderBy });
  const token = option(req, 'skiptoken');
  return {
    filter,
    orderBy,
    top: readTop(req, ctx.defaultPageSize),
    position: token ? decodeSkipToken(token) : undefined,
  };
}
