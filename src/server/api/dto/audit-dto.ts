import { canViewModeration } from '../../../domain/access/moderation-access';
import { canSeeGrade, redactAudit } from '../../../domain/access/visible-fields';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Actor } from '../../../domain/records/actor';
import type { Audit } from '../../../domain/records/audit';
import type { Moderation } from '../../../domain/records/moderation';
import type { AuditDto, ModerationDto } from '../../../contract/audits';
import type { Directory } from '../../../app/directory/directory';
import { allowedOnAudit } from '../../../domain/access/allowed';
import { standingGrade } from '../../../domain/records/standing-grade';
import { namesOf } from './names';

/** Flags on grade fields go only to those who may see the grade (a flag carries an excerpt). */
const isGradeFlag = (field: string): boolean =>
  field === 'overallGrade' || field === 'rationale' || /^areas\.[A-Za-z]+\.grade$/.test(field);

/** The audit as this actor may see it, or null when they may not see it at all. */
export function auditDto(
  actor: Actor,
  directory: Directory,
  versioned: Versioned<Audit>,
  moderation: Moderation | null = null,
): AuditDto | null {
  const audit = versioned.record;
  const visible = redactAudit(actor, audit);
  if (visible === null) return null;
  const gradeVisible = canSeeGrade(actor, audit);
  return {
    record: visible,
    version: versioned.version,
    flags: gradeVisible ? versioned.flags : versioned.flags.filter((f) => !isGradeFlag(f.field)),
    names: namesOf(
      directory,
      [
        audit.auditorId,
        audit.workerId,
        audit.teamManagerId,
        audit.moderatorId,
        ...audit.contributorIds,
      ],
      { teamIds: [audit.teamId], serviceAreaIds: [audit.serviceAreaId] },
    ),
    allowed: allowedOnAudit(actor, audit, moderation),
    gradeVisible,
    standingGrade: gradeVisible ? standingGrade(audit, moderation) : null,
  };
}

/** The moderation holds grades: only those who may see the audit's grade get it. */
export function moderationDto(
  actor: Actor,
  directory: Directory,
  audit: Audit,
  moderation: Versioned<Moderation> | null,
): ModerationDto | null {
  if (moderation === null || !canViewModeration(actor, audit)) return null;
  return {
    record: moderation.record,
    version: moderation.version,
    flags: moderation.flags,
    names: namesOf(directory, [moderation.record.moderatorId, moderation.record.auditorId]),
    allowed: [],
  };
}

/** DTOs of the audits this actor may see: soonest due first, unless already in page order. */
export function auditDtos(
  actor: Actor,
  directory: Directory,
  audits: readonly Versioned<Audit>[],
  options: {
    readonly sorted?: boolean;
    /** Each audit's moderation (from the read model), for its standing grade and next steps. */
    readonly moderationOf?: (auditId: string) => Moderation | null;
  } = {},
): AuditDto[] {
  const dtos = audits
    .map((a) => auditDto(actor, directory, a, options.moderationOf?.(a.record.id) ?? null))
    .filter((dto): dto is AuditDto => dto !== null);
  return options.sorted === true
    ? dtos
    : dtos.sort((a, b) => a.record.auditDue.localeCompare(b.record.auditDue));
}
