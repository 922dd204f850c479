import type { EmulatorContext } from './context.js';
import type { Counters } from './counters.js';
import { columnsOf } from './db/column-store.js';
import { createItem } from './db/item-writes.js';
import { findList } from './db/list-store.js';
import type { FaultInjector } from './faults.js';
import { isRecord, json, noContent, type EmuRequest, type EmuResponse } from './http/exchange.js';
import { GraphError, invalidRequest, notFound } from './http/graph-error.js';
import type { FaultSettings } from './types.js';

export interface ControlDeps {
  ctx: EmulatorContext;
  faults: FaultInjector;
  counters: Counters;
  url: () => string;
}

const FAULT_KEYS = [
  'throttleRate',
  'unavailableRate',
  'retryAfterSeconds',
  'latencyMs',
  'seed',
] as const;

export function readFaultSettings(body: unknown): FaultSettings {
  if (!isRecord(body)) throw invalidRequest('Fault settings must be a JSON object.');
  const settings: FaultSettings = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(FAULT_KEYS as readonly string[]).includes(key))
      throw invalidRequest(`Unknown fault setting '${key}'.`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw invalidRequest(`Fault setting '${key}' must be a number of at least 0.`);
    settings[key as (typeof FAULT_KEYS)[number]] = value;
  }
  return settings;
}

/**
 * Seeds many items in one transaction through the same validation as POST …/items; all or none.
 * For demo data and large-list tests.
 */
function seed(ctx: EmulatorContext, body: unknown): EmuResponse {
  if (!isRecord(body) || typeof body.list !== 'string' || !Array.isArray(body.items))
    throw invalidRequest('Seeding needs { list: id or title, items: [fields, …] }.');
  const list = findList(ctx.db, body.list);
  if (!list) throw notFound(`List '${body.list}' was not found.`);
  const columns = columnsOf(ctx.db, list.id);
  const items: unknown[] = body.items;
  const ids = ctx.db.transaction(() =>
    items.map((fields, index) => {
      try {
        return createItem(ctx.db, list, columns, fields).id;
      } catch (error) {
        if (error instanceof GraphError)
          throw new GraphError(error.status, error.code, `Item ${index}: ${error.message}`);
        throw error;
      }
    }),
  )();
  return json(201, {
    created: ids.length,
    firstId: ids[0] ?? null,
    lastId: ids[ids.length - 1] ?? null,
  });
}

/** `/_emulator/…`: never throttled, never counted; like Graph requests, they need the bearer secret. */
export function handleControl(req: EmuRequest, deps: ControlDeps): EmuResponse {
  const route = `${req.method} ${req.path.replace(/\/$/, '')}`;
  switch (route) {
    case 'GET /_emulator/health':
      return json(200, { status: 'ok', siteId: deps.ctx.site.id, url: deps.url() });
    case 'GET /_emulator/faults':
      return json(200, deps.faults.current());
    case 'PUT /_emulator/faults':
    case 'POST /_emulator/faults':
      deps.faults.set(readFaultSettings(req.body));
      return json(200, deps.faults.current());
    case 'DELETE /_emulator/faults':
      deps.faults.clear();
      return noContent();
    case 'GET /_emulator/counters':
      return json(200, deps.counters.snapshot());
    case 'GET /_emulator/resource-units':
      return json(200, deps.counters.resourceUnits());
    case 'DELETE /_emulator/counters':
    case 'POST /_emulator/counters/reset':
      deps.counters.reset();
      return noContent();
    case 'POST /_emulator/seed':
      return seed(deps.ctx, req.body);
    default:
      throw new GraphError(404, 'itemNotFound', `No emulator control endpoint '${route}'.`);
  }
}
