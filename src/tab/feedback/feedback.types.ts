import type { FeedbackSource, Sentiment } from '../../domain/records/feedback';
import type { Role } from '../../domain/records/staff';

export { FEEDBACK_SOURCE_LABELS as SOURCE_LABELS } from '../../domain/records/feedback';

export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  Positive: 'Positive',
  Mixed: 'Mixed',
  Negative: 'Negative',
};

/** Who reads the register (the server's reach): everyone but practitioners. */
export const FEEDBACK_READERS: readonly Role[] = [
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
  'AssistantDirector',
  'Director',
];

/** Who adds to it: senior leaders read only (src/server/api/registers/reach.ts). */
export const FEEDBACK_RECORDERS: readonly Role[] = [
  'TeamManager',
  'HeadOfService',
  'PrincipalSocialWorker',
  'QALead',
];

/** The form as typed; '' is "not chosen yet". */
export interface FeedbackDraft {
  readonly source: FeedbackSource | '';
  readonly sentiment: Sentiment | '';
  readonly receivedOn: string;
  readonly serviceAreaId: string;
  /** '' for feedback about the whole service rather than one team. */
  readonly teamId: string;
  readonly caseNumber: string;
  readonly summary: string;
}

export interface Option {
  readonly value: string;
  readonly label: string;
}
