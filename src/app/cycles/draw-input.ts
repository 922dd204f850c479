import { randomInt } from 'node:crypto';
import type { AuditHistoryEntry, DrawInput } from '../../domain/allocation/draw-input';
import { moderationAgreement } from '../../domain/analytics/moderation-agreement';
import type { Versioned } from '../../domain/ports/versioned';
import type { Reaudit } from '../../domain/reaudits/reaudit';
import type { Cycle } from '../../domain/records/cycle';
import type { AllocationRules } from '../../contract/cycles';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

/**
 * Everything the draw needs besides the QA lead's rules: the open-case register (Open is an
 * indexed column), staff and teams from the directory, and the audits and moderations of the
 * most recent earlier cycles (one CycleId query each; the Cycles list itself is small).
 */
export async function drawInputFor(
  services: Services,
  cycle: Cycle,
  rules: AllocationRules,
): Promise<DrawInput> {
  const { directory } = services;
  // The draw is made from the register as it stands: every list caught up first (one round trip).
  await services.readModel.refresh();
  const [register, cycles, reaudits] = await Promise.all([
    fromModel(services, 'cases', { open: true }),
    fromModel(services, 'cycles'),
    dueReaudits(services, cycle),
  ]);
  const earlier = cycles
    .map((c) => c.record)
    .filter((c) => c.id !== cycle.id && c.startDate < cycle.startDate)
    .sort((a, b) => b.startDate.localeCompare(a.startDate));
  const recent = earlier.slice(0, Math.max(rules.excludeRecentCycles, 3));
  const perCycle = await Promise.all(
    recent.map(async (c) => {
      const [audits, moderations] = await Promise.all([
        fromModel(services, 'audits', { cycleId: c.id }),
        fromModel(services, 'moderations', { cycleId: c.id }),
      ]);
      return { cycle: c, audits, moderations };
    }),
  );
  const history: AuditHistoryEntry[] = perCycle.flatMap(({ cycle: c, audits }) =>
    audits.map((a) => ({
      caseNumber: a.record.caseNumber,
      cycleId: c.id,
      cycleStartDate: c.startDate,
    })),
  );
  const moderations = perCycle.flatMap((p) => p.moderations.map((m) => m.record));
  const auditorIds = [...new Set(moderations.map((m) => m.auditorId))];
  const auditorAgreement: Record<string, number> = {};
  for (const auditorId of auditorIds) {
    const rate = moderationAgreement(moderations.filter((m) => m.auditorId === auditorId)).rate;
    if (rate !== null) auditorAgreement[auditorId] = rate;
  }
  return {
    register: register.map((c) => c.record),
    staff: directory.allStaff(),
    teams: directory.teams(),
    cycle,
    seed: rules.seed ?? randomInt(0, 2 ** 32),
    sampleSize: rules.sampleSize,
    stratifyByCohort: rules.stratifyByCohort,
    excludeRecentCycles: rules.excludeRecentCycles,
    history,
    moderation: { ...rules.moderation, auditorAgreement },
    reaudits: reaudits.map(({ record: r }) => ({
      caseNumber: r.caseNumber,
      earlierAuditId: r.earlierAuditId,
    })),
  };
}

/**
 * The re-audits a case file audit cycle takes: every one still scheduled and due by its start
 * (its planned cycle, or an earlier one allocated before it was scheduled).
 */
export async function dueReaudits(
  services: Services,
  cycle: Cycle,
): Promise<readonly Versioned<Reaudit>[]> {
  if (cycle.kind !== 'CaseFileAudit') return [];
  const scheduled = await fromModel(services, 'reaudits', { state: 'Scheduled' });
  return scheduled.filter((r) => r.record.dueFrom <= cycle.startDate);
}
