import type { DomainEvent } from '../../domain/events/domain-event';
import type { Change } from '../../domain/ports/store';
import type { Action } from '../../domain/records/action';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import type { Transition } from '../../domain/lifecycle/transition';
import { changedFields } from '../audit-log/changed-fields';
import { closingTheLoop } from '../audits/closing-the-loop';
import type { DecideContext, RecordCommand } from '../commands/command';
import {
  actionRecordsAfter,
  actionRef,
  canViewAction,
  knownFromAction,
  loadActionRecords,
  partiesOfAction,
  type ActionRecords,
} from './action-records';

export type ActionContext<I> = DecideContext<ActionRecords, I>;

export interface ActionStep<I> {
  readonly name: string;
  /** The domain transition: it authorises (with the audit's parties), checks state and input. */
  readonly transition: (context: ActionContext<I>) => Result<Transition<Action>>;
  /** Whether a finished action may close its audit (closure approved, not completed). */
  readonly mayCloseAudit?: boolean;
}

/**
 * An action command. Once an action's loop is closed, its audit moves on in the same write: to
 * Closed when none of its actions is still open (one indexed query, AuditId).
 */
export const actionCommand = <I>(step: ActionStep<I>): RecordCommand<ActionRecords, I> => ({
  name: step.name,
  ref: actionRef,
  load: loadActionRecords,
  visible: canViewAction,
  version: (records) => records.action.version,
  afterSave: actionRecordsAfter,
  known: knownFromAction,
  decide: async (context) => {
    const result = step.transition(context);
    if (!result.ok) return result;
    const { next, events } = result.value;
    const { loaded } = context;
    const closure =
      step.mayCloseAudit === true && loaded.audit !== null
        ? await closingTheLoop(context.services, loaded.audit, next, context.now)
        : { changes: [] as Change[], events: [] as DomainEvent[] };
    return ok({
      changes: [
        { kind: 'actions', op: 'update', record: next, expectedVersion: loaded.action.version },
        ...closure.changes,
      ],
      events: [...events, ...closure.events],
      changedFields: [
        ...changedFields(loaded.action.record, next),
        ...(closure.changes.length > 0 ? ['audit.state'] : []),
      ],
    });
  },
});

export { partiesOfAction };
