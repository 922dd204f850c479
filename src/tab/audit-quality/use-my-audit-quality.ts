import type { AuditQualityResponse } from '../../contract/audit-quality';
import { QUALITY_CRITERIA, QUALITY_SCORE_LABELS } from '../../domain/records/audit-quality';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import type { AuditRow, CycleRow } from './audit-quality.types';

/** Cycle by cycle, oldest first: the share meeting each criterion and agreement, in words. */
export const cycleRows = (data: AuditQualityResponse): CycleRow[] =>
  data.cycles.map((c) => ({
    id: c.cycleId,
    cycle: c.cycleName,
    scored: c.scored,
    criteria: QUALITY_CRITERIA.map((criterion) => c.met[criterion].text),
    agreement: c.agreement.text,
  }));

/** Each scored audit, newest first, its scores in the rubric's words. */
export const auditRows = (data: AuditQualityResponse): AuditRow[] => {
  const cycleName = new Map(data.cycles.map((c) => [c.cycleId, c.cycleName]));
  return data.audits.map((a) => ({
    id: a.auditId,
    caseNumber: a.caseNumber,
    cycle: cycleName.get(a.cycleId) ?? a.cycleId,
    scores: QUALITY_CRITERIA.map((criterion) => QUALITY_SCORE_LABELS[a.scores[criterion]]),
    scoredAt: a.scoredAt,
  }));
};

/** The caller's own audit quality; the QA lead may name an auditor. */
export function useMyAuditQuality(auditorId: string | null) {
  const { api } = useSession();
  return useResource(() => api.myAuditQuality(auditorId), `audit-quality:${auditorId ?? 'me'}`);
}
