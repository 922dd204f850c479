import type { AuditQualityResponse, ShareDto } from '../../contract/audit-quality';
import { auditQualityByCycle } from '../../domain/analytics/audit-quality';
import type { Share } from '../../domain/reports/share';
import { shareText } from '../../domain/reports/share';
import type { QualityCriterion } from '../../domain/records/audit-quality';
import { fromModel } from './from-model';
import type { Services } from '../services';

const shareDto = (share: Share): ShareDto => ({
  count: share.count,
  of: share.of,
  small: share.small,
  text: shareText(share),
});

/**
 * One auditor's audit of audits, from the read model: per cycle, the audits scored, the share
 * meeting each criterion and moderation agreement; and each scored audit by case number.
 */
export async function auditQualityOf(
  services: Services,
  auditorId: string,
): Promise<AuditQualityResponse> {
  const [moderations, audits, cycles] = await Promise.all([
    fromModel(services, 'moderations', { auditorId }),
    fromModel(services, 'audits', { auditorId }),
    fromModel(services, 'cycles'),
  ]);
  const ordered = [...cycles].sort((a, b) => a.record.startDate.localeCompare(b.record.startDate));
  const nameOf = new Map(ordered.map((c) => [c.record.id, c.record.name]));
  const caseOf = new Map(audits.map((a) => [a.record.id, a.record.caseNumber]));
  const records = moderations.map((m) => m.record);
  const rows = auditQualityByCycle(
    records,
    ordered.map((c) => c.record.id),
  );
  return {
    auditorId,
    auditorName: services.directory.nameOf(auditorId),
    cycles: rows.map((row) => ({
      cycleId: row.cycleId,
      cycleName: nameOf.get(row.cycleId) ?? row.cycleId,
      scored: row.scored,
      met: Object.fromEntries(
        Object.entries(row.met).map(([c, share]) => [c, shareDto(share)]),
      ) as Record<QualityCriterion, ShareDto>,
      agreement: shareDto(row.agreement),
    })),
    audits: records
      .flatMap((m) =>
        m.auditQuality === null
          ? []
          : [
              {
                auditId: m.auditId,
                caseNumber: caseOf.get(m.auditId) ?? '',
                cycleId: m.cycleId,
                scores: m.auditQuality.scores,
                scoredAt: m.auditQuality.scoredAt,
              },
            ],
      )
      .sort((a, b) => b.scoredAt.localeCompare(a.scoredAt)),
  };
}
