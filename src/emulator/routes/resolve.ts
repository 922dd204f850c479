import type { EmulatorContext, SiteInfo } from '../context.js';
import { columnsOf } from '../db/column-store.js';
import { getItem, type ItemRow } from '../db/item-store.js';
import { findList, type ListRow } from '../db/list-store.js';
import type { EmuRequest } from '../http/exchange.js';
import { GraphError, notFound } from '../http/graph-error.js';
import type { ColumnDef } from '../model/columns.js';
import { itemETag } from '../model/serialize.js';

/**
 * The one site, addressed any way Graph documents (https://learn.microsoft.com/en-us/graph/api/site-get?view=graph-rest-1.0,
 * https://learn.microsoft.com/en-us/graph/api/resources/site?view=graph-rest-1.0): `root`, its
 * id `{hostname},{spsite-id},{spweb-id}`, `{hostname},{spsite-id}` (the site collection's root
 * web, which this site is), `{hostname}:/sites/{path}`, or the host name alone (the tenant's root
 * site, stood in for by the one site). GUIDs compare without regard to case or braces.
 */
export function resolveSite(ctx: EmulatorContext, ref: string): SiteInfo {
  const site = ctx.site;
  const norm = (text: string) => text.toLowerCase().replace(/[{}]/g, '').replace(/\/$/, '');
  const given = norm(ref);
  const [hostname, siteCollection, web] = norm(site.id).split(',');
  const accepted = [
    'root',
    hostname,
    `${hostname},${siteCollection}`,
    `${hostname},${siteCollection},${web}`,
    `${hostname}:/sites/${site.name.toLowerCase()}`,
  ];
  if (accepted.includes(given)) return site;
  throw notFound('Requested site could not be found');
}

export interface ListContext {
  list: ListRow;
  columns: ColumnDef[];
}

export function resolveList(ctx: EmulatorContext, params: Record<string, string>): ListContext {
  resolveSite(ctx, params.site);
  const list = findList(ctx.db, params.list);
  if (!list) throw notFound(`List '${params.list}' was not found.`);
  return { list, columns: columnsOf(ctx.db, list.id) };
}

export function resolveItem(ctx: EmulatorContext, list: ListRow, idText: string): ItemRow {
  const row = /^\d+$/.test(idText) ? getItem(ctx.db, list.id, Number(idText)) : undefined;
  if (!row) throw notFound();
  return row;
}

/**
 * If-Match on an item write: `*` matches anything; otherwise the eTag must be the current one,
 * else 412 `resourceModified` (https://learn.microsoft.com/en-us/graph/errors).
 */
export function checkIfMatch(req: EmuRequest, row: ItemRow): void {
  const header = req.headers['if-match'];
  if (header === undefined) return;
  const given = header.trim().replace(/^W\//, '');
  if (given === '*') return;
  const unquote = (s: string) => s.replace(/^"|"$/g, '');
  if (unquote(given) !== unquote(itemETag(row)))
    throw new GraphError(
      412,
      'resourceModified',
      'The item has changed since its eTag was read (If-Match does not match).',
    );
}
