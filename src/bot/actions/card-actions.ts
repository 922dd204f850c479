import type { ActionNotice, CardInvoke, CardModel, CardProblem } from '../../cards';
import { VERBS } from '../../cards';
import { ACTION_COMMANDS } from '../../app/actions/action-commands';
import type { ActionRecords } from '../../app/actions/action-records';
import { AUDIT_COMMANDS } from '../../app/audits/audit-commands';
import type { AuditRecords } from '../../app/audits/audit-records';
import type { RecordCommand } from '../../app/commands/command';
import { runCommand } from '../../app/commands/run-command';
import { isOpenAction } from '../../domain/records/action';
import type { Action } from '../../domain/records';
import { closureModel } from '../models/closure-model';
import { inadequateAlertModel } from '../models/alert-model';
import { actionLink, auditLink, type ModelContext } from '../models/model-context';
import { moderationModel } from '../models/moderation-model';
import { reminderModel, reminderWhen } from '../models/reminder-model';
import { refreshClosure, refreshModeration } from './refresh-actions';
import { cardResult, refusal, type CardAction } from './result';

interface ViaCommand<A, I> {
  readonly command: RecordCommand<A, I>;
  readonly id: string;
  readonly input: I;
  readonly link: (models: ModelContext) => string;
  /** The input a person typed into the card, named when it is refused as invalid. */
  readonly field?: 'evidence' | 'reason' | 'proposedDate';
  readonly card: (
    models: ModelContext,
    records: A,
    who: { readonly oid: string; readonly today: string },
  ) => Promise<CardModel> | CardModel;
  /** When the step no longer applies: is the record settled (show it), or did it change? */
  readonly settled: (records: A) => boolean;
}

/**
 * A card button runs the same command as the tab. The card is answered against the record as
 * it now stands (cards carry no version that could be stale: `version: null`), and a refusal
 * becomes an error card or, when the step was already taken, the card as things stand.
 */
const viaCommand =
  <A, I>(spec: ViaCommand<A, I>): CardAction =>
  async ({ services, oid, models }) => {
    const result = await runCommand(services, spec.command, {
      oid,
      id: spec.id,
      version: null,
      input: spec.input,
    });
    const who = { oid, today: services.clock.now().toISOString().slice(0, 10) };
    if (result.ok) return cardResult('applied', await spec.card(models, result.value, who));
    const link = spec.link(models);
    const problem = (p: CardProblem) => refusal(p, link);
    switch (result.error.reason) {
      case 'forbidden':
        return refusal({ reason: 'forbidden' }, result.current === null ? null : link);
      case 'not-found':
        return refusal({ reason: 'not-found' });
      case 'invalid':
        return spec.field === undefined
          ? problem({ reason: 'changed' })
          : problem({ reason: 'invalid', field: spec.field });
      case 'conflict':
        return problem({ reason: 'changed' });
      case 'invalid-state':
        return result.current !== null && spec.settled(result.current)
          ? cardResult('current', await spec.card(models, result.current, who))
          : problem({ reason: 'changed' });
    }
  };

/** The notice the reminder card was sent with, as far as the records tell: for its wording. */
function noticeFor(
  models: ModelContext,
  action: Action,
  who: { readonly oid: string; readonly today: string },
): ActionNotice {
  const actor = models.directory.staffByObjectId(who.oid);
  if (actor !== undefined && actor.id !== action.ownerId && actor.role === 'TeamManager') {
    return {
      kind: 'escalation',
      to: 'TeamManager',
      ownerName: models.directory.nameOf(action.ownerId),
    };
  }
  return {
    kind: 'reminder',
    when: reminderWhen(action.dueDate, new Date().toISOString().slice(0, 10)),
  };
}

const closureCard = (models: ModelContext, records: ActionRecords) =>
  closureModel(models, records.action);
/** Awaiting the decision, approved, or returned: the closure card shows each as it stands. */
const closureSettled = ({ action }: ActionRecords) =>
  action.record.state === 'Verified' ||
  action.record.state === 'Closed' ||
  action.record.returnedAt !== null;

const alertCard = (models: ModelContext, records: AuditRecords) =>
  inadequateAlertModel(models, records.audit);

const moderationCard = async (models: ModelContext, records: AuditRecords) => {
  if (records.moderation === null) throw new Error('a disagreement card needs its moderation');
  return moderationModel(models, records.audit.record, records.moderation);
};

export function cardActionFor(invoke: CardInvoke): CardAction {
  switch (invoke.verb) {
    case VERBS.inadequateAcknowledge:
      return viaCommand({
        command: AUDIT_COMMANDS.acknowledgeAlert,
        id: invoke.auditId,
        input: {},
        link: (m) => auditLink(m, invoke.auditId),
        card: alertCard,
        settled: (r) => r.audit.record.alertAcknowledgedAt !== null,
      });
    case VERBS.moderationAcknowledge:
    case VERBS.moderationArrange:
      return viaCommand({
        command: AUDIT_COMMANDS.respondToModeration,
        id: invoke.auditId,
        input:
          invoke.verb === VERBS.moderationArrange
            ? { response: 'DiscussionProposed', discussionDate: invoke.proposedDate }
            : { response: 'Acknowledged' },
        field: 'proposedDate',
        link: (m) => auditLink(m, invoke.auditId),
        card: moderationCard,
        settled: (r) => r.moderation !== null && r.moderation.record.auditorResponse !== 'None',
      });
    case VERBS.actionComplete:
      return viaCommand({
        command: ACTION_COMMANDS.completeAction,
        id: invoke.actionId,
        input: { evidence: invoke.evidence },
        field: 'evidence',
        link: (m) => actionLink(m, invoke.actionId),
        card: (m, r, who) => reminderModel(m, r.action, noticeFor(m, r.action.record, who)),
        settled: (r) => !isOpenAction(r.action.record) && r.action.record.completedAt !== null,
      });
    case VERBS.closureApprove:
      return viaCommand({
        command: ACTION_COMMANDS.approveClosure,
        id: invoke.actionId,
        input: {},
        link: (m) => actionLink(m, invoke.actionId),
        card: closureCard,
        settled: closureSettled,
      });
    case VERBS.closureReturn:
      return viaCommand({
        command: ACTION_COMMANDS.returnClosure,
        id: invoke.actionId,
        input: { reason: invoke.reason },
        field: 'reason',
        link: (m) => actionLink(m, invoke.actionId),
        card: closureCard,
        settled: closureSettled,
      });
    case VERBS.closureRefresh:
      return refreshClosure(invoke);
    case VERBS.moderationRefresh:
      return refreshModeration(invoke);
  }
}
