import type {
  Action,
  Audit,
  Case,
  Cycle,
  FeedbackEntry,
  LearningTheme,
  Moderation,
  Observation,
  BriefingDiscussion,
  LearningReport,
  Review,
  ScheduleActivity,
  ServiceArea,
  StaffMember,
  Team,
  ThemeDecision,
} from '../records';
import type {
  AuditLogEntry,
  ConversationReference,
  JobLease,
  DrawPart,
  OutboxRow,
  ReminderRecord,
} from './infrastructure-records';
import type { RegisterImport, SavedMapping } from '../register/register-import';
import type { Reaudit } from '../reaudits/reaudit';
import type { StoreError } from './store-error';
import type { Versioned } from './versioned';

/** Every record type the store keeps, by the name of its list. */
export interface RecordTypes {
  serviceAreas: ServiceArea;
  teams: Team;
  staff: StaffMember;
  cases: Case;
  cycles: Cycle;
  audits: Audit;
  moderations: Moderation;
  actions: Action;
  feedback: FeedbackEntry;
  observations: Observation;
  schedule: ScheduleActivity;
  reviews: Review;
  learningReports: LearningReport;
  briefingDiscussions: BriefingDiscussion;
  learningThemes: LearningTheme;
  themeDecisions: ThemeDecision;
  auditLog: AuditLogEntry;
  outbox: OutboxRow;
  conversationReferences: ConversationReference;
  reminders: ReminderRecord;
  leases: JobLease;
  registerImports: RegisterImport;
  registerMappings: SavedMapping;
  drawParts: DrawPart;
  reaudits: Reaudit;
}
export type RecordKind = keyof RecordTypes;

/** The framework's own records: the lists a QA lead may also edit by hand in SharePoint. */
export const FRAMEWORK_RECORD_KINDS = [
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
  'reviews',
  'learningThemes',
  'themeDecisions',
] as const satisfies readonly RecordKind[];

/** Every list the store keeps: the framework's records, then the app's own. */
export const RECORD_KINDS = [
  ...FRAMEWORK_RECORD_KINDS,
  'auditLog',
  'outbox',
  'conversationReferences',
  'reminders',
  'leases',
  'registerImports',
  'registerMappings',
  'drawParts',
  'reaudits',
  'learningReports',
  'briefingDiscussions',
] as const satisfies readonly RecordKind[];

/** Equality filters on indexed fields only (a large list cannot be queried on anything else). */
export type Where<T> = {
  readonly [K in keyof T]?: T[K] extends string | number | boolean | null ? T[K] : never;
};

export interface Query<T> {
  readonly where?: Where<T>;
  /** Only records whose (indexed, ISO date) field is on or before this value. */
  readonly onOrBefore?: { readonly field: keyof T & string; readonly value: string };
}

/** A repository of one record type; the key is the record's `id` (or `caseNumber` for cases). */
export interface Repository<T> {
  get(key: string): Promise<Versioned<T> | null>;
  list(query?: Query<T>): Promise<Versioned<T>[]>;
  create(record: T): Promise<Versioned<T>>;
  /** Fails with StoreError 'conflict' when the stored version is not `expectedVersion`. */
  update(record: T, expectedVersion: string): Promise<Versioned<T>>;
  delete(key: string, expectedVersion: string): Promise<void>;
}

export type Change = {
  [K in RecordKind]:
    | { readonly kind: K; readonly op: 'create'; readonly record: RecordTypes[K] }
    | {
        readonly kind: K;
        readonly op: 'update';
        readonly record: RecordTypes[K];
        readonly expectedVersion: string;
      };
}[RecordKind];

/** The key of a record: its `id`, or the case number for cases. */
export const recordKey = <K extends RecordKind>(kind: K, record: RecordTypes[K]): string =>
  kind === 'cases' ? (record as Case).caseNumber : (record as { id: string }).id;

export const keyOfChange = (change: Change): string => recordKey(change.kind, change.record);

/**
 * What a record belongs to. Creates are idempotent by key (a retried create finds the first),
 * but only when the record found belongs to the same parent: an action of another audit, found
 * under the same key, is a clash to refuse loudly, never an answer to return.
 */
export const parentOf = <K extends RecordKind>(kind: K, record: RecordTypes[K]): string => {
  const r = record as unknown as Partial<Record<string, unknown>>;
  switch (kind) {
    case 'actions':
    case 'moderations':
      return `audit:${String(r['auditId'])}`;
    case 'audits':
      return `cycle:${String(r['cycleId'])}|case:${String(r['caseNumber'])}`;
    case 'auditLog':
      return `${String(r['action'])}|${String(r['record'])}`;
    case 'outbox':
      return String(r['dedupeKey']);
    case 'drawParts':
      return `cycle:${String(r['cycleId'])}`;
    case 'conversationReferences':
      return `${String(r['scope'])}:${String(r['key'])}`;
    default:
      return recordKey(kind, record);
  }
};

export interface MirrorRefresh {
  /** Items created or changed since the last refresh. */
  readonly changed: number;
  readonly removed: number;
  /** True when the whole list was read again (first refresh, or the change token expired). */
  readonly resynced: boolean;
}

/** A copy of one list kept current from the store's change feed (Graph item delta). */
export interface ListMirror<T> {
  refresh(): Promise<MirrorRefresh>;
  records(): Versioned<T>[];
  get(key: string): Versioned<T> | undefined;
  /** Takes in a record the app has just written (the newer version wins). */
  accept(saved: Versioned<T>): void;
  forget(key: string): void;
}

/** Mirrors of several lists, caught up together: one round trip once they are built. */
export interface MirrorSet {
  mirror<K extends RecordKind>(kind: K): ListMirror<RecordTypes[K]>;
  /** Catches up the mirrors of these lists (all, by default), answering in the same order. */
  refresh(kinds?: readonly RecordKind[]): Promise<MirrorRefresh[]>;
}

/** The whole store: one repository per list, and related writes in one round trip. */
export interface Store {
  repo<K extends RecordKind>(kind: K): Repository<RecordTypes[K]>;
  /** Mirrors of these lists, each read once and then advanced by its changes only. */
  mirrors(kinds: readonly RecordKind[]): MirrorSet;
  /**
   * Writes related changes together (one Graph `$batch` of at most 20 per round trip). Updates are
   * checked against their expected versions; results are in the order of `changes`.
   */
  saveAll(changes: readonly Change[]): Promise<Versioned<RecordTypes[RecordKind]>[]>;
  /**
   * Writes independent changes in as few round trips as `saveAll`, answering each on its own:
   * the saved record, or why that one change was not written.
   */
  saveEach(
    changes: readonly Change[],
  ): Promise<(Versioned<RecordTypes[RecordKind]> | StoreError)[]>;
}
