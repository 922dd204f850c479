import type { DomainError } from '../../domain/errors';
import type { DomainEvent } from '../../domain/events/domain-event';
import type { Change } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { Actor } from '../../domain/records/actor';
import type { StaffMember } from '../../domain/records/staff';
import type { Result } from '../../domain/result';
import type { KnownRecords } from '../notifications';
import type { Services } from '../services';

/**
 * One command per transition, whichever edge asks (the tab's API, a card action, the
 * scheduler). A command names what it does once — its `name` is the Audit log's action for
 * both edges — and says how to load its records, who may see them, and what the domain decides.
 * `runCommand` does the rest, in the same order every time.
 */
export interface RecordCommand<A, I> {
  /** e.g. 'action.approveClosure': the Audit log's action, from every edge. */
  readonly name: string;
  /** The record's reference in the Audit log, e.g. `action:ACT-1`. */
  ref(id: string): string;
  /** The records the command acts on, each with its version; null when there is none. */
  load(services: Services, id: string): Promise<A | null>;
  /** Read access: someone who may not see the record is refused before anything else. */
  visible(actor: Actor, loaded: A): boolean;
  /** The version the caller must hold (the edge's `version`), when it names one. */
  version(loaded: A): string;
  /** The domain transition and its follow-on steps: what to write and what it raises. */
  decide(context: DecideContext<A, I>): Promise<Result<Decision>>;
  /** The records as they stand after the write, from what the store returned. */
  afterSave(loaded: A, saved: SavedRecords, detail: unknown): A;
  /** The records the published events are about (passed on, so nothing is read again). */
  known(after: A): KnownRecords;
}

export interface DecideContext<A, I> {
  readonly services: Services;
  readonly actor: Actor;
  readonly staff: StaffMember;
  readonly loaded: A;
  readonly input: I;
  /** ISO timestamp from the services' clock. */
  readonly now: string;
}

/** What a command writes (besides its Audit log entry, which the runner adds) and raises. */
export interface Decision {
  /**
   * Idempotent creates written before the rest (an allocation's audits before the cycle moves
   * on), so a failure part-way leaves the main record as it was and a retry completes the work.
   */
  readonly first?: readonly Change[];
  readonly changes: readonly Change[];
  /** The record the Audit log entry is about, when the command made it (a new entry's id). */
  readonly ref?: string;
  readonly events: readonly DomainEvent[];
  /** Names of the fields changed, for the Audit log (never their values). */
  readonly changedFields: readonly string[];
  /** What else the command worked out and answers with (an allocation's draw). */
  readonly detail?: unknown;
}

/** Who asks, with the version they last read (null: apply to the record as it stands now). */
export interface CommandRequest<I> {
  /** Entra object id: the actor is resolved from the Staff list at the time of the command. */
  readonly oid: string;
  readonly id: string;
  readonly version: string | null;
  readonly input: I;
}

/** A refusal; a version conflict carries the version now stored. */
export interface CommandError extends DomainError {
  readonly currentVersion?: string | null;
}

export type CommandResult<A> =
  | { readonly ok: true; readonly value: A; readonly events: readonly DomainEvent[] }
  | { readonly ok: false; readonly error: CommandError; readonly current: A | null };

/** Saved records by `${kind}:${key}`, as the store returned them. */
export type SavedRecords = ReadonlyMap<string, Versioned<unknown>>;
