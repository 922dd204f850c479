/**
 * After submission: moderation (agreed mostly; a disagreement keeps the auditor's grade and is
 * resolved in a learning conversation), closing the loop by the QA lead, and the audit's actions.
 */
import type { ActionInput } from '../domain/lifecycle';
import {
  closeAuditIfDone,
  completeWithoutModeration,
  FINISHED_ACTION_STATES,
  moderate,
  resolveDisagreement,
} from '../domain/lifecycle';
import type { AuditState } from '../domain/records';
import { gradeRank } from '../domain/records';
import { planActionJourney } from './action-journeys';
import { AGREE_REASONS, DISAGREE_HIGHER, DISAGREE_LOWER, LEARNING_NOTES } from './action-phrases';
import { oneStepAway } from './audit-content';
import type { AuditPlan, AuditWorld } from './audit-world';
import { isModerated } from './audit-world';
import { must } from './directory';
import { chance, pick, weighted } from './pick';
import { Timeline } from './timeline';
import { actionTargetWeights } from './targets';

const REVIEWED: readonly AuditState[] = ['ActionsOpen', 'Closed'];
const MODERATION_DONE: readonly AuditState[] = ['Agreed', 'Disagreed', 'Resolved', ...REVIEWED];

const planModeration = (w: AuditWorld, plan: AuditPlan, tl: Timeline): void => {
  const { rng, dir, ledger, schedule } = w;
  const { id, overall, target } = plan;
  const disagree =
    target === 'Disagreed' || target === 'Resolved' || (target !== 'Agreed' && chance(rng, 0.15));
  const moderatedGrade = disagree ? oneStepAway(rng, overall) : undefined;
  const reasons =
    moderatedGrade === undefined
      ? pick(rng, AGREE_REASONS)
      : pick(
          rng,
          gradeRank(moderatedGrade) < gradeRank(overall) ? DISAGREE_HIGHER : DISAGREE_LOWER,
        );
  const outcome = disagree ? ('Disagreed' as const) : ('Agreed' as const);
  schedule.add(tl.next(2, 10), (now) => {
    const audit = ledger.audit(id);
    const moderator = dir.actor(audit.moderatorId ?? '');
    const input = { now, outcome, moderatedGrade, reasons };
    const done = must(moderate(audit, ledger.moderationOf(id), moderator, input), `moderate ${id}`);
    ledger.audits.set(id, done.next.audit);
    ledger.moderations.set(done.next.moderation.id, done.next.moderation);
  });
  if (!disagree || target === 'Disagreed') return;
  const learningNotes = pick(rng, LEARNING_NOTES);
  const byModerator = chance(rng, 0.7);
  schedule.add(tl.next(3, 10), (now) => {
    const audit = ledger.audit(id);
    const moderation = ledger.moderationOf(id);
    if (moderation === null) throw new Error(`No moderation of ${id}`);
    const actor = dir.actor(byModerator ? moderation.moderatorId : audit.auditorId);
    const input = { now, learningNotes };
    const done = must(resolveDisagreement(audit, moderation, actor, input), `resolve ${id}`);
    ledger.audits.set(id, done.next.audit);
    ledger.moderations.set(moderation.id, done.next.moderation);
  });
};

/** Moderation, then the QA lead moves the audit on; returns when the last of these happens. */
export const planModerationAndReview = (w: AuditWorld, plan: AuditPlan, tl: Timeline): number => {
  const moderated = isModerated(plan);
  if (MODERATION_DONE.includes(plan.target) && moderated) planModeration(w, plan, tl);
  if (!REVIEWED.includes(plan.target)) return tl.at;
  const qaLead = w.dir.qaLead();
  const reviewAt = tl.next(moderated ? 1 : 5, moderated ? 7 : 15);
  w.schedule.add(reviewAt, (now) => {
    const audit = w.ledger.audit(plan.id);
    const input = { now, actions: w.ledger.actionsOf(plan.id) };
    const done = moderated
      ? closeAuditIfDone(audit, qaLead, input)
      : completeWithoutModeration(audit, qaLead, input);
    w.ledger.audits.set(plan.id, must(done, `close the loop on ${plan.id}`).next);
  });
  return reviewAt;
};

/** Each action's journey; for a closed audit, the QA lead closes it once its actions are done. */
export const planActionsOf = (
  w: AuditWorld,
  plan: AuditPlan,
  inputs: readonly ActionInput[],
  afterSubmit: Timeline,
  reviewAt: number,
): void => {
  const { rng, ledger } = w;
  const { id, allocation, target } = plan;
  const weights = actionTargetWeights(target, w.age);
  const targets = inputs.map(() => weighted(rng, weights));
  if (target === 'ActionsOpen' && targets.every((t) => FINISHED_ACTION_STATES.includes(t))) {
    targets[0] = 'InProgress';
  }
  let last = reviewAt;
  inputs.forEach((input, i) => {
    const journey = {
      id: `${id}-A${String(i + 1)}`,
      ownerId: input.ownerId,
      workerId: allocation.workerId,
      teamManagerId: allocation.teamManagerId,
      serviceAreaId: allocation.serviceAreaId,
      target: targets[i],
    };
    last = Math.max(last, planActionJourney(w, journey, afterSubmit.fork()));
  });
  if (target !== 'Closed' || inputs.length === 0) return;
  const qaLead = w.dir.qaLead();
  w.schedule.add(new Timeline(rng, last, w.limit).next(1, 5), (now) => {
    const audit = ledger.audit(id);
    if (audit.state !== 'ActionsOpen') return;
    const done = closeAuditIfDone(audit, qaLead, { now, actions: ledger.actionsOf(id) });
    ledger.audits.set(id, must(done, `close ${id}`).next);
  });
};
