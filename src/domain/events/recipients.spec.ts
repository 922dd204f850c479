import { describe, it, expect } from 'vitest';
import { SAMPLE_EVENTS } from '../fixtures/events';
import type { CaseEvent } from './domain-event';
import { recipientsOf, scheduleRecipientsOf } from './recipients';
import type { RecipientContext } from './recipients';

const context: RecipientContext = {
  parties: {
    auditorId: 'auditor',
    workerId: 'worker',
    teamManagerId: 'tm',
    moderatorId: 'moderator',
    serviceAreaId: 'svc-north',
    actionOwnerId: 'owner',
  },
  headsOfService: (id) => (id === 'svc-north' ? ['hos-north'] : ['hos-elsewhere']),
  qaLeads: () => ['qa-lead'],
};

const EXPECTED: Record<CaseEvent['kind'], string[]> = {
  AuditAllocated: ['auditor', 'worker', 'tm', 'moderator'],
  AuditReallocated: ['auditor', 'staff-tm-old', 'worker', 'tm'],
  AuditStarted: [],
  AuditSubmitted: ['moderator'],
  GradedInadequate: ['hos-north', 'tm'],
  GradeShared: ['worker'],
  ModeratorAssigned: ['staff-psw-new'],
  ModerationAgreed: ['auditor'],
  ModerationDisagreed: ['auditor'],
  DisagreementResolved: ['auditor', 'moderator'],
  ModerationResponded: ['moderator'],
  AuditQualityScored: ['auditor'],
  AlertAcknowledged: [],
  AuditClosed: ['worker', 'tm'],
  ActionCreated: ['owner'],
  ActionDueSoon: ['owner'],
  ActionDue: ['owner'],
  ActionOverdue: ['owner', 'tm'],
  ActionProgressed: [],
  ActionReviewedInSupervision: [],
  ActionCompleted: ['qa-lead'],
  ActionVerified: ['owner'],
  ClosureRequested: ['hos-north'],
  ClosureApproved: ['owner', 'tm'],
  ClosureReturned: ['owner', 'tm'],
  ActionNotCompleted: ['owner', 'tm'],
};

describe('recipientsOf', () => {
  it.each(Object.entries(EXPECTED))('%s goes to %j', (kind, expected) => {
    expect(recipientsOf(SAMPLE_EVENTS[kind as CaseEvent['kind']], context)).toEqual(expected);
  });

  it('an Inadequate grade alerts the head of service of the case’s service and the team manager', () => {
    const elsewhere = { ...context, parties: { ...context.parties, serviceAreaId: 'svc-south' } };
    expect(recipientsOf(SAMPLE_EVENTS.GradedInadequate, elsewhere)).toEqual([
      'hos-elsewhere',
      'tm',
    ]);
  });

  it('an action overdue past the team manager escalates to the head of service', () => {
    const event = { ...SAMPLE_EVENTS.ActionOverdue, escalatedTo: 'HeadOfService' as const };
    expect(recipientsOf(event, context)).toEqual(['hos-north']);
  });

  it('a submitted audit with no moderator goes to the QA leads', () => {
    const unmoderated = { ...context, parties: { ...context.parties, moderatorId: null } };
    expect(recipientsOf(SAMPLE_EVENTS.AuditSubmitted, unmoderated)).toEqual(['qa-lead']);
    expect(recipientsOf(SAMPLE_EVENTS.AuditAllocated, unmoderated)).toEqual([
      'auditor',
      'worker',
      'tm',
    ]);
  });

  it('never notifies the person who caused the event, and names each person once', () => {
    const event = { ...SAMPLE_EVENTS.DisagreementResolved, actorId: 'auditor' };
    expect(recipientsOf(event, context)).toEqual(['moderator']);
    const sameTm = { ...context, parties: { ...context.parties, auditorId: 'tm' } };
    expect(recipientsOf(SAMPLE_EVENTS.AuditAllocated, sameTm)).toEqual([
      'tm',
      'worker',
      'moderator',
    ]);
  });
});

describe('scheduleRecipientsOf', () => {
  const schedule = { owners: ['hos-north', 'hos-south'], qaLeads: () => ['qa-lead'] };
  it('reminds the owners before and on the due date', () => {
    expect(scheduleRecipientsOf(SAMPLE_EVENTS.OccurrenceDueSoon, schedule)).toEqual([
      'hos-north',
      'hos-south',
    ]);
    expect(scheduleRecipientsOf(SAMPLE_EVENTS.OccurrenceDue, schedule)).toEqual([
      'hos-north',
      'hos-south',
    ]);
  });

  it('escalates a missed occurrence to the QA lead, the owners told too, each once', () => {
    expect(scheduleRecipientsOf(SAMPLE_EVENTS.OccurrenceMissed, schedule)).toEqual([
      'hos-north',
      'hos-south',
      'qa-lead',
    ]);
    const qaOwned = { owners: ['qa-lead'], qaLeads: () => ['qa-lead'] };
    expect(scheduleRecipientsOf(SAMPLE_EVENTS.OccurrenceMissed, qaOwned)).toEqual(['qa-lead']);
  });
});
