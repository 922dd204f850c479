/**
 * Runs the service through every cycle, oldest first: the draw, then each audit's and action's
 * journey through the real transitions, step by step in time order.
 */
import type { AuditHistoryEntry } from '../domain/allocation';
import { escalationOn } from '../domain/reminders';
import type { Rng } from '../domain/random';
import type { Action, Allocation, Audit, Case, Moderation, Team } from '../domain/records';
import { planAuditJourney } from './audit-journeys';
import { isModerated } from './audit-world';
import type { AuditPlan } from './audit-world';
import { drawGrade } from './audit-content';
import type { PlannedCycle } from './cycles';
import { minutesAt } from './dates';
import type { Directory } from './directory';
import { caseFileAuditDraw, dipSampleAllocations, thematicDraw } from './draws';
import type { DrawContext } from './draws';
import { Ledger } from './ledger';
import type { DemoShape } from './shape';
import { Schedule } from './timeline';
import { assignAuditTargets } from './targets';

export interface AuditRecords {
  readonly audits: Audit[];
  readonly moderations: Moderation[];
  readonly actions: Action[];
}

export interface CycleRun {
  readonly rng: Rng;
  readonly dir: Directory;
  readonly teams: readonly Team[];
  readonly cases: readonly Case[];
  readonly shape: DemoShape;
  readonly today: string;
}

const allocationsFor = (
  run: CycleRun,
  planned: PlannedCycle,
  ledger: Ledger,
  history: readonly AuditHistoryEntry[],
): Allocation[] => {
  const ctx: DrawContext = {
    staff: run.dir.staff,
    teams: run.teams,
    cases: run.cases,
    history,
    moderations: [...ledger.moderations].filter(
      (m) => m.moderatedAt !== null && m.moderatedAt < planned.cycle.startDate,
    ),
    shape: run.shape,
  };
  switch (planned.cycle.kind) {
    case 'Thematic':
      return thematicDraw(ctx, planned);
    case 'DipSample':
      return dipSampleAllocations(ctx, planned, run.rng);
    default:
      return caseFileAuditDraw(ctx, planned);
  }
};

/** Every audit, moderation and action of the cycles, as the service would have them today. */
export const runCycles = (run: CycleRun, cycles: readonly PlannedCycle[]): AuditRecords => {
  const ledger = new Ledger();
  const history: AuditHistoryEntry[] = [];
  const limit = minutesAt(run.today, 16 * 60);
  for (const planned of cycles) {
    const { cycle, age } = planned;
    const allocations = allocationsFor(run, planned, ledger, history);
    const partial = allocations.map((allocation, i) => ({
      id: `${cycle.id}-${String(i + 1).padStart(3, '0')}`,
      allocation,
      overall: drawGrade(run.rng),
    }));
    const targets = assignAuditTargets(run.rng, age, partial.map(isModerated));
    const schedule = new Schedule();
    const moderatorLoads = new Map<string, number>();
    for (const a of allocations) {
      if (a.moderatorId !== null) {
        moderatorLoads.set(a.moderatorId, (moderatorLoads.get(a.moderatorId) ?? 0) + 1);
      }
    }
    const actionPlanning = run.shape.actionPlanning;
    const world = { ...run, ledger, schedule, cycle, age, limit, moderatorLoads, actionPlanning };
    partial.forEach((p, i) => {
      const plan: AuditPlan = { ...p, target: targets[i] };
      planAuditJourney(world, plan, minutesAt(cycle.startDate, 9 * 60 + i));
    });
    schedule.runAll();
    if (cycle.kind === 'CaseFileAudit') {
      history.push(
        ...allocations.map((a) => ({
          caseNumber: a.caseNumber,
          cycleId: cycle.id,
          cycleStartDate: cycle.startDate,
        })),
      );
    }
  }
  return {
    audits: [...ledger.audits],
    moderations: [...ledger.moderations],
    actions: [...ledger.actions].map((a) => ({
      ...a,
      escalation: escalationOn(a, run.today),
    })),
  };
};
