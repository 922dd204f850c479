/** Every record passes the domain's schemas: run over any demo data. */
import { expect, it } from 'vitest';
import type { z } from 'zod';
import type { DemoData } from '../../../src/demo-data/generate';
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
  respondToModerationSchema,
  role,
  supervisionReviewSchema,
  workerFeedbackSchema,
} from '../../../src/domain/validation';

export const schemasChecks = (data: DemoData): void => {
  /** Parses strictly and collects the issues, so a failure says which record and field. */
  let failures: unknown[] = [];
  const passes = (schema: z.ZodType, value: unknown, what: string): void => {
    const result = schema.safeParse(value);
    if (!result.success) failures.push([what, result.error.issues]);
  };
  const timestamps = (values: readonly (string | null)[], what: string): void => {
    for (const v of values) if (v !== null) passes(isoTimestamp, v, what);
  };
  /** A test that reports every failing record at once. */
  const check = (name: string, body: () => void): void => {
    it(name, () => {
      failures = [];
      body();
      expect(failures).toEqual([]);
    });
  };

  check('organisation, staff and cases', () => {
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

  check('cycles', () => {
    for (const { name, kind, startDate, endDate, theme, timescales } of data.cycles) {
      passes(cycleCreationSchema, { name, kind, startDate, endDate, theme, timescales }, name);
    }
  });

  check('audits: the audit tool as a draft, the worker feedback, ids and dates', () => {
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
      timestamps([a.submittedAt, a.moderatedAt, a.closedAt, a.alertRaisedAt], a.id);
      timestamps([a.alertAcknowledgedAt], a.id);
      if (a.alertAcknowledgedById !== null) passes(id, a.alertAcknowledgedById, a.id);
    }
  });

  check('moderations', () => {
    for (const m of data.moderations) {
      const outcome = m.state === 'Agreed' ? 'Agreed' : 'Disagreed';
      const moderatedGrade = outcome === 'Agreed' ? undefined : (m.moderatedGrade ?? undefined);
      passes(moderateSchema, { outcome, moderatedGrade, reasons: m.reasons }, m.id);
      if (m.state === 'Resolved') {
        passes(resolveDisagreementSchema, { learningNotes: m.learningNotes }, m.id);
      }
      if (m.auditorResponse === 'Acknowledged') {
        passes(respondToModerationSchema, { response: m.auditorResponse }, m.id);
      }
      if (m.auditorResponse === 'DiscussionProposed') {
        const { discussionDate } = m;
        passes(respondToModerationSchema, { response: m.auditorResponse, discussionDate }, m.id);
      }
      timestamps([m.moderatedAt, m.resolvedAt, m.respondedAt], m.id);
    }
  });

  check('actions and everything recorded on them', () => {
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

  check('feedback entries and observations', () => {
    for (const { id: key, recordedById, ...entry } of data.feedback) {
      passes(feedbackEntrySchema, entry, key);
      passes(id, recordedById, key);
    }
    for (const { id: key, observerId, ...observation } of data.observations) {
      passes(observationSchema, observation, key);
      passes(id, observerId, key);
    }
  });
};
