import { describe, expect, it } from 'vitest';
import { aModeration, anAction, anActor, aSubmittedAudit, STAFF } from '../fixtures/builders';
import { approveClosure } from './action-closure';
import { completeAction, verifyAction } from './action-complete';
import { acknowledgeAlert } from './alert-acknowledge';
import { moveOnAfterReview } from './audit-close';
import { moderate, respondToModeration } from './moderation';
import { submitAudit } from './audit-submit';
import { aCompletedDraft } from '../fixtures/builders';

const now = '2025-04-10T09:00:00Z';
const qa = anActor('QALead', { id: STAFF.qaLead });
const hos = anActor('HeadOfService', { id: STAFF.headOfService });
const tm = anActor('TeamManager', { id: STAFF.teamManager });
const auditor = anActor('TeamManager', { id: STAFF.auditor, teamId: 'team-other' });
const moderator = anActor('HeadOfService', { id: STAFF.moderator });

describe('separation of duties', () => {
  it('records who completed an action', () => {
    const result = completeAction(anAction(), tm, { evidence: 'On file', now });
    expect(result.ok && result.value.next.completedById).toBe(tm.id);
  });

  it('nobody verifies an action they completed or own', () => {
    const completedByQa = anAction({ state: 'Completed', completedById: qa.id });
    const ownedByQa = anAction({ state: 'Completed', ownerId: qa.id });
    for (const action of [completedByQa, ownedByQa]) {
      const result = verifyAction(action, qa, { now });
      expect(!result.ok && result.error.reason).toBe('forbidden');
    }
  });

  it('nobody approves the closure of an action they own, completed or verified', () => {
    const verified = {
      state: 'Verified' as const,
      verifiedById: qa.id,
      completedById: STAFF.owner,
    };
    for (const over of [{ ownerId: hos.id }, { completedById: hos.id }, { verifiedById: hos.id }]) {
      const result = approveClosure(anAction({ ...verified, ...over }), hos, { now });
      expect(!result.ok && result.error.message).toMatch(
        /^You (own|completed|verified) this action/,
      );
    }
    expect(approveClosure(anAction(verified), hos, { now }).ok).toBe(true);
  });
});

describe('the Inadequate alert', () => {
  it('is raised when the auditor grades the audit Inadequate', () => {
    const audit = aCompletedDraft({ overallGrade: 'Inadequate' });
    const result = submitAudit(audit, auditor, {
      actions: [{ description: 'Strategy discussion', ownerId: STAFF.worker, immediate: true }],
      noActionsNeeded: false,
      now,
    });
    expect(result.ok && result.value.next.audit.alertRaisedAt).toBe(now);
  });

  it('is raised when the moderator disagrees to Inadequate', () => {
    const result = moderate(aSubmittedAudit(), null, moderator, {
      outcome: 'Disagreed',
      moderatedGrade: 'Inadequate',
      reasons: 'Risk not analysed',
      now,
    });
    expect(result.ok && result.value.next.audit.alertRaisedAt).toBe(now);
  });

  it('is acknowledged once, by the team manager or the head of the service', () => {
    const raised = aSubmittedAudit({ overallGrade: 'Inadequate', alertRaisedAt: now });
    const first = acknowledgeAlert(raised, tm, { now });
    expect(first.ok && first.value.next.alertAcknowledgedById).toBe(tm.id);
    if (!first.ok) return;
    const again = acknowledgeAlert(first.value.next, hos, { now });
    expect(!again.ok && again.error.message).toBe('The Inadequate alert was already acknowledged.');
  });

  it('cannot be acknowledged where none was raised', () => {
    const result = acknowledgeAlert(aSubmittedAudit({ overallGrade: 'Good' }), tm, { now });
    expect(!result.ok && result.error.message).toBe(
      'No Inadequate alert was raised on this audit.',
    );
  });
});

describe("the auditor's answer to a disagreement", () => {
  const audit = aSubmittedAudit({ state: 'Disagreed' });
  const disagreement = aModeration({ state: 'Disagreed', moderatedGrade: 'Inadequate' });

  it('keeps the date proposed for the learning conversation, for both to see', () => {
    const result = respondToModeration(audit, disagreement, auditor, {
      response: 'DiscussionProposed',
      discussionDate: '2025-04-17',
      now,
    });
    expect(result.ok && result.value.next).toMatchObject({
      auditorResponse: 'DiscussionProposed',
      discussionDate: '2025-04-17',
      respondedAt: now,
    });
    expect(result.ok && result.value.events.map((e) => e.kind)).toEqual(['ModerationResponded']);
  });

  it('refuses a date in the past, and a second answer', () => {
    const past = respondToModeration(audit, disagreement, auditor, {
      response: 'DiscussionProposed',
      discussionDate: '2025-04-01',
      now,
    });
    expect(!past.ok && past.error.issues.map((i) => i.field)).toEqual(['discussionDate']);
    const answered = { ...disagreement, auditorResponse: 'Acknowledged' as const };
    const again = respondToModeration(audit, answered, auditor, { response: 'Acknowledged', now });
    expect(!again.ok && again.error.reason).toBe('invalid-state');
  });

  it('is for the auditor only', () => {
    const result = respondToModeration(audit, disagreement, tm, { response: 'Acknowledged', now });
    expect(!result.ok && result.error.reason).toBe('forbidden');
  });
});

describe('after a review, the audit moves on', () => {
  it('to actions open while an action is open, and closed once none is', () => {
    const agreed = aSubmittedAudit({ state: 'Agreed' });
    expect(moveOnAfterReview(agreed, [anAction()], now)?.next.state).toBe('ActionsOpen');
    const closed = moveOnAfterReview(agreed, [anAction({ state: 'Closed' })], now);
    expect(closed?.next).toMatchObject({ state: 'Closed', closedAt: now });
    expect(closed?.events.map((e) => e.kind)).toEqual(['AuditClosed']);
  });

  it('and stays as it is when nothing is due', () => {
    const open = aSubmittedAudit({ state: 'ActionsOpen' });
    expect(moveOnAfterReview(open, [anAction()], now)).toBeNull();
    expect(moveOnAfterReview(aSubmittedAudit(), [], now)).toBeNull();
  });
});
