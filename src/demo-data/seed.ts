/**
 * Seeds demo data straight into an empty, provisioned emulator site through its control
 * endpoint (`POST /_emulator/seed`: one transaction per request, each item through the same
 * validation as a Graph create). Each record becomes the fields the store would write — the
 * lists' own mappings, lookups to the item ids just made included — so the store reads back
 * exactly what `loadDemoData` would have written, in a fraction of the time. For benchmarks and
 * a fast start at council size; `loadDemoData` remains the path through the store.
 */
import { request } from 'node:http';
import type { RecordKind, RecordTypes } from '../domain/ports';
import { FRAMEWORK_RECORD_KINDS } from '../domain/ports';
import type { ListMapping } from '../sharepoint/lists/mapping';
import { MAPPINGS } from '../sharepoint/lists/mappings';
import { siteSchema } from '../sharepoint/schema/load';
import { listFor } from '../sharepoint/schema/site-schema';
import type { DemoData } from './generate';

/** Items per seed request: the emulator takes each request in one transaction. */
export const SEED_CHUNK = 5000;

/** Where the emulator listens, and its bearer secret (a `RunningEmulator` has both). */
export interface SeedTarget {
  readonly url: string;
  readonly secret: string;
}

type Fields = Record<string, unknown>;

interface Seeded {
  readonly created: number;
  readonly firstId: string | null;
  readonly lastId: string | null;
}

/** Item ids by `kind:key`, for the lookup columns of records seeded later. */
type ItemIds = Map<string, string>;

const fieldsOf = <K extends RecordKind>(kind: K, record: RecordTypes[K], ids: ItemIds): Fields => {
  const mapping = MAPPINGS[kind] as ListMapping<K>;
  const lookups: Fields = {};
  for (const lookup of mapping.lookups ?? []) {
    const key = lookup.key(record);
    const id = key === null ? undefined : ids.get(`${lookup.target}:${key}`);
    if (id !== undefined) lookups[`${lookup.column}LookupId`] = id;
  }
  return { ...mapping.toFields(record), ...lookups };
};

/**
 * One seed request on a connection of its own (`agent: false`): the emulator takes each chunk in
 * one synchronous transaction, and in-process a pooled keep-alive socket can be closed by the
 * server's idle timer in that time, so fetch would be reset sending the next chunk on it.
 */
function seedChunk(target: SeedTarget, list: string, items: Fields[]): Promise<Seeded> {
  const body = JSON.stringify({ list, items });
  return new Promise((resolve, reject) => {
    const sent = request(
      `${target.url}/_emulator/seed`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${target.secret}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300) reject(new Error(`Seeding ${list} failed: ${text}`));
          else resolve(JSON.parse(text) as Seeded);
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

/** Every record of the data, list by list in dependency order; returns the items made. */
export async function seedDemoData(
  target: SeedTarget,
  data: DemoData,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const schema = siteSchema();
  const ids: ItemIds = new Map();
  const total = FRAMEWORK_RECORD_KINDS.reduce((sum, kind) => sum + data[kind].length, 0);
  let done = 0;
  for (const kind of FRAMEWORK_RECORD_KINDS) {
    const records: readonly RecordTypes[typeof kind][] = data[kind];
    const list = listFor(schema, kind).displayName;
    const mapping = MAPPINGS[kind] as ListMapping<typeof kind>;
    for (let start = 0; start < records.length; start += SEED_CHUNK) {
      const chunk = records.slice(start, start + SEED_CHUNK);
      const seeded = await seedChunk(
        target,
        list,
        chunk.map((r) => fieldsOf(kind, r, ids)),
      );
      const first = Number(seeded.firstId);
      if (seeded.created !== chunk.length || Number(seeded.lastId) - first + 1 !== chunk.length) {
        throw new Error(
          `Seeding ${list}: the emulator did not number the items one after another.`,
        );
      }
      chunk.forEach((r, i) => ids.set(`${kind}:${mapping.key(r)}`, String(first + i)));
      done += chunk.length;
      onProgress?.(done, total);
    }
  }
  return done;
}
