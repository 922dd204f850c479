import { relationsTo } from '../../domain/access';
import type { AuditLogEntry } from '../../domain/ports';
import {
  ACK_ACTIONS,
  ackEntry,
  inadequateAckId,
  moderationAckId,
  proposedDateField,
} from '../models/acknowledgements';
import { inadequateAlertModel } from '../models/alert-model';
import { auditLink } from '../models/model-context';
import { moderationModel } from '../models/moderation-model';
import { noteDenied, type HandlerContext } from './handler-context';
import { cardResult, refusal, type CardActionResult } from './result';

/**
 * Writes the acknowledgement, unless one is there already (its RecordId is fixed per alert):
 * true when this call recorded it.
 */
async function record(context: HandlerContext, entry: AuditLogEntry): Promise<boolean> {
  const { store } = context.services;
  if ((await store.repo('auditLog').get(entry.id)) !== null) return false;
  await store.saveAll([{ kind: 'auditLog', op: 'create', record: entry }]);
  return true;
}

/** The head of service or team manager acknowledges an Inadequate alert. */
export async function acknowledgeInadequate(
  context: HandlerContext,
  auditId: string,
): Promise<CardActionResult> {
  const found = await context.models.reader.audit(auditId);
  if (found === null) return refusal({ reason: 'not-found' });
  const relations = relationsTo(context.actor, found.record);
  const mayAcknowledge =
    relations.has('TeamManagerOfTeam') ||
    (context.actor.role === 'HeadOfService' && relations.has('SameService'));
  if (!mayAcknowledge) {
    noteDenied(context, ACK_ACTIONS.inadequate, `audit:${auditId}`);
    return refusal({ reason: 'forbidden' }, auditLink(context.models, auditId));
  }
  const entry = ackEntry(
    inadequateAckId(auditId),
    context.oid,
    ACK_ACTIONS.inadequate,
    `audit:${auditId}`,
    context.now,
  );
  const recorded = await record(context, entry);
  return cardResult(
    recorded ? 'applied' : 'current',
    await inadequateAlertModel(context.models, found),
  );
}

/** The auditor acknowledges the moderator's feedback, or proposes a date to talk it through. */
export async function respondToModeration(
  context: HandlerContext,
  moderationId: string,
  proposedDate: string | null,
): Promise<CardActionResult> {
  const { reader } = context.models;
  const moderation = await reader.moderation(moderationId);
  const audit = moderation === null ? null : await reader.audit(moderation.record.auditId);
  if (moderation === null || audit === null) return refusal({ reason: 'not-found' });
  const action = proposedDate === null ? ACK_ACTIONS.moderation : ACK_ACTIONS.arrange;
  const link = auditLink(context.models, audit.record.id);
  if (!relationsTo(context.actor, audit.record).has('Auditor')) {
    noteDenied(context, action, `moderation:${moderationId}`);
    return refusal({ reason: 'forbidden' }, link);
  }
  if (moderation.record.state !== 'Disagreed' && moderation.record.state !== 'Resolved') {
    return refusal({ reason: 'changed' }, link);
  }
  const entry = ackEntry(
    moderationAckId(moderationId),
    context.oid,
    action,
    `moderation:${moderationId}`,
    context.now,
    proposedDate === null ? [] : [proposedDateField(proposedDate)],
  );
  const recorded = await record(context, entry);
  const model = await moderationModel(context.models, audit.record, moderation);
  return cardResult(recorded ? 'applied' : 'current', model);
}
