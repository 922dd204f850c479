import type { Audit } from '../records/audit';
import type { Area, Grade } from '../records/grade';
import { AREAS } from '../records/grade';
import type { Moderation } from '../records/moderation';
import type { GradeDistribution } from './grade-counts';
import { distributionOf } from './grade-counts';
import type { GradedAudit } from './graded-audits';
import { gradedAudits } from './graded-audits';
import { groupBy } from './group-by';

/**
 * Grades of submitted audits: the overall grade as the auditor gave it and as moderated, and
 * each of the six areas (areas are graded by the auditor only; moderation is of the overall grade).
 */
export interface GradeDistributions {
  readonly auditor: GradeDistribution;
  readonly moderated: GradeDistribution;
  readonly areas: Readonly<Record<Area, GradeDistribution>>;
}

export const distributionsOf = (graded: readonly GradedAudit[]): GradeDistributions => ({
  auditor: distributionOf(graded.map((g) => g.auditorGrade)),
  moderated: distributionOf(graded.map((g) => g.moderatedGrade)),
  areas: Object.fromEntries(
    AREAS.map((area) => [
      area,
      distributionOf(
        graded
          .map((g) => g.audit.areas[area].grade)
          .filter((grade): grade is Grade => grade !== null),
      ),
    ]),
  ) as Record<Area, GradeDistribution>,
});

export const gradeDistributions = (
  audits: readonly Audit[],
  moderations: readonly Moderation[],
): GradeDistributions => distributionsOf(gradedAudits(audits, moderations));

export type GroupingKey = 'teamId' | 'serviceAreaId' | 'cycleId';

/** Grade distributions by team, by service area or by cycle, in key order. */
export const gradeDistributionsBy = (
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  by: GroupingKey,
): (GradeDistributions & { readonly key: string })[] =>
  [...groupBy(gradedAudits(audits, moderations), (g) => g.audit[by])].map(([key, group]) => ({
    key,
    ...distributionsOf(group),
  }));
