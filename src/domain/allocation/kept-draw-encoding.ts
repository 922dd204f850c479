import { z } from 'zod';
import { invalid } from '../errors';
import { COHORTS } from '../records/case';
import { CYCLE_KINDS } from '../records/cycle';
import { ROLES } from '../records/staff';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { EXCLUSION_REASONS } from './allocation-draw';
import { reauditOfByCase } from './due-reaudits';
import type { KeptDraw } from './kept-draw';

/**
 * A kept draw as compact JSON: ids that repeat (teams, services, workers, staff) are written
 * once in `ids` and referred to by position, the register is one array per case, and
 * exclusions are grouped by reason and detail. Still JSON a QA lead can read; about 30
 * characters a register case.
 */
const FORMAT = 1;

const idx = z.int().min(-1);
const dayCount = z.int().min(0);
const encodedSchema = z.strictObject({
  format: z.literal(FORMAT),
  cycleId: z.string(),
  seed: z.int().min(0).max(0xffff_ffff),
  cycle: z.strictObject({
    id: z.string(),
    kind: z.enum(CYCLE_KINDS),
    startDate: z.string(),
    endDate: z.string(),
    timescales: z.strictObject({
      auditDays: dayCount,
      moderationDays: dayCount,
      actionDays: dayCount,
      immediateActionDays: dayCount,
      /** Absent in draws kept before re-audits; the draw does not read it. */
      reauditWeeks: z.int().nullable().optional(),
    }),
  }),
  rules: z.strictObject({
    sampleSize: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('perAuditor'), casesPerAuditor: z.int().min(0) }),
      z.strictObject({ kind: z.literal('total'), totalCases: z.int().min(0) }),
    ]),
    stratifyByCohort: z.boolean(),
    excludeRecentCycles: z.int().min(0),
    moderation: z.strictObject({
      share: z.number(),
      lowAgreementThreshold: z.number(),
      lowAgreementShare: z.number(),
      auditorAgreement: z.record(z.string(), z.number()),
    }),
  }),
  ids: z.array(z.string()),
  /** [case number, team, service, worker, cohort, open 1/0] */
  register: z.array(
    z.tuple([z.string(), idx, idx, idx, idx, z.union([z.literal(0), z.literal(1)])]),
  ),
  /** [staff, role, team, service] */
  staff: z.array(z.tuple([idx, z.enum(ROLES), idx, idx])),
  /** [team, service] */
  teams: z.array(z.tuple([idx, idx])),
  /** [cycle, its start date, case numbers audited in it] */
  history: z.array(z.tuple([idx, z.string(), z.array(z.string())])),
  /** [case number, auditor, team manager, moderator, allocated on, audit due, moderation due] */
  allocations: z.array(z.tuple([z.string(), idx, idx, idx, z.string(), z.string(), z.string()])),
  /** [reason, detail, case numbers] */
  excluded: z.array(z.tuple([z.enum(EXCLUSION_REASONS), z.string(), z.array(z.string())])),
  /** [case number, earlier audit]: re-audits asked for; absent in draws kept before them. */
  reaudits: z.array(z.tuple([z.string(), z.string()])).optional(),
});
type Encoded = z.output<typeof encodedSchema>;

