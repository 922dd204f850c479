import {
  StoreError,
  type Change,
  type RecordKind,
  type RecordTypes,
  type Versioned,
} from '../../domain/ports';
import { runBatch, type BatchStep } from '../graph/batch';
import type { ListMapping } from './mapping';
import { MAPPINGS } from './mappings';
import type { Lookups, SiteLists } from './site-lists';
import { createCall, createdRecord, lookupFields, updateCall, updatedRecord } from './writes';

type AnyVersioned = Versioned<RecordTypes[RecordKind]>;

/** Some changes of a saveAll failed: `outcomes` says, change by change, what happened. */
export class SaveAllError extends StoreError {
  constructor(
    first: StoreError,
    readonly outcomes: readonly (AnyVersioned | StoreError)[],
  ) {
    super(first.reason, first.message, first.currentVersion, first.retryAfterMs);
  }
}

interface Planned {
  readonly change: Change;
  readonly ref: string;
  /** Records (kind:key) it writes to or refers to through a lookup. */
  readonly touches: readonly string[];
  round: number;
}

const keyOf = (change: Change) =>
  (MAPPINGS[change.kind] as ListMapping<RecordKind>).key(change.record);

function plan(changes: readonly Change[]): Planned[] {
  const planned: Planned[] = [];
  for (const change of changes) {
    const mapping = MAPPINGS[change.kind] as ListMapping<RecordKind>;
    const ref = `${change.kind}:${keyOf(change)}`;
    const targets = (mapping.lookups ?? []).map((l) => `${l.target}:${l.key(change.record) ?? ''}`);
    // A write that needs the item id of a record created earlier in this call waits a round.
    const round = planned
      .filter((p) => p.change.op === 'create' && [ref, ...targets].includes(p.ref))
      .reduce((r, p) => Math.max(r, p.round + 1), 1);
    planned.push({ change, ref, touches: [ref, ...targets], round });
  }
  return planned;
}

/**
 * Related writes in `$batch` round trips (20 a batch). A write depends on earlier writes, in this
 * call, to the same record or to a record it refers to: if an audit's update conflicts, its new
 * actions are not created. Creates are idempotent through the unique RecordId column.
 */
export async function saveAll(
  lists: SiteLists,
  changes: readonly Change[],
): Promise<AnyVersioned[]> {
  const planned = plan(changes);
  const outcomes: (AnyVersioned | StoreError)[] = [];
  const rounds = Math.max(0, ...planned.map((p) => p.round));
  for (let round = 1; round <= rounds; round++) {
    const indexes = planned.flatMap((p, i) => (p.round === round ? [i] : []));
    const memo: Lookups = new Map();
    const steps = await Promise.all(indexes.map((i) => stepFor(lists, planned, i, memo)));
    const responses = await runBatch(
      lists.graph,
      steps.filter((s) => s !== undefined),
    );
    for (const [n, i] of indexes.entries()) {
      const step = steps[n];
      const response = step && responses.get(step.id);
      outcomes[i] =
        step && response
          ? await settle(lists, planned[i].change, step.itemId, response).catch(asStoreError)
          : new StoreError('not-found', `${planned[i].ref} does not exist.`);
    }
  }
  const failed = outcomes.find((o): o is StoreError => o instanceof StoreError);
  if (failed) throw new SaveAllError(failed, outcomes);
  return outcomes as AnyVersioned[];
}

async function stepFor(
  lists: SiteLists,
  planned: readonly Planned[],
  i: number,
  memo: Lookups,
): Promise<(BatchStep & { itemId: string }) | undefined> {
  const { change, touches } = planned[i];
  const dependsOn = planned
    .slice(0, i)
    .flatMap((p, j) =>
      p.round === planned[i].round && touches.includes(p.ref) ? [String(j)] : [],
    );
  const record = change.record;
  if (change.op === 'create') {
    const lookups = await lookupFields(lists, change.kind, record, true, memo);
    const call = await createCall(lists, change.kind, record, lookups);
    return { id: String(i), call, dependsOn, itemId: '' };
  }
  const itemId = await lists.itemIdOf(change.kind, keyOf(change), memo);
  if (itemId === undefined) return undefined;
  const lookups = await lookupFields(lists, change.kind, record, false);
  const call = await updateCall(
    lists,
    change.kind,
    itemId,
    record,
    change.expectedVersion,
    lookups,
  );
  return { id: String(i), call, dependsOn, itemId };
}

function settle(
  lists: SiteLists,
  change: Change,
  itemId: string,
  response: Parameters<typeof createdRecord>[3],
): Promise<AnyVersioned> {
  const record = change.record;
  if (response.status === 424)
    return Promise.reject(
      new StoreError(
        'conflict',
        `${change.kind} ${keyOf(change)} was not written: a write it depends on failed.`,
      ),
    );
  return change.op === 'create'
    ? createdRecord(lists, change.kind, record, response)
    : updatedRecord(lists, change.kind, itemId, record, response);
}

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  throw error;
}
