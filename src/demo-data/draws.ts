/**
 * Allocations for each cycle, made by the real allocation draw: random cases from the open-case
 * register, each with an auditor from another team and, for a share, a moderator.
 */
import type { AuditHistoryEntry, DrawInput, ModerationRules } from '../domain/allocation';
import { drawAllocation, teamManagerOf } from '../domain/allocation';
import { moderationAgreement } from '../domain/analytics';
import { addDays } from '../domain/lifecycle';
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { Allocation, Case, Moderation, StaffMember, Team } from '../domain/records';
import type { PlannedCycle } from './cycles';
import { must } from './directory';
import type { DemoShape } from './shape';
import { dipSampleAreaOf, themeOf } from './themes';

export interface DrawContext {
  readonly staff: readonly StaffMember[];
  readonly teams: readonly Team[];
  readonly cases: readonly Case[];
  /** Earlier case file audit allocations, for leaving out recently audited cases. */
  readonly history: readonly AuditHistoryEntry[];
  /** Moderations so far, for each auditor's agreement rate. */
  readonly moderations: readonly Moderation[];
  readonly shape: DemoShape;
}

const agreementByAuditor = (moderations: readonly Moderation[]): Record<string, number> => {
  const rates: Record<string, number> = {};
  for (const auditorId of new Set(moderations.map((m) => m.auditorId))) {
    const { rate } = moderationAgreement(moderations.filter((m) => m.auditorId === auditorId));
    if (rate !== null) rates[auditorId] = rate;
  }
  return rates;
};

const rules = (share: number, moderations: readonly Moderation[]): ModerationRules => ({
  share,
  lowAgreementThreshold: 0.75,
  lowAgreementShare: 1,
  auditorAgreement: agreementByAuditor(moderations),
});

const draw = (input: DrawInput): Allocation[] => [
  ...must(drawAllocation(input), `draw for ${input.cycle.id}`).allocations,
];

/** The six-weekly draw: so many cases per team manager, stratified by cohort. */
export const caseFileAuditDraw = (ctx: DrawContext, planned: PlannedCycle): Allocation[] =>
  draw({
    register: ctx.cases,
    staff: ctx.staff,
    teams: ctx.teams,
    cycle: planned.cycle,
    seed: planned.cycle.seed ?? 0,
    sampleSize: { kind: 'perAuditor', casesPerAuditor: ctx.shape.casesPerAuditor },
    stratifyByCohort: true,
    excludeRecentCycles: 2,
    history: ctx.history,
    moderation: rules(ctx.shape.moderationShare, ctx.moderations),
  });

/** A thematic audit: children of the theme's cohort (e.g. on protection plans), all moderated. */
export const thematicDraw = (ctx: DrawContext, planned: PlannedCycle): Allocation[] =>
  draw({
    register: ctx.cases.filter((c) => c.cohort === themeOf(planned.ordinal).cohort),
    staff: ctx.staff,
    teams: ctx.teams,
    cycle: planned.cycle,
    seed: planned.cycle.seed ?? 0,
    sampleSize: { kind: 'total', totalCases: ctx.shape.thematicCases },
    stratifyByCohort: false,
    excludeRecentCycles: 0,
    history: [],
    moderation: rules(1, ctx.moderations),
  });

/** A dip sample: a head of service (each in turn) samples their own service's cases. */
export const dipSampleAllocations = (
  ctx: DrawContext,
  planned: PlannedCycle,
  rng: Rng,
): Allocation[] => {
  const { cycle } = planned;
  const area = dipSampleAreaOf(ctx.shape, planned.ordinal);
  const hos = ctx.staff.find((s) => s.role === 'HeadOfService' && s.serviceAreaId === area);
  if (hos === undefined) throw new Error(`No head of service of ${area} for the dip sample`);
  const pool = ctx.cases.filter((c) => c.open && c.serviceAreaId === area);
  return shuffle(pool, rng)
    .slice(0, ctx.shape.dipSampleCases)
    .map((c) => ({
      cycleId: cycle.id,
      caseNumber: c.caseNumber,
      cohort: c.cohort,
      teamId: c.teamId,
      serviceAreaId: c.serviceAreaId,
      auditorId: hos.id,
      workerId: c.allocatedWorkerId,
      teamManagerId: teamManagerOf(ctx.staff, c),
      moderatorId: null,
      allocatedOn: cycle.startDate,
      auditDue: addDays(cycle.startDate, cycle.timescales.auditDays),
      moderationDue: addDays(cycle.startDate, cycle.timescales.moderationDays),
    }))
    .sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : 1));
};
