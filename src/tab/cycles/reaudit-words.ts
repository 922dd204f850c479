import type { ReauditProgress } from '../../domain/reaudits/reaudit-progress';

const CHANGE_WORDS = {
  improved: 'improved',
  same: 'the same grade',
  declined: 'declined',
} as const;

/**
 * A re-audit's progress in one phrase for the tracker (read out whole by a screen reader and
 * sorted by): what it re-audits, the grade before, and after once it stands.
 */
export const reauditWords = (r: ReauditProgress | null): string => {
  if (r === null) return '';
  const before = r.gradeBefore ?? 'not graded';
  if (r.gradeAfter === null || r.change === null) {
    return `Re-audit of ${r.earlierAuditId}: was ${before}; not graded yet`;
  }
  return `Re-audit of ${r.earlierAuditId}: was ${before}, now ${r.gradeAfter} — ${CHANGE_WORDS[r.change]}`;
};
