import { describe, it, expect } from 'vitest';
import { anAction, anActor, OTHER_SERVICE, OTHER_TEAM, STAFF } from '../fixtures/builders';
import { errorOf, fieldsOf, valueOf } from '../fixtures/results';
import { approveClosure, recordNotCompleted, returnClosure } from './action-closure';
import { completeAction, verifyAction } from './action-complete';
import { markReviewedInSupervision, recordProgress } from './action-progress';

const now = '2025-04-10T09:00:00Z';
const owner = anActor('Practitioner', { id: STAFF.owner });
const teamManager = anActor('TeamManager', { id: STAFF.teamManager });
const qaLead = anActor('QALead', { id: STAFF.qaLead });
const hos = anActor('HeadOfService', { id: STAFF.headOfService });

describe('working on an action', () => {
  it('recording progress starts an open action', () => {
    const { next, events } = valueOf(recordProgress(anAction(), owner, { note: 'Visited.', now }));
    expect(next.state).toBe('InProgress');
    expect(next.progress).toEqual([{ at: now, byId: owner.id, note: 'Visited.' }]);
    expect(events.map((e) => e.kind)).toEqual(['ActionProgressed']);
  });

  it('the same progress note twice is refused', () => {
    const { next } = valueOf(recordProgress(anAction(), owner, { note: 'Visited.', now }));
    errorOf(recordProgress(next, owner, { note: 'Visited.', now }), 'invalid-state');
  });

  it("the case's allocated worker may record progress when the audit's parties are given", () => {
    const worker = anActor('Practitioner', { id: 'staff-sw-2', teamId: OTHER_TEAM });
    const action = anAction({ ownerId: 'staff-other' });
    errorOf(recordProgress(action, worker, { note: 'x', now }), 'forbidden');
    valueOf(recordProgress(action, worker, { note: 'x', now }, { workerId: 'staff-sw-2' }));
  });

  it('a team manager of another team cannot touch the action', () => {
    const other = anActor('TeamManager', { teamId: OTHER_TEAM });
    errorOf(recordProgress(anAction(), other, { note: 'x', now }), 'forbidden');
    errorOf(
      markReviewedInSupervision(anAction(), other, { date: '2025-04-09', note: '', now }),
      'forbidden',
    );
  });

  it('the team manager records the supervision review with its date', () => {
    const { next, events } = valueOf(
      markReviewedInSupervision(anAction(), teamManager, {
        date: '2025-04-09',
        note: 'On track.',
        now,
      }),
    );
    expect(next.supervisionReviews).toEqual([
      { date: '2025-04-09', byId: teamManager.id, note: 'On track.' },
    ]);
    expect(events).toMatchObject([{ kind: 'ActionReviewedInSupervision', date: '2025-04-09' }]);
    errorOf(
      markReviewedInSupervision(next, teamManager, { date: '2025-04-09', note: '', now }),
      'invalid-state',
    );
  });

  it('a supervision date in the future is refused', () => {
    const error = errorOf(
      markReviewedInSupervision(anAction(), teamManager, { date: '2025-04-11', note: '', now }),
      'invalid',
    );
    expect(error.issues).toEqual([{ field: 'date', message: 'must not be in the future' }]);
  });

  it('completing needs evidence', () => {
    expect(
      fieldsOf(errorOf(completeAction(anAction(), owner, { evidence: ' ', now }), 'invalid')),
    ).toEqual(['evidence']);
    const { next } = valueOf(
      completeAction(anAction(), owner, { evidence: 'Chronology updated.', now }),
    );
    expect(next).toMatchObject({
      state: 'Completed',
      completedAt: now,
      evidence: 'Chronology updated.',
    });
  });
});

describe('closing the loop on an action', () => {
  const completed = anAction({ state: 'Completed', evidence: 'Done.', completedAt: now });

  it('the QA lead verifies it and asks the head of service to approve closure', () => {
    const { next, events } = valueOf(verifyAction(completed, qaLead, { now }));
    expect(next).toMatchObject({
      state: 'Verified',
      verifiedById: qaLead.id,
      closureRequestedAt: now,
    });
    expect(events.map((e) => e.kind)).toEqual(['ActionVerified', 'ClosureRequested']);
    errorOf(verifyAction(next, qaLead, { now }), 'invalid-state');
  });

  it("the head of the action's service approves closure, once", () => {
    const verified = valueOf(verifyAction(completed, qaLead, { now })).next;
    errorOf(
      approveClosure(verified, anActor('HeadOfService', { serviceAreaId: OTHER_SERVICE }), { now }),
      'forbidden',
    );
    const { next, events } = valueOf(approveClosure(verified, hos, { now }));
    expect(next).toMatchObject({ state: 'Closed', closedById: hos.id, closedAt: now });
    expect(events.map((e) => e.kind)).toEqual(['ClosureApproved']);
    expect(errorOf(approveClosure(next, hos, { now }), 'invalid-state').message).toContain(
      'closed',
    );
  });

  it('a returned closure needs a reason and goes back to InProgress', () => {
    const verified = valueOf(verifyAction(completed, qaLead, { now })).next;
    errorOf(returnClosure(verified, hos, { reason: '', now }), 'invalid');
    const { next, events } = valueOf(
      returnClosure(verified, hos, { reason: 'No evidence on file.', now }),
    );
    expect(next).toMatchObject({
      state: 'InProgress',
      returnReason: 'No evidence on file.',
      verifiedById: null,
    });
    expect(events).toMatchObject([{ kind: 'ClosureReturned', reason: 'No evidence on file.' }]);
  });

  it('the QA lead records an action not completed, with its reason', () => {
    errorOf(recordNotCompleted(anAction(), qaLead, { reason: '', now }), 'invalid');
    errorOf(recordNotCompleted(anAction(), owner, { reason: 'x', now }), 'forbidden');
    const { next } = valueOf(
      recordNotCompleted(anAction(), qaLead, { reason: 'Case closed.', now }),
    );
    expect(next).toMatchObject({ state: 'NotCompleted', notCompletedReason: 'Case closed.' });
    errorOf(recordNotCompleted(next, qaLead, { reason: 'Case closed.', now }), 'invalid-state');
  });
});
