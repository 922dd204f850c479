/**
 * After submission: moderation (agreed mostly; a disagreement keeps the auditor's grade, the
 * auditor answers it, and it is resolved in a learning conversation), or completion without
 * moderation by a QA lead; then the audit's actions. As in the application's commands, an
 * agreed moderation or a resolved disagreement moves the audit on in the same step.
 */
import type { ActionInput, RespondInput } from '../domain/lifecycle';
import {
  completeWithoutModeration,
  FINISHED_ACTION_STATES,
  moderate,
  resolveDisagreement,
  respondToModeration,
  scoreAuditQuality,
} from '../domain/lifecycle';
import { addDays } from '../domain/lifecycle';
import { gradeRank } from '../domain/records';
import { planActionJourney } from './action-journeys';
import { AGREE_REASONS, DISAGREE_HIGHER, DISAGREE_LOWER, LEARNING_NOTES } from './action-phrases';
import { planAlertAcknowledgement } from './alert-journeys';
import { demoQualityScores } from './audit-quality-scores';
import { oneStepAway } from './audit-content';
import type { AuditPlan, AuditWorld } from './audit-world';
import { isModerated } from './audit-world';
import { dateOfMinutes } from './dates';
import { must } from './directory';
import { moveAuditOn } from './follow-on';
import { between, chance, pick, weighted } from './pick';
import type { RestingAuditState } from './targets';
import { actionTargetWeights } from './targets';
import type { Timeline } from './timeline';

const REVIEWED: readonly RestingAuditState[] = ['ActionsOpen', 'Closed'];
const MODERATION_DONE: readonly RestingAuditState[] = ['Disagreed', ...REVIEWED];

/** The auditor acknowledges the disagreement or proposes a date to talk it through. */
const planResponse = (w: AuditWorld, plan: AuditPlan, tl: Timeline): void => {
  const { rng, dir, ledger } = w;
  const resting = plan.target === 'Disagreed';
  if (!chance(rng, resting ? 0.6 : 0.85)) return;
  const respondAt = tl.next(1, 4);
  const proposes = chance(rng, 0.5);
  // A disagreement still open may have its conversation booked ahead; a resolved one had it.
  const discussionDate = resting
    ? addDays(dateOfMinutes(respondAt), between(rng, 2, 10))
    : dateOfMinutes(tl.next(2, 8));
  w.schedule.add(respondAt, (now) => {
    const input: RespondInput = proposes
      ? { now, response: 'DiscussionProposed', discussionDate }
      : { now, response: 'Acknowledged' };
    const audit = ledger.audit(plan.id);
    const responded = respondToModeration(
      audit,
      ledger.moderationOf(plan.id),
      dir.actor(audit.auditorId),
      input,
    );
    ledger.putModeration(must(responded, `answer the moderation of ${plan.id}`).next);
  });
};

const planModeration = (w: AuditWorld, plan: AuditPlan, tl: Timeline): void => {
  const { rng, dir, ledger, schedule } = w;
  const { id, overall, target } = plan;
  const disagree = target === 'Disagreed' || chance(rng, 0.15);
  const moderatedGrade = disagree ? oneStepAway(rng, overall) : undefined;
  const reasons =
    moderatedGrade === undefined
      ? pick(rng, AGREE_REASONS)
      : pick(
          rng,
          gradeRank(moderatedGrade) < gradeRank(overall) ? DISAGREE_HIGHER : DISAGREE_LOWER,
        );
  const outcome = disagree ? ('Disagreed' as const) : ('Agreed' as const);
  const moderatedAt = tl.next(2, 10);
  schedule.add(moderatedAt, (now) => {
    const audit = ledger.audit(id);
    const moderator = dir.actor(audit.moderatorId ?? '');
    const input = { now, outcome, moderatedGrade, reasons };
    // The audit of audits: the quality of the audit scored as it is moderated, apart from its grade.
    const scores = demoQualityScores(id, disagree);
    const scored =
      scores === null
        ? ledger.moderationOf(id)
        : must(
            scoreAuditQuality(audit, ledger.moderationOf(id), moderator, { scores, now }),
            `score the quality of ${id}`,
          ).next;
    const done = must(moderate(audit, scored, moderator, input), `moderate ${id}`);
    ledger.putAudit(done.next.audit);
    ledger.putModeration(done.next.moderation);
    if (outcome === 'Agreed') moveAuditOn(ledger, id, now);
  });
  if (moderatedGrade === 'Inadequate') planAlertAcknowledgement(w, plan, moderatedAt);
  if (!disagree) return;
  planResponse(w, plan, tl);
  if (target === 'Disagreed') return;
  const learningNotes = pick(rng, LEARNING_NOTES);
  const byModerator = chance(rng, 0.7);
  schedule.add(tl.next(1, 7), (now) => {
    const audit = ledger.audit(id);
    const moderation = ledger.moderationOf(id);
    if (moderation === null) throw new Error(`No moderation of ${id}`);
    const actor = dir.actor(byModerator ? moderation.moderatorId : audit.auditorId);
    const input = { now, learningNotes };
    const done = must(resolveDisagreement(audit, moderation, actor, input), `resolve ${id}`);
    ledger.putAudit(done.next.audit);
    ledger.putModeration(done.next.moderation);
    moveAuditOn(ledger, id, now);
  });
};

/** Moderation, or completion without it by a QA lead (or the scheduler, for the service). */
export const planModerationAndReview = (w: AuditWorld, plan: AuditPlan, tl: Timeline): void => {
  const moderated = isModerated(plan);
  if (MODERATION_DONE.includes(plan.target) && moderated) planModeration(w, plan, tl);
  if (moderated || !REVIEWED.includes(plan.target)) return;
  const qaLead = w.dir.qaLeadFor(plan.allocation.serviceAreaId);
  w.schedule.add(tl.next(5, 15), (now) => {
    const audit = w.ledger.audit(plan.id);
    const input = { now, actions: w.ledger.actionsOf(plan.id) };
    const done = completeWithoutModeration(audit, qaLead, input);
    w.ledger.putAudit(must(done, `complete ${plan.id} without moderation`).next);
  });
};

/** Each action's journey; an audit going to ActionsOpen keeps at least one action open. */
export const planActionsOf = (
  w: AuditWorld,
  plan: AuditPlan,
  inputs: readonly ActionInput[],
  afterSubmit: Timeline,
): void => {
  const { rng } = w;
  const { id, allocation, target } = plan;
  const weights = actionTargetWeights(target, w.age);
  const targets = inputs.map(() => weighted(rng, weights));
  if (target === 'ActionsOpen' && targets.every((t) => FINISHED_ACTION_STATES.includes(t))) {
    targets[0] = 'InProgress';
  }
  inputs.forEach((input, i) => {
    const journey = {
      id: `${id}-A${String(i + 1)}`,
      auditId: id,
      ownerId: input.ownerId,
      workerId: allocation.workerId,
      teamManagerId: allocation.teamManagerId,
      serviceAreaId: allocation.serviceAreaId,
      target: targets[i],
    };
    planActionJourney(w, journey, afterSubmit.fork());
  });
};
