/** Sources of feedback in the framework's methods of quality assurance (section 2). */
export const FEEDBACK_SOURCES = [
  'ChildYoungPerson',
  'ParentCarer',
  'Professional',
  'Practitioner',
  'Compliment',
  'Complaint',
  'Participation',
] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const SENTIMENTS = ['Positive', 'Mixed', 'Negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  ChildYoungPerson: 'Child or young person',
  ParentCarer: 'Parent or carer',
  Professional: 'Professional',
  Practitioner: 'Practitioner',
  Compliment: 'Compliment',
  Complaint: 'Complaint',
  Participation: 'Participation',
};

/** An entry in the feedback register. Synthetic, and never names a child. */
export interface FeedbackEntry {
  readonly id: string;
  readonly source: FeedbackSource;
  readonly receivedOn: string;
  readonly serviceAreaId: string;
  readonly teamId: string | null;
  /** The case number, when the feedback is about a case. */
  readonly caseNumber: string | null;
  readonly auditId: string | null;
  readonly sentiment: Sentiment;
  readonly summary: string;
  readonly recordedById: string;
}
