import { describe, it, expect } from 'vitest';
import {
  aCompletedDraft,
  anActor,
  anAudit,
  aSubmittedAudit,
  OTHER_TEAM,
  STAFF,
} from '../fixtures/builders';
import { errorOf, fieldsOf, valueOf } from '../fixtures/results';
import type { Allocation } from '../records/audit';
import { allocateAudit } from './audit-allocate';
import { saveDraft } from './audit-draft';
import { addContributor, addWorkerFeedback } from './audit-parties';
import { assignModerator, reallocate } from './audit-reallocate';
import { shareGrade } from './audit-share-grade';
import { startAudit } from './audit-start';

const now = '2025-03-10T09:00:00Z';
const auditor = anActor('TeamManager', { id: STAFF.auditor, teamId: OTHER_TEAM });
const worker = anActor('Practitioner', { id: STAFF.worker });
const qaLead = anActor('QALead', { id: STAFF.qaLead });

describe('allocating and starting an audit', () => {
  const allocation: Allocation = anAudit();

  it('records the allocation as an Allocated audit and tells the parties', () => {
    const { next, events } = valueOf(allocateAudit(qaLead, { id: 'AUD-9', allocation, now }));
    expect(next.state).toBe('Allocated');
    expect(next.id).toBe('AUD-9');
    expect(events.map((e) => e.kind)).toEqual(['AuditAllocated']);
  });

  it('never lets the allocated worker audit their own case', () => {
    const own = { ...allocation, auditorId: STAFF.worker };
    expect(
      fieldsOf(errorOf(allocateAudit(qaLead, { id: 'A', allocation: own, now }), 'invalid')),
    ).toEqual(['auditorId']);
  });

  it('only lets the QA lead allocate', () => {
    errorOf(allocateAudit(auditor, { id: 'A', allocation, now }), 'forbidden');
  });

  it('lets the auditor start an allocated audit, once', () => {
    const { next, events } = valueOf(startAudit(anAudit(), auditor, { now }));
    expect(next.state).toBe('InProgress');
    expect(events[0]?.kind).toBe('AuditStarted');
    expect(errorOf(startAudit(next, auditor, { now }), 'invalid-state').message).toContain(
      'in progress',
    );
  });

  it('refuses anyone but the auditor starting the audit', () => {
    errorOf(startAudit(anAudit(), worker, { now }), 'forbidden');
  });
});

describe('saving a draft', () => {
  it('starts an allocated audit and keeps the fields it leaves out', () => {
    const draft = { areas: { planning: { grade: 'Good' as const } }, rationale: 'So far so good.' };
    const { next, events } = valueOf(
      saveDraft(anAudit({ meetingDate: '2025-03-05' }), auditor, { draft, now }),
    );
    expect(next.state).toBe('InProgress');
    expect(next.areas.planning.grade).toBe('Good');
    expect(next.areas.planning.evidence).toBe('');
    expect(next.meetingDate).toBe('2025-03-05');
    expect(events.map((e) => e.kind)).toEqual(['AuditStarted']);
  });

  it('raises nothing when an audit in progress is saved again', () => {
    const { events } = valueOf(
      saveDraft(anAudit({ state: 'InProgress' }), auditor, { draft: {}, now }),
    );
    expect(events).toEqual([]);
  });

  it('refuses a draft once the audit is submitted, naming the state', () => {
    const error = errorOf(
      saveDraft(aSubmittedAudit(), auditor, { draft: {}, now }),
      'invalid-state',
    );
    expect(error.message).toContain('submitted');
  });
});

describe('worker feedback and contributors', () => {
  it("records the allocated worker's feedback", () => {
    const { next } = valueOf(addWorkerFeedback(anAudit(), worker, { feedback: 'Helpful.', now }));
    expect(next.feedback.worker).toBe('Helpful.');
  });

  it("refuses the auditor writing the worker's feedback", () => {
    errorOf(addWorkerFeedback(anAudit(), auditor, { feedback: 'x', now }), 'forbidden');
  });

  it('adds a contributor once, and refuses the same contributor twice', () => {
    const { next } = valueOf(
      addContributor(anAudit(), auditor, { contributorId: 'staff-iro-1', now }),
    );
    expect(next.contributorIds).toEqual(['staff-iro-1']);
    errorOf(addContributor(next, auditor, { contributorId: 'staff-iro-1', now }), 'invalid-state');
  });
});

describe('sharing the grade', () => {
  it('records the day the practitioner was told and raises GradeShared with the grade', () => {
    const { next, events } = valueOf(shareGrade(aSubmittedAudit(), auditor, { now }));
    expect(next.gradeSharedOn).toBe('2025-03-10');
    expect(events).toMatchObject([{ kind: 'GradeShared', grade: 'Good' }]);
    expect(errorOf(shareGrade(next, auditor, { now }), 'invalid-state').message).toContain(
      '2025-03-10',
    );
  });

  it('cannot share a grade before submission', () => {
    errorOf(shareGrade(aCompletedDraft(), auditor, { now }), 'invalid-state');
  });
});

describe('reallocation and moderators', () => {
  it('lets the QA lead reallocate before submission, remembering the previous auditor', () => {
    const { next, events } = valueOf(
      reallocate(anAudit(), qaLead, { auditorId: 'staff-tm-2', now }),
    );
    expect(next.auditorId).toBe('staff-tm-2');
    expect(events).toMatchObject([{ kind: 'AuditReallocated', previousAuditorId: STAFF.auditor }]);
    errorOf(reallocate(next, qaLead, { auditorId: 'staff-tm-2', now }), 'invalid-state');
  });

  it('refuses reallocation after submission', () => {
    errorOf(
      reallocate(aSubmittedAudit(), qaLead, { auditorId: 'staff-tm-2', now }),
      'invalid-state',
    );
  });

  it('never assigns the auditor as moderator', () => {
    const input = { moderatorId: STAFF.auditor, moderatorRole: 'HeadOfService' as const, now };
    expect(fieldsOf(errorOf(assignModerator(anAudit(), qaLead, input), 'invalid'))).toEqual([
      'moderatorId',
    ]);
  });

  it('only assigns a head of service, PSW or QA lead as moderator', () => {
    const input = { moderatorId: 'staff-tm-9', moderatorRole: 'TeamManager' as const, now };
    errorOf(assignModerator(anAudit({ moderatorId: null }), qaLead, input), 'invalid');
    const psw = { moderatorId: 'staff-psw', moderatorRole: 'PrincipalSocialWorker' as const, now };
    const { events } = valueOf(assignModerator(anAudit({ moderatorId: null }), qaLead, psw));
    expect(events).toMatchObject([{ kind: 'ModeratorAssigned', moderatorId: 'staff-psw' }]);
  });
});
