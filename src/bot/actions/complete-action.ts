import type { ActionNotice } from '../../cards';
import { partiesOf } from '../../domain/access/relations';
import { completeAction } from '../../domain/lifecycle';
import type { Action } from '../../domain/records';
import { changedFields } from '../../app/audit-log/changed-fields';
import { ACTION_COMPLETE_ACTION } from '../models/closure-model';
import { actionLink } from '../models/model-context';
import { reminderModel, reminderWhen } from '../models/reminder-model';
import { noteDenied, saveAndPublish, type HandlerContext } from './handler-context';
import { cardResult, refusal, type CardActionResult } from './result';

/** The notice the card was sent with, as far as the records tell: for its wording only. */
function noticeFor(context: HandlerContext, action: Action): ActionNotice {
  if (context.actor.id !== action.ownerId && context.actor.role === 'TeamManager') {
    return {
      kind: 'escalation',
      to: 'TeamManager',
      ownerName: context.models.directory.nameOf(action.ownerId),
    };
  }
  return {
    kind: 'reminder',
    when: reminderWhen(action.dueDate, context.now.toISOString().slice(0, 10)),
  };
}

const DONE: readonly Action['state'][] = ['Completed', 'Verified', 'Closed'];

/** The owner, allocated worker or team manager marks the action complete, with evidence. */
export async function complete(
  context: HandlerContext,
  actionId: string,
  evidence: string,
): Promise<CardActionResult> {
  const { reader } = context.models;
  const found = await reader.action(actionId);
  if (found === null) return refusal({ reason: 'not-found' });
  const action = found.record;
  const audit = await reader.audit(action.auditId);
  const record = `action:${actionId}`;
  const link = actionLink(context.models, actionId);
  const result = completeAction(
    action,
    context.actor,
    { now: context.now.toISOString(), evidence },
    partiesOf(audit?.record),
  );
  if (!result.ok) {
    switch (result.error.reason) {
      case 'forbidden':
        noteDenied(context, ACTION_COMPLETE_ACTION, record);
        return refusal({ reason: 'forbidden' }, link);
      case 'invalid-state':
        return DONE.includes(action.state)
          ? cardResult(
              'current',
              await reminderModel(context.models, found, noticeFor(context, action)),
            )
          : refusal({ reason: 'changed' }, link);
      case 'invalid':
        return refusal({ reason: 'invalid', field: 'evidence' }, link);
      case 'not-found':
      case 'conflict':
        return refusal({ reason: 'changed' }, link);
    }
  }
  const { next, events } = result.value;
  const saved = await saveAndPublish<Action>(
    context,
    { kind: 'actions', op: 'update', record: next, expectedVersion: found.version },
    { action: ACTION_COMPLETE_ACTION, record, changedFields: changedFields(action, next) },
    events,
  );
  return cardResult(
    'applied',
    await reminderModel(context.models, saved, noticeFor(context, action)),
  );
}
