import type { Audit } from './audit';
import type { AuditQuality } from './audit-quality';
import type { Grade } from './grade';

export const MODERATION_OUTCOMES = ['Agreed', 'Disagreed'] as const;
export type ModerationOutcome = (typeof MODERATION_OUTCOMES)[number];

/** How the auditor answered a disagreement: not yet, acknowledged, or a date proposed to talk. */
export const AUDITOR_RESPONSES = ['None', 'Acknowledged', 'DiscussionProposed'] as const;
export type AuditorResponse = (typeof AUDITOR_RESPONSES)[number];

export const MODERATION_STATES = ['Pending', 'Agreed', 'Disagreed', 'Resolved'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/**
 * A moderation of one audit (section 7, step 6). The auditor's grade is never overwritten:
 * a disagreement stores the moderated grade here, and goes back to the auditor as a learning
 * conversation, resolved once it has taken place.
 */
export interface Moderation {
  readonly id: string;
  readonly auditId: string;
  readonly cycleId: string;
  readonly moderatorId: string;
  readonly auditorId: string;
  readonly state: ModerationState;
  /** The auditor's grade at the time of moderation. */
  readonly auditorGrade: Grade;
  /** Equal to auditorGrade when agreed. */
  readonly moderatedGrade: Grade | null;
  readonly reasons: string;
  /** Notes of the learning conversation with the auditor. */
  readonly learningNotes: string;
  readonly moderatedAt: string | null;
  readonly resolvedAt: string | null;
  /** The auditor's answer to a disagreement, and the date proposed for the learning conversation. */
  readonly auditorResponse: AuditorResponse;
  readonly discussionDate: string | null;
  readonly respondedAt: string | null;
  /** The moderator's score of the audit's quality (the audit of audits); null until scored. */
  readonly auditQuality: AuditQuality | null;
}

/** An audit's moderation before the moderator has given it: pending, with nothing recorded yet. */
export const pendingModeration = (
  audit: Pick<Audit, 'id' | 'cycleId' | 'moderatorId' | 'auditorId' | 'overallGrade'>,
): Moderation => ({
  id: `${audit.id}-M`,
  auditId: audit.id,
  cycleId: audit.cycleId,
  moderatorId: audit.moderatorId ?? '',
  auditorId: audit.auditorId,
  state: 'Pending',
  // No safe grade exists before one is given: the most serious keeps a gap from hiding a concern.
  auditorGrade: audit.overallGrade ?? 'Inadequate',
  moderatedGrade: null,
  reasons: '',
  learningNotes: '',
  moderatedAt: null,
  resolvedAt: null,
  auditorResponse: 'None',
  discussionDate: null,
  respondedAt: null,
  auditQuality: null,
});
