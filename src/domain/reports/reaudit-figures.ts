import type { GradeChange } from '../reaudits/grade-change';
import { gradeChange } from '../reaudits/grade-change';
import type { Reaudit } from '../reaudits/reaudit';
import type { Audit } from '../records/audit';
import type { Grade } from '../records/grade';
import type { Moderation } from '../records/moderation';
import { standingGrade } from '../records/standing-grade';

/** One re-audit in a report: the case by number, the grade before, and after once it stands. */
export interface ReauditRow {
  readonly caseNumber: string;
  readonly gradeBefore: Grade;
  readonly gradeAfter: Grade | null;
  readonly change: GradeChange | null;
}

export interface ReauditFigures {
  readonly scheduled: number;
  readonly allocated: number;
  readonly cancelled: number;
  /** Allocated and graded: the before-and-after is known. */
  readonly graded: number;
  readonly improved: number;
  readonly same: number;
  readonly declined: number;
  readonly rows: readonly ReauditRow[];
}

/**
 * The outcomes of the re-audits given (section 7's re-audit of Inadequate and Requires
 * improvement grades): a row for each whose own audit is among the audits given, the grade
 * after being that audit's standing grade; the rest are counted by state.
 */
export const reauditFigures = (
  reaudits: readonly Reaudit[],
  audits: readonly Audit[],
  moderations: readonly Moderation[],
): ReauditFigures => {
  const auditById = new Map(audits.map((a) => [a.id, a]));
  const moderationByAudit = new Map(moderations.map((m) => [m.auditId, m]));
  const rows = reaudits
    .filter((r) => r.state === 'Allocated' && auditById.has(r.auditId ?? ''))
    .map((r): ReauditRow => {
      const after = auditById.get(r.auditId ?? '');
      const gradeAfter =
        after === undefined || after.state === 'Allocated' || after.state === 'InProgress'
          ? null
          : standingGrade(after, moderationByAudit.get(after.id) ?? null);
      return {
        caseNumber: r.caseNumber,
        gradeBefore: r.gradeBefore,
        gradeAfter,
        change: gradeAfter === null ? null : gradeChange(r.gradeBefore, gradeAfter),
      };
    })
    .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
  const count = (change: GradeChange) => rows.filter((r) => r.change === change).length;
  return {
    scheduled: reaudits.filter((r) => r.state === 'Scheduled').length,
    allocated: rows.length,
    cancelled: reaudits.filter((r) => r.state === 'Cancelled').length,
    graded: rows.filter((r) => r.change !== null).length,
    improved: count('improved'),
    same: count('same'),
    declined: count('declined'),
    rows,
  };
};
