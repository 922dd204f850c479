import type { QualityCriterion, QualityScores } from '../domain/records/audit-quality';

export type {
  QualityCriterion,
  QualityScore,
  QualityScores,
} from '../domain/records/audit-quality';

/** A share as every page prints it: fewer than five is a count, never a percentage. */
export interface ShareDto {
  readonly count: number;
  readonly of: number;
  readonly small: boolean;
  /** e.g. "67% (4 of 6)", "1 of 2 (small group)", "none yet". */
  readonly text: string;
}

/** One cycle of an auditor's audit of audits. */
export interface AuditQualityCycleDto {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly scored: number;
  readonly met: Readonly<Record<QualityCriterion, ShareDto>>;
  /** Agreed ÷ moderated. */
  readonly agreement: ShareDto;
}

/** One of the auditor's audits as its moderator scored it: by case number only. */
export interface ScoredAuditDto {
  readonly auditId: string;
  readonly caseNumber: string;
  readonly cycleId: string;
  readonly scores: QualityScores;
  readonly scoredAt: string;
}

/** `GET /api/me/audit-quality`: the caller's own (or, for the QA lead, a named auditor's). */
export interface AuditQualityResponse {
  readonly auditorId: string;
  readonly auditorName: string;
  /** Oldest cycle first. */
  readonly cycles: readonly AuditQualityCycleDto[];
  /** Newest score first. */
  readonly audits: readonly ScoredAuditDto[];
}

/** `POST /api/audits/:id/moderation/quality`. */
export interface ScoreAuditQualityBody {
  readonly version: string;
  readonly scores: QualityScores;
}
