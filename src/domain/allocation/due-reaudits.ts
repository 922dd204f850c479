import type { DueReaudit } from '../reaudits/reaudit';

/**
 * The earlier audit each due re-audit re-audits, by case number: of two re-audits of one case,
 * the first by the earlier audit's id (one audit of the case re-audits both).
 */
export const reauditOfByCase = (reaudits: readonly DueReaudit[] = []): Map<string, string> => {
  const by = new Map<string, string>();
  const due = [...reaudits].sort((a, b) =>
    a.earlierAuditId < b.earlierAuditId ? -1 : a.earlierAuditId > b.earlierAuditId ? 1 : 0,
  );
  for (const r of due) if (!by.has(r.caseNumber)) by.set(r.caseNumber, r.earlierAuditId);
  return by;
};
