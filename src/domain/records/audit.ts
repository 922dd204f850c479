import type { Area, Grade } from './grade';
import type { Cohort } from './case';

/**
 * Audit lifecycle (DESIGN.md): Allocated → InProgress → Submitted →
 * (Agreed | Disagreed → Resolved) → ActionsOpen → Closed.
 * An audit without a moderator goes from Submitted straight to ActionsOpen (or Closed).
 */
export const AUDIT_STATES = [
  'Allocated',
  'InProgress',
  'Submitted',
  'Agreed',
  'Disagreed',
  'Resolved',
  'ActionsOpen',
  'Closed',
] as const;
export type AuditState = (typeof AUDIT_STATES)[number];

/** One of the six areas measured, as judged in the audit tool. */
export interface AreaJudgement {
  readonly grade: Grade | null;
  readonly evidence: string;
  readonly strengths: string;
  readonly development: string;
}

/** Feedback gathered during the audit (section 7, step 3). */
export interface AuditFeedback {
  readonly childYoungPerson: string;
  readonly parentsCarers: string;
  readonly professionals: string;
  readonly worker: string;
}

/** Work measured in three ways (section 3): quantity, quality, impact. */
export interface QuantityQualityImpact {
  readonly quantity: string;
  readonly quality: string;
  readonly impact: string;
}

/** The allocation recorded on the audit allocation tracker (section 7, step 1). */
export interface Allocation {
  readonly cycleId: string;
  readonly caseNumber: string;
  readonly cohort: Cohort;
  readonly teamId: string;
  readonly serviceAreaId: string;
  readonly auditorId: string;
  readonly workerId: string;
  readonly teamManagerId: string;
  readonly moderatorId: string | null;
  /** ISO dates. */
  readonly allocatedOn: string;
  readonly auditDue: string;
  readonly moderationDue: string;
  /** The earlier audit this one re-audits (its grade was Inadequate or Requires improvement). */
  readonly reauditOf?: string;
}

/**
 * An action as the auditor has it in the form before submitting: kept with the draft so that
 * nothing the form holds is lost, however unfinished (an empty description, no owner yet).
 * The actions themselves are made on submit.
 */
export interface DraftAction {
  readonly description: string;
  readonly ownerId: string;
  /** Days from submission; null for the cycle's timescale. */
  readonly timescaleDays: number | null;
  /** "Immediate, to meet good". */
  readonly immediate: boolean;
}

export interface Audit extends Allocation {
  readonly id: string;
  readonly state: AuditState;
  /** Independent reviewing officers and other practitioners added as contributors. */
  readonly contributorIds: readonly string[];
  readonly areas: Readonly<Record<Area, AreaJudgement>>;
  readonly feedback: AuditFeedback;
  readonly meetingDate: string | null;
  readonly practiceObserved: boolean;
  readonly measures: QuantityQualityImpact;
  readonly overallGrade: Grade | null;
  readonly rationale: string;
  /** The actions in the form, saved with the draft; emptied on submit, when the actions are made. */
  readonly draftActions: readonly DraftAction[];
  /** The auditor has informed the practitioner of the grading (section 7, step 5). */
  readonly gradeSharedOn: string | null;
  /** ISO timestamps. */
  readonly submittedAt: string | null;
  readonly moderatedAt: string | null;
  readonly closedAt: string | null;
  /** The Inadequate alert (section 7, step 9): raised with the grade, acknowledged once. */
  readonly alertRaisedAt: string | null;
  readonly alertAcknowledgedAt: string | null;
  readonly alertAcknowledgedById: string | null;
}

export const emptyAreaJudgement: AreaJudgement = {
  grade: null,
  evidence: '',
  strengths: '',
  development: '',
};

export const emptyFeedback: AuditFeedback = {
  childYoungPerson: '',
  parentsCarers: '',
  professionals: '',
  worker: '',
};

export const emptyMeasures: QuantityQualityImpact = { quantity: '', quality: '', impact: '' };

/** A newly allocated audit: the allocation, and an audit tool with nothing recorded yet. */
export const auditFromAllocation = (id: string, allocation: Allocation): Audit => ({
  ...allocation,
  id,
  state: 'Allocated',
  contributorIds: [],
  areas: {
    childsVoice: emptyAreaJudgement,
    assessment: emptyAreaJudgement,
    planning: emptyAreaJudgement,
    chronology: emptyAreaJudgement,
    managementGrip: emptyAreaJudgement,
    parentCarerEngagement: emptyAreaJudgement,
  },
  feedback: emptyFeedback,
  meetingDate: null,
  practiceObserved: false,
  measures: emptyMeasures,
  overallGrade: null,
  rationale: '',
  draftActions: [],
  gradeSharedOn: null,
  submittedAt: null,
  moderatedAt: null,
  closedAt: null,
  alertRaisedAt: null,
  alertAcknowledgedAt: null,
  alertAcknowledgedById: null,
});
