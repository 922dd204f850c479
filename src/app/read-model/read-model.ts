import type {
  ListMirror,
  MirrorRefresh,
  MirrorSet,
  RecordKind,
  RecordTypes,
  Store,
  Versioned,
} from '../../domain/ports';

/** The lists every view and job reads: the framework's records and the app's references. */
export const MIRRORED_KINDS = [
  'serviceAreas',
  'teams',
  'staff',
  'cases',
  'cycles',
  'audits',
  'moderations',
  'actions',
  'feedback',
  'observations',
  'schedule',
  'conversationReferences',
  'reminders',
] as const satisfies readonly RecordKind[];
export type MirroredKind = (typeof MIRRORED_KINDS)[number];

export interface ReadModelOptions {
  /** How stale a view may be: this old, a request catches up first (default 2 s; 0: always). */
  readonly maxAgeMs?: number;
  /** Milliseconds since the epoch (the services' clock). */
  readonly now?: () => number;
}

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
  private syncing: Promise<void> | null = null;
  private readonly generations = new Map<MirroredKind, number>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(store: Store, options: ReadModelOptions = {}) {
    this.set = store.mirrors(MIRRORED_KINDS);
    this.maxAgeMs = options.maxAgeMs ?? 2_000;
    this.now = options.now ?? Date.now;
  }

  /** Catches up with every list now (one at a time: concurrent callers share one round trip). */
  refresh(): Promise<void> {
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  /** Catches up only when the copy is older than `maxAgeMs` (by default the model's own). */
  async fresh(maxAgeMs = this.maxAgeMs): Promise<this> {
    if (this.now() - this.syncedAt >= maxAgeMs) await this.refresh();
    else if (this.syncing !== null) await this.syncing;
    return this;
  }

  records<K extends MirroredKind>(kind: K): Versioned<RecordTypes[K]>[] {
    return this.mirror(kind).records();
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

  private async sync(): Promise<void> {
    const startedAt = this.now();
    const results = await this.set.refresh();
    const moved = (r: MirrorRefresh) => r.changed + r.removed > 0 || r.resynced;
    results.forEach((result, i) => {
      const kind = MIRRORED_KINDS.at(i);
      if (kind !== undefined && moved(result)) this.bump(kind);
    });
    this.syncedAt = startedAt;
  }
}
