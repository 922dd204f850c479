import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import { canView } from './can-view';
import { relationsTo } from './relations';

/** Fields held back from the practitioner until the auditor has shared the grade. */
export const GRADE_FIELDS = ['overallGrade', 'rationale', 'areas.*.grade'] as const;

/**
 * Whether the actor may see the grade and rationale yet. The auditor informs the practitioner of
 * the grading (section 7, step 5): until then the allocated worker, and any practitioner who is
 * not the auditor, sees the audit without them.
 */
export const canSeeGrade = (actor: Actor, audit: Audit): boolean => {
  if (audit.gradeSharedOn !== null) return true;
  const relations = relationsTo(actor, audit);
  if (relations.has('Auditor') || relations.has('Moderator')) return true;
  return !relations.has('AllocatedWorker') && actor.role !== 'Practitioner';
};

export type AuditVisibility = 'hidden' | 'withoutGrade' | 'full';

export const visibilityOf = (actor: Actor, audit: Audit): AuditVisibility => {
  if (!canView(actor, audit)) return 'hidden';
  return canSeeGrade(actor, audit) ? 'full' : 'withoutGrade';
};

/** The audit as this actor may see it, or null when they may not see it at all. */
export const redactAudit = (actor: Actor, audit: Audit): Audit | null => {
  const visibility = visibilityOf(actor, audit);
  switch (visibility) {
    case 'hidden':
      return null;
    case 'full':
      return audit;
    case 'withoutGrade': {
      const areas = Object.fromEntries(
        Object.entries(audit.areas).map(([area, judgement]) => [
          area,
          { ...judgement, grade: null },
        ]),
      ) as Audit['areas'];
      return { ...audit, areas, overallGrade: null, rationale: '' };
    }
  }
};
