import { describe, it, expect } from 'vitest';
import { aCompletedDraft, anActor, anAudit, OTHER_TEAM, STAFF } from '../fixtures/builders';
import { errorOf, fieldsOf, valueOf } from '../fixtures/results';
import { AREAS } from '../records/grade';
import { submitAudit } from './audit-submit';
import type { SubmitAuditInput } from './audit-submit';

const now = '2025-03-20T10:00:00Z';
const auditor = anActor('TeamManager', { id: STAFF.auditor, teamId: OTHER_TEAM });
const oneAction = {
  description: 'Update the chronology.',
  ownerId: STAFF.worker,
  immediate: false,
};
const input = (overrides: Partial<SubmitAuditInput> = {}): SubmitAuditInput => ({
  actions: [oneAction],
  noActionsNeeded: false,
  now,
  ...overrides,
});

describe('submitting an audit', () => {
  it('reports every missing piece of an empty audit as a field issue', () => {
    const fields = fieldsOf(
      errorOf(submitAudit(anAudit(), auditor, input({ actions: [] })), 'invalid'),
    );
    for (const area of AREAS) {
      expect(fields).toContain(`areas.${area}.grade`);
      expect(fields).toContain(`areas.${area}.evidence`);
    }
    expect(fields).toEqual(expect.arrayContaining(['overallGrade', 'rationale']));
  });

  it('names the area whose evidence is missing', () => {
    const audit = aCompletedDraft();
    const draft = { areas: { planning: { evidence: '  ' } } };
    const error = errorOf(submitAudit(audit, auditor, input({ draft })), 'invalid');
    expect(fieldsOf(error)).toEqual(['areas.planning.evidence']);
  });

  it('submits a complete audit, creating its actions with ids made here and due dates', () => {
    const immediate = { ...oneAction, immediate: true };
    const dated = { ...oneAction, dueDate: '2025-05-01' };
    const { next, events } = valueOf(
      submitAudit(aCompletedDraft(), auditor, input({ actions: [oneAction, immediate, dated] })),
    );
    expect(next.audit.state).toBe('Submitted');
    expect(next.audit.submittedAt).toBe(now);
    expect(next.actions.map((a) => [a.id, a.dueDate, a.state])).toEqual([
      ['AUD-1-A1', '2025-04-17', 'Open'],
      ['AUD-1-A2', '2025-03-25', 'Open'],
      ['AUD-1-A3', '2025-05-01', 'Open'],
    ]);
    expect(events.map((e) => e.kind)).toEqual([
      'AuditSubmitted',
      'ActionCreated',
      'ActionCreated',
      'ActionCreated',
    ]);
  });

  it('an Inadequate grade raises the immediate alert', () => {
    const audit = aCompletedDraft({ overallGrade: 'Inadequate' });
    const { events } = valueOf(submitAudit(audit, auditor, input()));
    expect(events.map((e) => e.kind)).toContain('GradedInadequate');
  });

  it('a Good audit may say no action is needed', () => {
    const { next } = valueOf(
      submitAudit(aCompletedDraft(), auditor, input({ actions: [], noActionsNeeded: true })),
    );
    expect(next.actions).toEqual([]);
  });

  it('an audit that requires improvement needs at least one action', () => {
    const audit = aCompletedDraft({ overallGrade: 'Requires improvement to be good' });
    const error = errorOf(
      submitAudit(audit, auditor, input({ actions: [], noActionsNeeded: true })),
      'invalid',
    );
    expect(fieldsOf(error)).toEqual(['actions']);
  });

  it('a Good audit without actions must say explicitly that none is needed', () => {
    const error = errorOf(
      submitAudit(aCompletedDraft(), auditor, input({ actions: [] })),
      'invalid',
    );
    expect(fieldsOf(error)).toEqual(['actions']);
  });

  it('refuses contradictory "no actions needed" with actions given', () => {
    const error = errorOf(
      submitAudit(aCompletedDraft(), auditor, input({ noActionsNeeded: true })),
      'invalid',
    );
    expect(fieldsOf(error)).toEqual(['noActionsNeeded']);
  });

  it('names each bad action field', () => {
    const bad = { description: '', ownerId: '', dueDate: '2025-03-01', immediate: false };
    const error = errorOf(
      submitAudit(aCompletedDraft(), auditor, input({ actions: [oneAction, bad] })),
      'invalid',
    );
    expect(fieldsOf(error)).toEqual([
      'actions.1.description',
      'actions.1.ownerId',
      'actions.1.dueDate',
    ]);
  });

  it('refuses anyone but the auditor', () => {
    errorOf(submitAudit(aCompletedDraft(), anActor('QALead'), input()), 'forbidden');
  });

  it('cannot be submitted twice', () => {
    const { next } = valueOf(submitAudit(aCompletedDraft(), auditor, input()));
    const error = errorOf(submitAudit(next.audit, auditor, input()), 'invalid-state');
    expect(error.message).toContain('submitted');
  });
});
