import { parseCardInvoke, VERBS, type CardInvoke, type CardProblem } from '../../cards';
import { StoreError } from '../../domain/ports';
import type { Services } from '../../app/services';
import { RecordReader } from '../models/record-reader';
import { acknowledgeInadequate, respondToModeration } from './acknowledge';
import { approve, refresh, returnForWork } from './closure-actions';
import { complete } from './complete-action';
import type { HandlerContext } from './handler-context';
import { refusal, type CardActionResult } from './result';

function handle(context: HandlerContext, invoke: CardInvoke): Promise<CardActionResult> {
  switch (invoke.verb) {
    case VERBS.inadequateAcknowledge:
      return acknowledgeInadequate(context, invoke.auditId);
    case VERBS.moderationAcknowledge:
      return respondToModeration(context, invoke.moderationId, null);
    case VERBS.moderationArrange:
      return respondToModeration(context, invoke.moderationId, invoke.proposedDate);
    case VERBS.actionComplete:
      return complete(context, invoke.actionId, invoke.evidence);
    case VERBS.closureApprove:
      return approve(context, invoke.actionId);
    case VERBS.closureReturn:
      return returnForWork(context, invoke.actionId, invoke.reason);
    case VERBS.closureRefresh:
      return refresh(context, invoke.actionId);
  }
}

const FIELDS = ['evidence', 'reason', 'proposedDate'] as const;

const problemOf = (problem: string): CardProblem => {
  const field = FIELDS.find((f) => problem === `invalid ${f}`);
  return field === undefined ? { reason: 'not-found' } : { reason: 'invalid', field };
};

/**
 * One `Action.Execute`, from Teams or the local Activity feed: the actor comes from the Staff
 * list by Entra object id (never from the card), the record is read again, the domain decides.
 * A save that meets a concurrent change is tried once more against the fresh record.
 */
export async function runCardAction(
  services: Services,
  actorOid: string,
  verb: unknown,
  data: unknown,
): Promise<CardActionResult> {
  const parsed = parseCardInvoke(verb, data);
  if (!parsed.ok) return refusal(problemOf(parsed.problem));
  const staff = services.directory.staffByObjectId(actorOid);
  if (staff === undefined || !staff.active) {
    services.auditLog.note({
      actorOid,
      action: parsed.invoke.verb,
      record: 'card',
      outcome: 'denied',
    });
    return refusal({ reason: 'forbidden' });
  }
  const actor = {
    id: staff.id,
    role: staff.role,
    teamId: staff.teamId,
    serviceAreaId: staff.serviceAreaId,
  };
  for (let attempt = 1; ; attempt++) {
    const models = {
      directory: services.directory,
      reader: new RecordReader(services.store),
      tabUrl: services.tabUrl,
    };
    const context = { services, actor, oid: actorOid, models, now: services.clock.now() };
    try {
      return await handle(context, parsed.invoke);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      if (error.reason === 'conflict' && attempt < 3) continue;
      services.logger.warn('card action not saved', {
        verb: parsed.invoke.verb,
        reason: error.reason,
      });
      return refusal(
        error.reason === 'conflict' ? { reason: 'changed' } : { reason: 'unavailable' },
      );
    }
  }
}
