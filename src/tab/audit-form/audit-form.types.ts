import type { AuditDetailResponse } from '../../contract/audits';
import type { Area } from '../../domain/records/grade';

type AreaPart = 'grade' | 'evidence' | 'strengths' | 'development';

/** Every field of the audit tool the auditor fills in, as a dotted path (as the API names it). */
export type FieldPath =
  | `areas.${Area}.${AreaPart}`
  | 'feedback.childYoungPerson'
  | 'feedback.parentsCarers'
  | 'feedback.professionals'
  | 'meetingDate'
  | 'practiceObserved'
  | 'measures.quantity'
  | 'measures.quality'
  | 'measures.impact'
  | 'overallGrade'
  | 'rationale';

/**
 * The form's values, flat and all strings: '' for no grade or no date, 'true'/'false' for
 * practice observed. Flat paths make per-field validation and the per-field merge simple.
 */
export type FormValues = Readonly<Record<FieldPath, string>>;

/** An action agreed at the end of the audit form (section 7, step 7). */
export interface ActionRow {
  readonly key: string;
  readonly description: string;
  readonly ownerId: string;
  /** Days from submission; '' for the cycle's timescale. */
  readonly timescaleDays: string;
  /** "Immediate, to meet good". */
  readonly immediate: boolean;
}

/** Field messages by path: form fields, 'actions', 'actions.N.description', 'noActionsNeeded'. */
export type Issues = Readonly<Record<string, string>>;

/** One field someone else changed while this person was editing. */
export interface ChangedField {
  readonly path: FieldPath;
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
  /** Both changed it (a real conflict), or only they did. */
  readonly kind: 'both' | 'theirs';
}

export type Choice = 'mine' | 'theirs';

export interface Conflict {
  readonly fields: readonly ChangedField[];
  readonly theirs: FormValues;
  readonly version: string;
}

export interface AuditFormProps {
  readonly detail: AuditDetailResponse;
  /** The server's answer to a save or submit, for the page to show. */
  readonly onSaved: (detail: AuditDetailResponse) => void;
}
