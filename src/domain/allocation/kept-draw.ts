import type { Allocation } from '../records/audit';
import type { Case } from '../records/case';
import type { Cycle } from '../records/cycle';
import type { Role } from '../records/staff';
import type { DueReaudit } from '../reaudits/reaudit';
import type { AllocationDraw, Exclusion } from './allocation-draw';
import type { AuditHistoryEntry, DrawInput } from './draw-input';
import { activeAuditors, activeModerators } from './staff-pools';

/** A member of staff as the draw saw them: only what it reads (no name, no sign-in id). */
export interface KeptStaff {
  readonly id: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
}

/**
 * A committed draw, kept so that anyone with access can replay it: its seed and rules, the
 * register, staff, teams and history exactly as the draw read them (only the fields it uses),
 * and what it gave — every allocation and every exclusion with its reason.
 */
export interface KeptDraw {
  readonly cycleId: string;
  readonly seed: number;
  readonly cycle: Pick<Cycle, 'id' | 'kind' | 'startDate' | 'endDate' | 'timescales'>;
  readonly rules: Pick<
    DrawInput,
    'sampleSize' | 'stratifyByCohort' | 'excludeRecentCycles' | 'moderation'
  >;
  /** The register as read, in case-number order. */
  readonly register: readonly Case[];
  /** The active auditors and moderators, in id order: the only staff the draw looks at. */
  readonly staff: readonly KeptStaff[];
  readonly teams: readonly { readonly id: string; readonly serviceAreaId: string }[];
  readonly history: readonly AuditHistoryEntry[];
  /** The re-audits the draw was asked to include (none in draws kept before re-audits). */
  readonly reaudits: readonly DueReaudit[];
  readonly allocations: readonly Allocation[];
  readonly excluded: readonly Exclusion[];
}

const byCase = (a: { caseNumber: string }, b: { caseNumber: string }): number =>
  a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;

/** What to keep of a draw about to be committed: its input, as it used it, and its result. */
export const keepDraw = (input: DrawInput, draw: AllocationDraw): KeptDraw => ({
  cycleId: draw.cycleId,
  seed: draw.seed,
  cycle: {
    id: input.cycle.id,
    kind: input.cycle.kind,
    startDate: input.cycle.startDate,
    endDate: input.cycle.endDate,
    timescales: input.cycle.timescales,
  },
  rules: {
    sampleSize: input.sampleSize,
    stratifyByCohort: input.stratifyByCohort,
    excludeRecentCycles: input.excludeRecentCycles,
    moderation: input.moderation,
  },
  // A stable sort keeps duplicates in the order read: the draw takes the first of them.
  register: [...input.register].sort(byCase),
  staff: [...activeAuditors(input.staff), ...activeModerators(input.staff)]
    .map(({ id, role, teamId, serviceAreaId }) => ({ id, role, teamId, serviceAreaId }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  teams: input.teams.map(({ id, serviceAreaId }) => ({ id, serviceAreaId })),
  history: input.history,
  reaudits: [...(input.reaudits ?? [])]
    .map(({ caseNumber, earlierAuditId }) => ({ caseNumber, earlierAuditId }))
    .sort((a, b) => byCase(a, b) || (a.earlierAuditId < b.earlierAuditId ? -1 : 1)),
  allocations: draw.allocations,
  excluded: draw.excluded,
});

/** The draw's input again, from what was kept: the same seed on the same register. */
export const keptInput = (kept: KeptDraw): DrawInput => ({
  register: kept.register,
  staff: kept.staff.map((s) => ({ ...s, aadObjectId: '', displayName: '', active: true })),
  teams: kept.teams.map((t) => ({ ...t, name: '' })),
  cycle: { ...kept.cycle, name: '', state: 'Planned', theme: '', seed: null, closure: null },
  seed: kept.seed,
  ...kept.rules,
  history: kept.history,
  reaudits: kept.reaudits,
});
