import { readAction, readModeration } from '../../app/queries/read-record';
import { isModerationParty } from '../../domain/access/moderation-access';
import { closureModel, closureRecipients } from '../models/closure-model';
import { moderationModel } from '../models/moderation-model';
import { cardResult, refusal, type CardAction } from './result';

/**
 * Universal Actions refreshes: Teams asks for the card again as a listed person views it. Each
 * resolves the viewer from the Staff list as it is now and reads the record through the same
 * query as the tab (authorised and logged), so someone who has lost access sees no detail.
 */

/** Who may not read a record is told so; a record gone is not found. */
const readRefusal = (reason: string) =>
  refusal(reason === 'forbidden' ? { reason: 'forbidden' } : { reason: 'not-found' });

/**
 * The closure card; the action and its evidence only for its recipients (the heads of the
 * action's service), while the decision is open.
 */
export const refreshClosure =
  (invoke: { readonly actionId: string }): CardAction =>
  async ({ services, oid, models }) => {
    const member = await services.directory.member(oid);
    if (member === null) return refusal({ reason: 'forbidden' });
    const read = await readAction(services, { oid, actor: member.actor }, invoke.actionId);
    if (!read.ok) return readRefusal(read.error.reason);
    const { action } = read.value;
    // The detail is for the card's recipients only, not everyone who may read the action.
    const withDetail = closureRecipients(models, action.record).includes(member.actor.id);
    return cardResult('current', closureModel(models, action, { withDetail }));
  };

/**
 * The disagreement card, for someone who may see the moderation; the moderator's reasons only
 * for its auditor or moderator, while the disagreement is open.
 */
export const refreshModeration =
  (invoke: { readonly auditId: string; readonly moderationId: string }): CardAction =>
  async ({ services, oid, models }) => {
    const member = await services.directory.member(oid);
    if (member === null) return refusal({ reason: 'forbidden' });
    const read = await readModeration(services, { oid, actor: member.actor }, invoke.auditId);
    if (!read.ok) return readRefusal(read.error.reason);
    const { audit, moderation } = read.value;
    if (moderation?.record.id !== invoke.moderationId) return refusal({ reason: 'not-found' });
    const withDetail = isModerationParty(member.actor, audit.record);
    return cardResult(
      'current',
      await moderationModel(models, audit.record, moderation, { withDetail }),
    );
  };