class Ids {
  readonly list: string[] = [];
  private readonly at = new Map<string, number>();
  of(id: string | null): number {
    if (id === null) return -1;
    const known = this.at.get(id);
    if (known !== undefined) return known;
    this.at.set(id, this.list.length);
    this.list.push(id);
    return this.list.length - 1;
  }
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

export const encodeKeptDraw = (kept: KeptDraw): string => {
  const ids = new Ids();
  const register = kept.register.map(
    (c) =>
      [
        c.caseNumber,
        ids.of(c.teamId),
        ids.of(c.serviceAreaId),
        ids.of(c.allocatedWorkerId),
        COHORTS.indexOf(c.cohort),
        c.open ? 1 : 0,
      ] as const,
  );
  const history = [
    ...groupBy(kept.history, (h) => `${h.cycleId}|${h.cycleStartDate}`).values(),
    // Groups are never empty.
  ].map(
    ([first, ...rest]) =>
      [
        ids.of(first.cycleId),
        first.cycleStartDate,
        [first, ...rest].map((e) => e.caseNumber),
      ] as const,
  );
  const encoded: Encoded = {
    format: FORMAT,
    cycleId: kept.cycleId,
    seed: kept.seed,
    cycle: kept.cycle,
    rules: {
      ...kept.rules,
      moderation: {
        ...kept.rules.moderation,
        auditorAgreement: Object.fromEntries(
          Object.entries(kept.rules.moderation.auditorAgreement).filter(
            (e): e is [string, number] => e[1] !== undefined,
          ),
        ),
      },
    },
    ids: [],
    register: register.map((r) => [...r]),
    staff: kept.staff.map((s) => [ids.of(s.id), s.role, ids.of(s.teamId), ids.of(s.serviceAreaId)]),
    teams: kept.teams.map((t) => [ids.of(t.id), ids.of(t.serviceAreaId)]),
    history: history.map((h) => [h[0], h[1], h[2]]),
    allocations: kept.allocations.map((a) => [
      a.caseNumber,
      ids.of(a.auditorId),
      ids.of(a.teamManagerId),
      ids.of(a.moderatorId),
      a.allocatedOn,
      a.auditDue,
      a.moderationDue,
    ]),
    excluded: [...groupBy(kept.excluded, (e) => `${e.reason}|${e.detail}`).values()].map(
      ([first, ...rest]) => [first.reason, first.detail, [first, ...rest].map((e) => e.caseNumber)],
    ),
  };
  const reaudits = kept.reaudits.map((r): [string, string] => [r.caseNumber, r.earlierAuditId]);
  return JSON.stringify({
    ...encoded,
    ids: ids.list,
    ...(reaudits.length > 0 ? { reaudits } : {}),
  });
};

const unreadable = (message: string) => fail<KeptDraw>(invalid([{ field: 'draw', message }]));

/** The kept draw from its text; an edited or damaged record is named, never half-read. */
export const decodeKeptDraw = (text: string): Result<KeptDraw> => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return unreadable('is not valid JSON: the kept draw has been damaged');
  }
  const parsed = encodedSchema.safeParse(raw);
  if (!parsed.success) return unreadable('is not in the kept draw’s shape: it has been edited');
  const e = parsed.data;
  const id = (i: number): string | null => (i < 0 ? null : (e.ids[i] ?? null));
  const must = (i: number): string => id(i) ?? '';
  // The draw takes the first of a duplicated case number, and so does its allocation here.
  const cases = new Map<string, Encoded['register'][number]>();
  for (const r of e.register) if (!cases.has(r[0])) cases.set(r[0], r);
  const reaudits = (e.reaudits ?? []).map(([caseNumber, earlierAuditId]) => ({
    caseNumber,
    earlierAuditId,
  }));
  const reauditOf = reauditOfByCase(reaudits);
  return ok({
    cycleId: e.cycleId,
    seed: e.seed,
    cycle: {
      ...e.cycle,
      timescales: { ...e.cycle.timescales, reauditWeeks: e.cycle.timescales.reauditWeeks ?? null },
    },
    rules: e.rules,
    register: e.register.map(([caseNumber, team, area, worker, cohort, open]) => ({
      caseNumber,
      teamId: must(team),
      serviceAreaId: must(area),
      allocatedWorkerId: must(worker),
      cohort: COHORTS[cohort] ?? 'ChildInNeed',
      open: open === 1,
    })),
    staff: e.staff.map(([s, role, team, area]) => ({
      id: must(s),
      role,
      teamId: id(team),
      serviceAreaId: id(area),
    })),
    teams: e.teams.map(([t, area]) => ({ id: must(t), serviceAreaId: must(area) })),
    history: e.history.flatMap(([cycle, start, caseNumbers]) =>
      caseNumbers.map((caseNumber) => ({
        caseNumber,
        cycleId: must(cycle),
        cycleStartDate: start,
      })),
    ),
    allocations: e.allocations.map(
      ([caseNumber, auditor, tm, moderator, allocatedOn, auditDue, moderationDue]) => {
        const c = cases.get(caseNumber);
        return {
          cycleId: e.cycleId,
          caseNumber,
          cohort: COHORTS[c?.[4] ?? 0] ?? 'ChildInNeed',
          teamId: must(c?.[1] ?? -1),
          serviceAreaId: must(c?.[2] ?? -1),
          auditorId: must(auditor),
          workerId: must(c?.[3] ?? -1),
          teamManagerId: must(tm),
          moderatorId: id(moderator),
          allocatedOn,
          auditDue,
          moderationDue,
          ...(reauditOf.has(caseNumber) ? { reauditOf: reauditOf.get(caseNumber) } : {}),
        };
      },
    ),
    reaudits,
    excluded: e.excluded
      .flatMap(([reason, detail, caseNumbers]) =>
        caseNumbers.map((caseNumber) => ({ caseNumber, reason, detail })),
      )
      .sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0)),
  });
};
