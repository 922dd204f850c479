import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  actionInputSchema,
  auditDraftSchema,
  caseNumber,
  cohort,
  completeActionSchema,
  cycleCreationSchema,
  feedbackEntrySchema,
  id,
  isoDate,
  isoTimestamp,
  moderateSchema,
  observationSchema,
  reasonSchema,
  recordProgressSchema,
  resolveDisagreementSchema,
  role,
  supervisionReviewSchema,
  workerFeedbackSchema,
} from '../../src/domain/validation';
import { data } from './fixture';

/** Parses strictly and reports the issues, so a failure says which record and field. */
const passes = (schema: z.ZodType, value: unknown, what: string): void => {
  const result = schema.safeParse(value);
  expect(result.success ? [] : [what, result.error.issues]).toEqual([]);
};

const timestamps = (values: readonly (string | null)[], what: string): void => {
  for (const v of values) if (v !== null) passes(isoTimestamp, v, what);
};

describe('demo records pass the domain schemas', () => {
  it('organisation, staff and cases', () => {
    for (const r of [...data.serviceAreas, ...data.teams]) passes(id, r.id, r.id);
    for (const s of data.staff) {
      passes(id, s.id, s.id);
      passes(role, s.role, s.id);
    }
    for (const c of data.cases) {
      passes(caseNumber, c.caseNumber, c.caseNumber);
      passes(cohort, c.cohort, c.caseNumber);
    }
  });

  it('cycles', () => {
    for (const { name, kind, startDate, endDate, theme, timescales } of data.cycles) {
      passes(cycleCreationSchema, { name, kind, startDate, endDate, theme, timescales }, name);
    }
  });

  it('audits: the audit tool as a draft, the worker feedback, ids and dates', () => {
    for (const a of data.audits) {
      const { worker, ...feedback } = a.feedback;
      const draft = {
        areas: a.areas,
        feedback,
        meetingDate: a.meetingDate,
        practiceObserved: a.practiceObserved,
        measures: a.measures,
        overallGrade: a.overallGrade,
        rationale: a.rationale,
      };
      passes(auditDraftSchema, draft, a.id);
      if (worker !== '') passes(workerFeedbackSchema, { feedback: worker }, a.id);
      for (const v of [a.id, a.cycleId, a.auditorId, a.workerId, a.teamManagerId])
        passes(id, v, a.id);
      for (const v of [a.allocatedOn, a.auditDue, a.moderationDue]) passes(isoDate, v, a.id);
      timestamps([a.submittedAt, a.moderatedAt, a.closedAt], a.id);
    }
  });

  it('moderations', () => {
    for (const m of data.moderations) {
      const outcome = m.state === 'Agreed' ? 'Agreed' : 'Disagreed';
      const moderatedGrade = outcome === 'Agreed' ? undefined : (m.moderatedGrade ?? undefined);
      passes(moderateSchema, { outcome, moderatedGrade, reasons: m.reasons }, m.id);
      if (m.state === 'Resolved') {
        passes(resolveDisagreementSchema, { learningNotes: m.learningNotes }, m.id);
      }
      timestamps([m.moderatedAt, m.resolvedAt], m.id);
    }
  });

  it('actions and everything recorded on them', () => {
    for (const a of data.actions) {
      const { description, ownerId, dueDate, immediate } = a;
      passes(actionInputSchema, { description, ownerId, dueDate, immediate }, a.id);
      for (const p of a.progress) passes(recordProgressSchema, { note: p.note }, a.id);
      for (const r of a.supervisionReviews) {
        passes(supervisionReviewSchema, { date: r.date, note: r.note }, a.id);
      }
      if (a.evidence !== '') passes(completeActionSchema, { evidence: a.evidence }, a.id);
      for (const reason of [a.returnReason, a.notCompletedReason]) {
        if (reason !== '') passes(reasonSchema, { reason }, a.id);
      }
      timestamps(
        [a.createdAt, a.completedAt, a.verifiedAt, a.closureRequestedAt, a.closedAt],
        a.id,
      );
    }
  });

  it('feedback entries and observations', () => {
    for (const { id: key, recordedById, ...entry } of data.feedback) {
      passes(feedbackEntrySchema, entry, key);
      passes(id, recordedById, key);
    }
    for (const { id: key, observerId, ...observation } of data.observations) {
      passes(observationSchema, observation, key);
      passes(id, observerId, key);
    }
  });
});
