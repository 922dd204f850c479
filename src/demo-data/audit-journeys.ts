/**
 * Each audit's journey through the real transitions, from allocation to its target state:
 * allocation by the QA lead, start and draft by the auditor, submission with the agreed actions
 * (a moderator added when the grade must be moderated), the grade shared, the worker's feedback;
 * then moderation and closing the loop (moderation-journeys.ts).
 */
import type { StaffLoad } from '../domain/allocation';
import { moderationRequiredOnSubmit, pickModerator } from '../domain/allocation';
import type { ActionInput, AuditDraft } from '../domain/lifecycle';
import {
  addContributor,
  addWorkerFeedback,
  allocateAudit,
  assignModerator,
  saveDraft,
  shareGrade,
  startAudit,
  submitAudit,
} from '../domain/lifecycle';
import { planActionInputs } from './action-plans';
import { planAlertAcknowledgement } from './alert-journeys';
import { areaGrades, partialDraft, submissionDraft } from './audit-content';
import { AUDIT_FEEDBACK } from './audit-phrases';
import type { AuditPlan, AuditWorld } from './audit-world';
import { dateOfMinutes } from './dates';
import { must } from './directory';
import { planActionsOf, planModerationAndReview } from './moderation-journeys';
import { between, chance, pick } from './pick';
import { Timeline } from './timeline';

type AuditStep = (now: string) => ReturnType<typeof startAudit>;

const loadsOf = (loads: ReadonlyMap<string, number>): StaffLoad[] =>
  [...loads.entries()].map(([staffId, count]) => ({ staffId, count }));

/** Submits the audit with its actions; a grade that must be moderated gets a moderator. */
const planSubmission = (
  w: AuditWorld,
  plan: AuditPlan,
  at: number,
  draft: AuditDraft,
  actions: readonly ActionInput[],
): void => {
  const { dir, ledger } = w;
  const { id, overall } = plan;
  const auditor = dir.actor(plan.allocation.auditorId);
  const qaLead = dir.qaLead();
  w.schedule.add(at, (now) => {
    const input = {
      now,
      draft,
      actions,
      noActionsNeeded: actions.length === 0,
      timescales: w.cycle.timescales,
    };
    const submitted = must(submitAudit(ledger.audit(id), auditor, input), `submit ${id}`).next;
    for (const action of submitted.actions) ledger.putAction(action);
    let audit = submitted.audit;
    if (moderationRequiredOnSubmit(overall, audit)) {
      const picked = pickModerator(audit, dir.staff, loadsOf(w.moderatorLoads));
      const moderatorId = must(picked, `pick a moderator for ${id}`);
      const moderatorRole = dir.member(moderatorId).role;
      const assign = assignModerator(audit, qaLead, { now, moderatorId, moderatorRole });
      audit = must(assign, `assign a moderator to ${id}`).next;
      w.moderatorLoads.set(moderatorId, (w.moderatorLoads.get(moderatorId) ?? 0) + 1);
    }
    ledger.putAudit(audit);
  });
  if (overall === 'Inadequate') planAlertAcknowledgement(w, plan, at);
};

/** Schedules every step of the audit (and its actions) up to its target state. */
export const planAuditJourney = (w: AuditWorld, plan: AuditPlan, allocatedAt: number): void => {
  const { rng, dir, ledger, schedule } = w;
  const { id, allocation, overall, target } = plan;
  const auditor = dir.actor(allocation.auditorId);
  const update = (at: number, what: string, step: AuditStep) => {
    schedule.add(at, (now) => {
      ledger.putAudit(must(step(now), `${what} ${id}`).next);
    });
  };
  const qaLead = dir.qaLead();
  update(allocatedAt, 'allocate', (now) => allocateAudit(qaLead, { now, id, allocation }));
  if (target === 'Allocated') return;

  const tl = new Timeline(rng, allocatedAt, w.limit);
  const grades = areaGrades(rng, overall);
  const firstAreas = between(rng, 2, 4);
  if (chance(rng, 0.5)) {
    update(tl.next(1, 5), 'start', (now) => startAudit(ledger.audit(id), auditor, { now }));
  }
  const draft = partialDraft(rng, grades, firstAreas);
  const draftAt = tl.next(1, 5);
  update(draftAt, 'save a draft of', (now) => saveDraft(ledger.audit(id), auditor, { now, draft }));
  const colleague = dir
    .practitionersOf(allocation.teamId)
    .find((s) => s.id !== allocation.workerId);
  if (colleague !== undefined && chance(rng, 0.12)) {
    const contributorId = colleague.id;
    update(tl.next(0, 2), 'add a contributor to', (now) =>
      addContributor(ledger.audit(id), auditor, { now, contributorId }),
    );
  }
  if (target === 'InProgress') return;

  const meetingDate = dateOfMinutes(draftAt);
  const observed = chance(rng, 0.15);
  const final = submissionDraft(rng, overall, grades, firstAreas, meetingDate, observed);
  const atLeast = target === 'ActionsOpen' ? 1 : 0;
  const inputs = planActionInputs(w.actionPlanning, rng, allocation, overall, grades, atLeast);
  planSubmission(w, plan, tl.next(4, 12), final, inputs);
  const afterSubmit = tl.fork();
  if (chance(rng, w.age === 'current' ? 0.6 : 0.92)) {
    update(afterSubmit.fork().next(0, 3), 'share the grade of', (now) =>
      shareGrade(ledger.audit(id), auditor, { now }),
    );
  }
  if (chance(rng, 0.5)) {
    const feedback = pick(rng, AUDIT_FEEDBACK.worker);
    const worker = dir.actor(allocation.workerId);
    update(tl.next(0, 3), 'add worker feedback to', (now) =>
      addWorkerFeedback(ledger.audit(id), worker, { now, feedback }),
    );
  }
  planModerationAndReview(w, plan, tl);
  planActionsOf(w, plan, inputs, afterSubmit);
};
