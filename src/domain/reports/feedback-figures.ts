import type { Audit, AuditFeedback } from '../records/audit';
import type { FeedbackEntry, FeedbackSource, Sentiment } from '../records/feedback';
import { FEEDBACK_SOURCES, SENTIMENTS } from '../records/feedback';

export interface FeedbackSourceFigures {
  readonly source: FeedbackSource;
  readonly total: number;
  readonly sentiments: Readonly<Record<Sentiment, number>>;
}

export interface FeedbackFigures {
  /** The feedback register, by source and sentiment: counts only, never what was said. */
  readonly register: readonly FeedbackSourceFigures[];
  /** Submitted audits that recorded feedback from each voice (section 7, step 3). */
  readonly inAudits: Readonly<Record<keyof AuditFeedback, number>>;
  readonly submittedAudits: number;
}

const VOICES: readonly (keyof AuditFeedback)[] = [
  'childYoungPerson',
  'parentsCarers',
  'professionals',
  'worker',
];

export const feedbackFigures = (
  entries: readonly FeedbackEntry[],
  submitted: readonly Audit[],
): FeedbackFigures => ({
  register: FEEDBACK_SOURCES.map((source) => {
    const own = entries.filter((e) => e.source === source);
    return {
      source,
      total: own.length,
      sentiments: Object.fromEntries(
        SENTIMENTS.map((s) => [s, own.filter((e) => e.sentiment === s).length]),
      ) as Record<Sentiment, number>,
    };
  }).filter((s) => s.total > 0),
  inAudits: Object.fromEntries(
    VOICES.map((v) => [v, submitted.filter((a) => a.feedback[v].trim() !== '').length]),
  ) as Record<keyof AuditFeedback, number>,
  submittedAudits: submitted.length,
});
