import type { DomainError } from '../../domain/errors';
import { approveClosure, returnClosure } from '../../domain/lifecycle';
import { canView } from '../../domain/access';
import type { Versioned } from '../../domain/ports';
import type { Action } from '../../domain/records';
import type { Result } from '../../domain/result';
import type { Transition } from '../../domain/lifecycle';
import { changedFields } from '../../app/audit-log/changed-fields';
import { closureModel } from '../models/closure-model';
import { actionLink } from '../models/model-context';
import { noteDenied, saveAndPublish, type HandlerContext } from './handler-context';
import { cardResult, refusal, type CardActionResult } from './result';

/** The closure card as it stands; a closure no longer awaiting a decision, if there is none. */
async function currentClosureCard(
  context: HandlerContext,
  found: Versioned<Action>,
): Promise<CardActionResult> {
  const model = await closureModel(context.models, found);
  if (model.decision === null && found.record.state !== 'Verified') {
    return refusal({ reason: 'changed' }, actionLink(context.models, found.record.id));
  }
  return cardResult('current', model);
}

async function decide(
  context: HandlerContext,
  actionId: string,
  verb: 'closure.approve' | 'closure.return',
  transition: (action: Action) => Result<Transition<Action>>,
): Promise<CardActionResult> {
  const found = await context.models.reader.action(actionId);
  if (found === null) return refusal({ reason: 'not-found' });
  const record = `action:${actionId}`;
  const result = transition(found.record);
  if (!result.ok) return refused(context, found, result.error, verb, record);
  const { next, events } = result.value;
  const saved = await saveAndPublish<Action>(
    context,
    { kind: 'actions', op: 'update', record: next, expectedVersion: found.version },
    { action: verb, record, changedFields: changedFields(found.record, next) },
    events,
  );
  return cardResult('applied', await closureModel(context.models, saved));
}

function refused(
  context: HandlerContext,
  found: Versioned<Action>,
  error: DomainError,
  verb: string,
  record: string,
): Promise<CardActionResult> | CardActionResult {
  const link = actionLink(context.models, found.record.id);
  switch (error.reason) {
    case 'forbidden':
      noteDenied(context, verb, record);
      return refusal({ reason: 'forbidden' }, link);
    case 'invalid-state':
      return currentClosureCard(context, found);
    case 'invalid':
      return refusal({ reason: 'invalid', field: 'reason' }, link);
    case 'not-found':
      return refusal({ reason: 'not-found' });
    case 'conflict':
      return refusal({ reason: 'changed' }, link);
  }
}

export const approve = (context: HandlerContext, actionId: string) =>
  decide(context, actionId, 'closure.approve', (action) =>
    approveClosure(action, context.actor, { now: context.now.toISOString() }),
  );

export const returnForWork = (context: HandlerContext, actionId: string, reason: string) =>
  decide(context, actionId, 'closure.return', (action) =>
    returnClosure(action, context.actor, { now: context.now.toISOString(), reason }),
  );

/** Whoever views the card sees it as it stands: who decided, and when. */
export async function refresh(context: HandlerContext, actionId: string) {
  const found = await context.models.reader.action(actionId);
  if (found === null) return refusal({ reason: 'not-found' });
  if (!canView(context.actor, found.record)) {
    noteDenied(context, 'closure.refresh', `action:${actionId}`);
    return refusal({ reason: 'forbidden' });
  }
  return cardResult('current', await closureModel(context.models, found));
}
