import { describe, expect, it } from 'vitest';
import {
  anActor,
  aModeration,
  anAudit,
  aSubmittedAudit,
  OTHER_SERVICE,
  STAFF,
} from '../fixtures/builders';
import { errorOf, fieldsOf, valueOf } from '../fixtures/results';
import type { AuditState } from '../records/audit';
import { scoreAuditQuality } from './audit-quality-score';
import { moderate } from './moderation';

const now = '2025-04-01T09:00:00Z';
const later = '2025-04-03T09:00:00Z';
const moderator = anActor('HeadOfService', { id: STAFF.moderator, serviceAreaId: OTHER_SERVICE });
const otherHead = anActor('HeadOfService', { id: 'staff-hos-other' });
const auditor = anActor('TeamManager', { id: STAFF.auditor });
const qaLead = anActor('QALead', { id: STAFF.qaLead });
const director = anActor('Director', { id: 'staff-director' });

const scores = {
  evidenceCited: 'Met',
  childsVoiceConsidered: 'PartlyMet',
  rationaleWeighedImpact: 'NotMet',
  actionsSpecific: 'Met',
} as const;

describe('scoring the quality of the audit (the audit of audits)', () => {
  it("the audit's moderator scores a submitted audit before moderating it", () => {
    const { next, events } = valueOf(
      scoreAuditQuality(aSubmittedAudit(), null, moderator, { scores, now }),
    );
    expect(next).toMatchObject({
      id: 'AUD-1-M',
      state: 'Pending',
      auditQuality: { scores, scoredById: STAFF.moderator, scoredAt: now },
    });
    expect(events).toMatchObject([{ kind: 'AuditQualityScored', moderationId: 'AUD-1-M' }]);
  });

  it('the score is kept apart from the grade: moderating afterwards keeps it', () => {
    const scored = valueOf(scoreAuditQuality(aSubmittedAudit(), null, moderator, { scores, now }));
    const { next } = valueOf(
      moderate(aSubmittedAudit(), scored.next, moderator, { outcome: 'Agreed', reasons: '', now }),
    );
    expect(next.moderation.state).toBe('Agreed');
    expect(next.moderation.auditQuality?.scores).toEqual(scores);
  });

  it('the QA lead may score any audit, even one they do not moderate', () => {
    const { next } = valueOf(scoreAuditQuality(aSubmittedAudit(), null, qaLead, { scores, now }));
    expect(next.auditQuality?.scoredById).toBe(STAFF.qaLead);
  });

  it.each([
    ['the auditor', auditor],
    ['another head of service', otherHead],
    ['a director', director],
  ])('%s may not score it', (_, actor) => {
    errorOf(scoreAuditQuality(aSubmittedAudit(), null, actor, { scores, now }), 'forbidden');
  });

  it.each<AuditState>(['Allocated', 'InProgress', 'Closed'])(
    'an audit that is %s cannot be scored',
    (state) => {
      const error = errorOf(
        scoreAuditQuality(anAudit({ state }), null, moderator, { scores, now }),
        'invalid-state',
      );
      expect(error.message).toMatch(/score the quality of the audit/);
    },
  );

  it.each<AuditState>(['Agreed', 'Disagreed', 'Resolved', 'ActionsOpen'])(
    'a re-score of an audit that is %s replaces the last score',
    (state) => {
      const first = aModeration({
        state: 'Agreed',
        auditQuality: { scores, scoredById: STAFF.moderator, scoredAt: now },
      });
      const rescored = { ...scores, rationaleWeighedImpact: 'Met' } as const;
      const { next } = valueOf(
        scoreAuditQuality(aSubmittedAudit({ state }), first, moderator, {
          scores: rescored,
          now: later,
        }),
      );
      expect(next.auditQuality).toEqual({
        scores: rescored,
        scoredById: STAFF.moderator,
        scoredAt: later,
      });
      expect(next.state).toBe('Agreed');
    },
  );

  it('an audit with no moderator assigned cannot be scored', () => {
    errorOf(
      scoreAuditQuality(aSubmittedAudit({ moderatorId: null }), null, qaLead, { scores, now }),
      'invalid-state',
    );
  });

  it('every criterion must be scored, from the rubric, and nothing else', () => {
    const error = errorOf(
      scoreAuditQuality(aSubmittedAudit(), null, moderator, {
        scores: { evidenceCited: 'Met', childsVoiceConsidered: 'Mostly', tone: 'Met' },
        now,
      }),
      'invalid',
    );
    expect(fieldsOf(error)).toEqual([
      'scores.childsVoiceConsidered',
      'scores.rationaleWeighedImpact',
      'scores.actionsSpecific',
      'scores.tone',
    ]);
    expect(error.message).toContain('Childs voice considered: This must be Met, Partly met');
    expect(error.message).toContain('Rationale weighed impact: This is required.');
  });
});
