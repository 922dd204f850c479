/** Starts a real emulator, provisions the site from manifest/, and opens a store on it. */
import { startEmulator, type RunningEmulator } from '../../src/emulator/index';
import type { RetryPolicy } from '../../src/sharepoint/graph/retry';
import { provisionSite } from '../../src/sharepoint/provision/provision';
import { siteSchema } from '../../src/sharepoint/schema/load';
import { openLocalStore, type GraphStore } from '../../src/sharepoint/store';

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly store: GraphStore;
  /** Another store on the same site: a second server process, or a fresh cache. */
  openStore(options?: { retry?: Partial<RetryPolicy>; pageSize?: number }): Promise<GraphStore>;
  close(): Promise<void>;
}

/** Tests must not wait for real: Retry-After is honoured through this sleep. */
export const instantRetry: Partial<RetryPolicy> = { sleep: () => Promise.resolve() };

export async function startHarness(retry: Partial<RetryPolicy> = instantRetry): Promise<Harness> {
  const emulator = await startEmulator();
  const openStore = (options: { retry?: Partial<RetryPolicy>; pageSize?: number } = {}) =>
    openLocalStore(emulator, { retry, ...options });
  const store = await openStore();
  await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
  return { emulator, store, openStore, close: () => emulator.close() };
}

/** Seeds list items straight into the emulator's database (its documented control endpoint). */
export async function seedItems(
  emulator: RunningEmulator,
  list: string,
  items: readonly Record<string, unknown>[],
): Promise<void> {
  for (let i = 0; i < items.length; i += 5000) {
    const response = await fetch(`${emulator.url}/_emulator/seed`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${emulator.secret}`,
      },
      body: JSON.stringify({ list, items: items.slice(i, i + 5000) }),
    });
    if (!response.ok) throw new Error(`Seeding ${list} failed: ${await response.text()}`);
  }
}

/** Edits an item's fields as a QA lead would in SharePoint, bypassing the app's mapping. */
export async function handEdit(
  emulator: RunningEmulator,
  store: GraphStore,
  listTitle: string,
  itemId: string,
  fields: Record<string, unknown>,
): Promise<void> {
  const url = `${emulator.url}/v1.0/sites/${store.siteId}/lists/${encodeURIComponent(listTitle)}/items/${itemId}/fields`;
  const response = await fetch(url, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${emulator.secret}` },
    body: JSON.stringify(fields),
  });
  if (!response.ok) throw new Error(`Hand edit failed: ${await response.text()}`);
}

/** Items as Graph returns them, read straight from the emulator (not through the store). */
export async function rawItems(
  emulator: RunningEmulator,
  store: GraphStore,
  listTitle: string,
  filter: string,
): Promise<{ id: string; fields: Record<string, unknown> }[]> {
  const url = `${emulator.url}/v1.0/sites/${store.siteId}/lists/${encodeURIComponent(listTitle)}/items?$expand=fields&$top=5000&$filter=${encodeURIComponent(filter)}`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${emulator.secret}` },
  });
  if (!response.ok) throw new Error(`Reading ${listTitle} failed: ${await response.text()}`);
  return ((await response.json()) as { value: { id: string; fields: Record<string, unknown> }[] })
    .value;
}
