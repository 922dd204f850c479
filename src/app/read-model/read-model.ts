import type {
  ListMirror,
  MirrorRefresh,
  MirrorSet,
  RecordKind,
  RecordTypes,
  Store,
  Versioned,
} from '../../domain/ports';
import { FRAMEWORK_RECORD_KINDS } from '../../domain/ports';

/** The lists every view and job reads: the framework's records and the app's references. */
export const MIRRORED_KINDS = [
  ...FRAMEWORK_RECORD_KINDS,
  'conversationReferences',
  'reminders',
  'reaudits',
  'learningReports',
  'briefingDiscussions',
] as const satisfies readonly RecordKind[];
export type MirroredKind = (typeof MIRRORED_KINDS)[number];

/**
 * The lists people change all day: a request catches these up when they are two seconds old.
 * The rest (staff, teams, the register, cycles, registers, references) change rarely and are
 * caught up with everything, every 30 seconds and whenever the directory is a minute old.
 */
export const BUSY_KINDS = [
  'audits',
  'moderations',
  'actions',
] as const satisfies readonly MirroredKind[];

export interface ReadModelOptions {
  /** How stale a view may be: this old, a request catches up first (default 2 s; 0: always). */
  readonly maxAgeMs?: number;
  /** How stale the rarely changed lists may be (default 30 s; never less than `maxAgeMs`). */
  readonly wholeMaxAgeMs?: number;
  /** Milliseconds since the epoch (the services' clock). */
  readonly now?: () => number;
}

const NONE: readonly never[] = [];

/**
 * The read model every view, report and background job reads: a copy of the lists, built once
 * at start by paging (a handful of 5,000-item pages), then advanced by Graph delta — one round
 * trip for every list together, and only the items that changed. Nothing is kept on local disk:
 * each server instance builds its own from SharePoint, and an instance's own writes are taken in
 * at once (`accept`), so a person always sees what they have just done.
 */
export class ReadModel {
  private readonly set: MirrorSet;
  private syncedAt = Number.NEGATIVE_INFINITY;
  private busySyncedAt = Number.NEGATIVE_INFINITY;
  private syncing: Promise<void> | null = null;
  private busySyncing: Promise<void> | null = null;
  private readonly generations = new Map<MirroredKind, number>();
  private readonly all = new Map<MirroredKind, { generation: number; rows: unknown[] }>();
  private readonly indexes = new Map<
    MirroredKind,
    Map<string, Map<unknown, Versioned<unknown>[]>>
  >();
  private readonly maxAgeMs: number;
  private readonly wholeMaxAgeMs: number;
  private readonly now: () => number;

  constructor(store: Store, options: ReadModelOptions = {}) {
    this.set = store.mirrors(MIRRORED_KINDS);
    this.maxAgeMs = options.maxAgeMs ?? 2_000;
    this.wholeMaxAgeMs = options.wholeMaxAgeMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** Catches up with every list now (one at a time: concurrent callers share one round trip). */
  refresh(): Promise<void> {
    this.syncing ??= this.sync(MIRRORED_KINDS).finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /**
   * Catches up when the copy is older than `maxAgeMs` (by default the model's own): the busy
   * lists (audits, moderations, actions) on their own; everything once the whole copy is that old.
   */
  async fresh(maxAgeMs = this.maxAgeMs): Promise<this> {
    const now = this.now();
    if (now - this.syncedAt >= Math.max(maxAgeMs, this.wholeMaxAgeMs)) {
      await this.refresh();
    } else if (now - this.busySyncedAt >= maxAgeMs && this.syncing === null) {
      this.busySyncing ??= this.sync(BUSY_KINDS).finally(() => {
        this.busySyncing = null;
      });
      await this.busySyncing;
    } else {
      await (this.syncing ?? this.busySyncing);
    }
    return this;
  }

  /** Every record of the list (one array per change of the list: do not sort it in place). */
  records<K extends MirroredKind>(kind: K): readonly Versioned<RecordTypes[K]>[] {
    const generation = this.generation(kind);
    const held = this.all.get(kind);
    if (held?.generation === generation) return held.rows as Versioned<RecordTypes[K]>[];
    const rows = this.mirror(kind).records();
    this.all.set(kind, { generation, rows });
    this.indexes.delete(kind);
    return rows;
  }

  /**
   * The records whose `field` equals `value`, from an index built the first time a field is asked
   * for after the list changed: a person's home reads their own rows, not the whole list.
   */
  where<K extends MirroredKind, F extends keyof RecordTypes[K] & string>(
    kind: K,
    field: F,
    value: RecordTypes[K][F],
  ): readonly Versioned<RecordTypes[K]>[] {
    return this.by(kind, field, (record) => record[field], value);
  }

  /**
   * The records for which `keyOf` gives `value`, indexed under `name` as `where` is (one name,
   * one `keyOf`: the index is kept until the list changes).
   */
  by<K extends MirroredKind>(
    kind: K,
    name: string,
    keyOf: (record: RecordTypes[K]) => unknown,
    value: unknown,
  ): readonly Versioned<RecordTypes[K]>[] {
    const rows = this.records(kind);
    const byName = this.indexes.get(kind) ?? new Map<string, Map<unknown, Versioned<unknown>[]>>();
    this.indexes.set(kind, byName);
    let index = byName.get(name);
    if (index === undefined) {
      index = new Map();
      for (const row of rows) {
        const key = keyOf(row.record);
        const bucket = index.get(key);
        if (bucket === undefined) index.set(key, [row]);
        else bucket.push(row);
      }
      byName.set(name, index);
    }
    return (index.get(value) ?? NONE) as Versioned<RecordTypes[K]>[];
  }

  get<K extends MirroredKind>(kind: K, key: string): Versioned<RecordTypes[K]> | undefined {
    return this.mirror(kind).get(key);
  }

  /** Takes in records the app has just written, so its own writes show at once. */
  accept<K extends RecordKind>(kind: K, saved: Versioned<RecordTypes[K]>): void {
    if (!(MIRRORED_KINDS as readonly RecordKind[]).includes(kind)) return;
    this.mirror(kind as MirroredKind).accept(saved as never);
    this.bump(kind as MirroredKind);
  }

  forget(kind: RecordKind, key: string): void {
    if (!(MIRRORED_KINDS as readonly RecordKind[]).includes(kind)) return;
    this.mirror(kind as MirroredKind).forget(key);
    this.bump(kind as MirroredKind);
  }

  /** Goes up whenever the list's copy changes: a view computed from it may be kept until then. */
  generation(kind: MirroredKind): number {
    return this.generations.get(kind) ?? 0;
  }

  private mirror<K extends MirroredKind>(kind: K): ListMirror<RecordTypes[K]> {
    return this.set.mirror(kind);
  }

  private bump(kind: MirroredKind): void {
    this.generations.set(kind, this.generation(kind) + 1);
  }

  private async sync(kinds: readonly MirroredKind[]): Promise<void> {
    const startedAt = this.now();
    const results = await this.set.refresh(kinds);
    const moved = (r: MirrorRefresh) => r.changed + r.removed > 0 || r.resynced;
    results.forEach((result, i) => {
      const kind = kinds.at(i);
      if (kind !== undefined && moved(result)) this.bump(kind);
    });
    this.busySyncedAt = startedAt;
    if (kinds.length === MIRRORED_KINDS.length) this.syncedAt = startedAt;
  }
}
