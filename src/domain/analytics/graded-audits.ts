import type { Audit, AuditState } from '../records/audit';
import type { Grade } from '../records/grade';
import type { Moderation } from '../records/moderation';

const NOT_YET_SUBMITTED: readonly AuditState[] = ['Allocated', 'InProgress'];

/** An audit counts in findings once submitted with an overall grade; drafts never do. */
export const isSubmitted = (audit: Audit): audit is Audit & { overallGrade: Grade } =>
  audit.overallGrade !== null && !NOT_YET_SUBMITTED.includes(audit.state);

/** A moderation counts once the moderator has agreed or disagreed and recorded a grade. */
export const isModerated = (m: Moderation): m is Moderation & { moderatedGrade: Grade } =>
  m.state !== 'Pending' && m.moderatedGrade !== null;

/** The latest completed moderation of each audit, by audit id. */
export const moderationsByAudit = (moderations: readonly Moderation[]): Map<string, Moderation> => {
  const latest = new Map<string, Moderation>();
  for (const m of moderations.filter(isModerated)) {
    const held = latest.get(m.auditId);
    if (held === undefined || (held.moderatedAt ?? '') < (m.moderatedAt ?? ''))
      latest.set(m.auditId, m);
  }
  return latest;
};

/** A submitted audit with the auditor's grade and the moderated grade side by side. */
export interface GradedAudit {
  readonly audit: Audit;
  readonly auditorGrade: Grade;
  /** The moderator's grade where moderated (it differs only on disagreement), else the auditor's. */
  readonly moderatedGrade: Grade;
  readonly moderation: Moderation | null;
}

export const gradedAudits = (
  audits: readonly Audit[],
  moderations: readonly Moderation[],
): GradedAudit[] => {
  const byAudit = moderationsByAudit(moderations);
  return audits.filter(isSubmitted).map((audit) => {
    const moderation = byAudit.get(audit.id) ?? null;
    return {
      audit,
      auditorGrade: audit.overallGrade,
      moderatedGrade: moderation?.moderatedGrade ?? audit.overallGrade,
      moderation,
    };
  });
};
