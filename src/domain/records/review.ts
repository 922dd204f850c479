import type { Case, Cohort } from './case';
import type { Area } from './grade';

/**
 * The framework's reviews outside the six-weekly case file audit (section 6): a thematic audit
 * (the QA lead, as directed by the PSW and AD) and a dip sample (a head of service, in their own
 * service, as required). Each has its own questions, draws its cases from the open-case
 * register, and ends in findings, learning and recommendations.
 */
export const REVIEW_KINDS = ['ThematicAudit', 'DipSample'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Designing (questions, cohort, size) → Sampling (cases drawn, answered) → Completed → Shared. */
export const REVIEW_STATES = ['Designing', 'Sampling', 'Completed', 'Shared'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** How a question is answered: yes or no, a 1–4 scale, an Ofsted grade, or a short text. */
export const ANSWER_TYPES = ['YesNo', 'Scale', 'Grade', 'Text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface ReviewQuestion {
  /** 'Q1', 'Q2'… made by the domain when the design is saved. */
  readonly id: string;
  readonly text: string;
  /** The audit area the question belongs to, or null for a free question. */
  readonly area: Area | null;
  readonly answerType: AnswerType;
}

/** Which open cases may be drawn: each list empty means "any". */
export interface CohortFilter {
  readonly serviceAreaIds: readonly string[];
  readonly teamIds: readonly string[];
  readonly cohorts: readonly Cohort[];
}

/** The answers recorded for one sampled case (by case number only), by question id. */
export interface CaseAnswers {
  readonly caseNumber: string;
  readonly answers: Readonly<Record<string, string>>;
  readonly byId: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface ReviewFindings {
  readonly findings: string;
  readonly learning: string;
  readonly recommendations: string;
}

export interface Review {
  readonly id: string;
  readonly kind: ReviewKind;
  /** What is under review, e.g. "Neglect: use of chronology". */
  readonly theme: string;
  /** The service reviewed: a dip sample's own service; null for a council-wide thematic audit. */
  readonly serviceAreaId: string | null;
  readonly ownerId: string;
  readonly state: ReviewState;
  readonly questions: readonly ReviewQuestion[];
  readonly filter: CohortFilter;
  readonly sampleSize: number;
  /** The seed of the draw, once drawn: the same seed over the same pool gives the same sample. */
  readonly seed: number | null;
  /** The case numbers drawn, in the order drawn (never anything else about a child). */
  readonly sample: readonly string[];
  /** How many open cases the filter matched when the sample was drawn. */
  readonly poolSize: number;
  readonly answers: readonly CaseAnswers[];
  readonly findings: ReviewFindings;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly drawnAt: string | null;
  readonly completedAt: string | null;
  readonly sharedAt: string | null;
  readonly sharedById: string | null;
}

/** The fields of a case a draw reads. */
export type DrawableCase = Pick<
  Case,
  'caseNumber' | 'teamId' | 'serviceAreaId' | 'cohort' | 'open'
>;

export const EMPTY_FILTER: CohortFilter = { serviceAreaIds: [], teamIds: [], cohorts: [] };
export const EMPTY_FINDINGS: ReviewFindings = { findings: '', learning: '', recommendations: '' };
