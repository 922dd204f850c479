import type { Case } from '../records/case';
import type { StaffMember, Team } from '../records/staff';
import type { Exclusion } from './allocation-draw';
import type { DrawInput } from './draw-input';
import { recentlyAuditedCases } from './recent-cycles';
import { mayAudit } from './staff-pools';

export interface ScreenedRegister {
  /** Cases that may be drawn, in case-number order. */
  readonly eligible: readonly Case[];
  readonly excluded: readonly Exclusion[];
  /** Re-audit cases that can be audited: allocated before the sample, in case-number order. */
  readonly mustAudit: readonly Case[];
}

const byCaseNumber = (a: Case, b: Case): number =>
  a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;

/**
 * Sorts the register by case number (so the register's order never changes the draw) and sets
 * aside, with a reason, every case that cannot be drawn this cycle.
 */
export const screenRegister = (
  input: Pick<DrawInput, 'register' | 'history' | 'cycle' | 'excludeRecentCycles'>,
  teams: readonly Team[],
  auditors: readonly StaffMember[],
  /** The earlier audit each due re-audit re-audits, by case number. */
  reauditOf: ReadonlyMap<string, string> = new Map(),
): ScreenedRegister => {
  const teamIds = new Set(teams.map((t) => t.id));
  const recent = recentlyAuditedCases(input.history, input.cycle, input.excludeRecentCycles);
  const seen = new Set<string>();
  const eligible: Case[] = [];
  const mustAudit: Case[] = [];
  const excluded: Exclusion[] = [];
  const exclude = (c: Case, reason: Exclusion['reason'], detail: string): void => {
    excluded.push({ caseNumber: c.caseNumber, reason, detail });
  };
  for (const c of [...input.register].sort(byCaseNumber)) {
    const auditedIn = recent.get(c.caseNumber);
    const earlier = seen.has(c.caseNumber) ? undefined : reauditOf.get(c.caseNumber);
    const waits = earlier === undefined ? '' : ` Its re-audit of ${earlier} waits.`;
    const noAuditor = !auditors.some((a) => mayAudit(a, c.teamId));
    if (seen.has(c.caseNumber))
      exclude(c, 'duplicate', 'The case number is on the register twice.');
    else if (!c.open) {
      const needed = earlier === undefined ? '' : ` Its re-audit of ${earlier} is not needed.`;
      exclude(c, 'closed', `The case is closed.${needed}`);
    } else if (!teamIds.has(c.teamId)) exclude(c, 'unknown-team', `No team ${c.teamId}.${waits}`);
    // A re-audit is made however recently the case was audited: that is what it is for.
    else if (auditedIn !== undefined && earlier === undefined) {
      exclude(c, 'recently-audited', `Audited in cycle ${auditedIn}.`);
    } else if (noAuditor) {
      exclude(c, 'no-eligible-auditor', `No active team manager outside team ${c.teamId}.${waits}`);
    } else if (earlier !== undefined) mustAudit.push(c);
    else eligible.push(c);
    seen.add(c.caseNumber);
  }
  return { eligible, excluded, mustAudit };
};
