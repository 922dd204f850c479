import { describe, it, expect } from 'vitest';
import {
  anAction,
  anActor,
  aModeration,
  aSubmittedAudit,
  OTHER_SERVICE,
  STAFF,
} from '../fixtures/builders';
import { errorOf, fieldsOf, valueOf } from '../fixtures/results';
import { closeAuditIfDone, completeWithoutModeration } from './audit-close';
import { moderate, resolveDisagreement } from './moderation';

const now = '2025-04-01T09:00:00Z';
const moderator = anActor('HeadOfService', { id: STAFF.moderator, serviceAreaId: OTHER_SERVICE });
const auditor = anActor('TeamManager', { id: STAFF.auditor });
const qaLead = anActor('QALead', { id: STAFF.qaLead });

describe('moderation', () => {
  it('an agreement keeps the auditor grade as the moderated grade', () => {
    const { next, events } = valueOf(
      moderate(aSubmittedAudit(), null, moderator, { outcome: 'Agreed', reasons: '', now }),
    );
    expect(next.audit.state).toBe('Agreed');
    expect(next.moderation).toMatchObject({
      id: 'AUD-1-M',
      state: 'Agreed',
      auditorGrade: 'Good',
      moderatedGrade: 'Good',
    });
    expect(events.map((e) => e.kind)).toEqual(['ModerationAgreed']);
  });

  it("a disagreement stores the moderated grade and never overwrites the auditor's", () => {
    const input = {
      outcome: 'Disagreed' as const,
      moderatedGrade: 'Requires improvement to be good' as const,
      reasons: 'Plan lacks timescales.',
      now,
    };
    const { next, events } = valueOf(moderate(aSubmittedAudit(), aModeration(), moderator, input));
    expect(next.audit.overallGrade).toBe('Good');
    expect(next.moderation.moderatedGrade).toBe('Requires improvement to be good');
    expect(events).toMatchObject([
      {
        kind: 'ModerationDisagreed',
        auditorGrade: 'Good',
        moderatedGrade: 'Requires improvement to be good',
      },
    ]);
  });

  it('a disagreement needs a different grade and reasons', () => {
    const same = {
      outcome: 'Disagreed' as const,
      moderatedGrade: 'Good' as const,
      reasons: '',
      now,
    };
    expect(
      fieldsOf(errorOf(moderate(aSubmittedAudit(), null, moderator, same), 'invalid')),
    ).toEqual(['moderatedGrade', 'reasons']);
    const none = { outcome: 'Disagreed' as const, reasons: 'x', now };
    expect(
      fieldsOf(errorOf(moderate(aSubmittedAudit(), null, moderator, none), 'invalid')),
    ).toEqual(['moderatedGrade']);
  });

  it('a moderated grade of Inadequate alerts the head of service too', () => {
    const input = {
      outcome: 'Disagreed' as const,
      moderatedGrade: 'Inadequate' as const,
      reasons: 'Risk not addressed.',
      now,
    };
    const { events } = valueOf(moderate(aSubmittedAudit(), null, moderator, input));
    expect(events.map((e) => e.kind)).toContain('GradedInadequate');
  });

  it('only the assigned moderator moderates, and only once', () => {
    errorOf(
      moderate(aSubmittedAudit(), null, anActor('HeadOfService'), {
        outcome: 'Agreed',
        reasons: '',
        now,
      }),
      'forbidden',
    );
    errorOf(
      moderate(aSubmittedAudit(), null, auditor, { outcome: 'Agreed', reasons: '', now }),
      'forbidden',
    );
    const { next } = valueOf(
      moderate(aSubmittedAudit(), null, moderator, { outcome: 'Agreed', reasons: '', now }),
    );
    errorOf(
      moderate(next.audit, next.moderation, moderator, { outcome: 'Agreed', reasons: '', now }),
      'invalid-state',
    );
  });

  it('the learning conversation resolves a disagreement, once', () => {
    const audit = aSubmittedAudit({ state: 'Disagreed' });
    const moderation = aModeration({ state: 'Disagreed', moderatedGrade: 'Inadequate' });
    const { next, events } = valueOf(
      resolveDisagreement(audit, moderation, auditor, { learningNotes: 'Discussed.', now }),
    );
    expect(next.audit.state).toBe('Resolved');
    expect(next.moderation).toMatchObject({
      state: 'Resolved',
      learningNotes: 'Discussed.',
      resolvedAt: now,
    });
    expect(events.map((e) => e.kind)).toEqual(['DisagreementResolved']);
    errorOf(
      resolveDisagreement(next.audit, next.moderation, auditor, { learningNotes: 'x', now }),
      'invalid-state',
    );
  });
});

describe('after moderation', () => {
  const open = anAction({ state: 'InProgress' });
  const closed = anAction({ id: 'AUD-1-A2', state: 'Closed' });

  it('an agreed audit with open actions moves to ActionsOpen', () => {
    const { next, events } = valueOf(
      closeAuditIfDone(aSubmittedAudit({ state: 'Agreed' }), qaLead, {
        actions: [open, closed],
        now,
      }),
    );
    expect(next.state).toBe('ActionsOpen');
    expect(events).toEqual([]);
  });

  it('an audit whose actions are all closed or not completed closes', () => {
    const notDone = anAction({ state: 'NotCompleted' });
    const { next, events } = valueOf(
      closeAuditIfDone(aSubmittedAudit({ state: 'ActionsOpen' }), qaLead, {
        actions: [notDone, closed],
        now,
      }),
    );
    expect(next).toMatchObject({ state: 'Closed', closedAt: now });
    expect(events.map((e) => e.kind)).toEqual(['AuditClosed']);
    errorOf(closeAuditIfDone(next, qaLead, { actions: [], now }), 'invalid-state');
  });

  it('refuses to close an audit while actions are open, saying how many', () => {
    const error = errorOf(
      closeAuditIfDone(aSubmittedAudit({ state: 'ActionsOpen' }), qaLead, { actions: [open], now }),
      'invalid-state',
    );
    expect(error.message).toContain('1 of its actions');
  });

  it('ignores actions of other audits', () => {
    const elsewhere = anAction({ auditId: 'AUD-2' });
    const { next } = valueOf(
      closeAuditIfDone(aSubmittedAudit({ state: 'Resolved' }), qaLead, {
        actions: [elsewhere],
        now,
      }),
    );
    expect(next.state).toBe('Closed');
  });

  it('the system may close finished audits', () => {
    const system = anActor('QALead', { id: 'system' });
    valueOf(closeAuditIfDone(aSubmittedAudit({ state: 'Agreed' }), system, { actions: [], now }));
  });

  it('an unmoderated submitted audit is completed without moderation by an explicit step', () => {
    const audit = aSubmittedAudit({ moderatorId: null });
    const { next } = valueOf(completeWithoutModeration(audit, qaLead, { actions: [open], now }));
    expect(next.state).toBe('ActionsOpen');
    errorOf(completeWithoutModeration(next, qaLead, { actions: [open], now }), 'invalid-state');
  });

  it('an audit awaiting its moderator cannot skip moderation', () => {
    const error = errorOf(
      completeWithoutModeration(aSubmittedAudit(), qaLead, { actions: [], now }),
      'invalid-state',
    );
    expect(error.message).toContain('moderator');
  });
});
