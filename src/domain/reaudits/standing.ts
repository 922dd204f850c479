import { dateOf } from '../calendar/calendar';
import type { Audit } from '../records/audit';
import type { Grade } from '../records/grade';
import type { Moderation } from '../records/moderation';

/** A grade that stands, and the date it stood. */
export interface StoodGrade {
  readonly grade: Grade;
  /** ISO date. */
  readonly on: string;
}

type AuditPart = Pick<
  Audit,
  'state' | 'overallGrade' | 'moderatorId' | 'submittedAt' | 'moderatedAt' | 'closedAt'
>;
type ModerationPart = Pick<Moderation, 'state' | 'moderatedGrade' | 'moderatedAt' | 'resolvedAt'>;

const stood = (grade: Grade | null, at: string | null): StoodGrade | null =>
  grade === null || at === null ? null : { grade, on: dateOf(at) };

/**
 * The grade that stands once nothing can change it: the moderated grade once the moderator
 * agreed (on the day of moderation) or the disagreement was resolved (on the day it was); the
 * auditor's once an audit with no moderator moved past submission, or once the audit closed.
 * Null while it is not submitted, moderation is pending or a disagreement is open.
 */
export const finalGrade = (
  audit: AuditPart,
  moderation: ModerationPart | null,
): StoodGrade | null => {
  if (moderation !== null) {
    if (moderation.state === 'Agreed') {
      return stood(moderation.moderatedGrade ?? audit.overallGrade, moderation.moderatedAt);
    }
    if (moderation.state === 'Resolved') {
      return stood(
        moderation.moderatedGrade ?? audit.overallGrade,
        moderation.resolvedAt ?? moderation.moderatedAt,
      );
    }
    return null;
  }
  if (audit.state === 'Closed') {
    return stood(audit.overallGrade, audit.moderatedAt ?? audit.submittedAt ?? audit.closedAt);
  }
  if (audit.moderatorId === null && audit.state === 'ActionsOpen') {
    return stood(audit.overallGrade, audit.submittedAt);
  }
  return null;
};
