import type { DomainEvent } from '../../domain/events/domain-event';
import type { RecordKind, RecordTypes } from '../../domain/ports/store';
import type { Versioned } from '../../domain/ports/versioned';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import type { DecideContext, RecordCommand } from './command';

/** A record a command made: null until it is saved. */
export interface Created<T> {
  readonly created: Versioned<T> | null;
}

export interface Creation<K extends RecordKind> {
  readonly record: RecordTypes[K];
  /** The Audit log's reference to the new record, e.g. `feedback:FB-1`. */
  readonly ref: string;
  readonly events?: readonly DomainEvent[];
}

/**
 * A command that makes a new record (a cycle, a register entry): nothing to load, the id made
 * on the server, the record and its Audit log entry written in one `$batch`.
 */
export const creationCommand = <K extends RecordKind, I>(
  name: string,
  kind: K,
  build: (
    context: DecideContext<Created<RecordTypes[K]>, I>,
  ) => Promise<Result<Creation<K>>> | Result<Creation<K>>,
): RecordCommand<Created<RecordTypes[K]>, I> => ({
  name,
  ref: () => kind,
  load: () => Promise.resolve({ created: null }),
  visible: () => true,
  version: () => 'new',
  afterSave: (_loaded, saved) => ({
    created: ([...saved.values()][0] ?? null) as Versioned<RecordTypes[K]> | null,
  }),
  known: () => ({}),
  decide: async (context) => {
    const built = await build(context);
    if (!built.ok) return built;
    const { record, ref, events = [] } = built.value;
    return ok({
      changes: [{ kind, op: 'create', record } as never],
      events,
      ref,
      changedFields: Object.keys(record).sort(),
    });
  },
});
