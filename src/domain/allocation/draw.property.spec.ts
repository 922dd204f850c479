import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../records/case';
import { COHORTS } from '../records/case';
import type { StaffMember } from '../records/staff';
import { MODERATOR_ROLES } from '../records/staff';
import { MAX_SEED } from '../random/mulberry32';
import type { AllocationDraw, StaffLoad } from './allocation-draw';
import { drawAllocation } from './draw';
import { aStaffMember, CYCLE, TEAMS } from './draw.fixtures';
import type { DrawInput } from './draw-input';
import { keepDraw } from './kept-draw';
import { decodeKeptDraw, encodeKeptDraw } from './kept-draw-encoding';
import { recentlyAuditedCases } from './recent-cycles';
import { replayDraw } from './replay-draw';

const teamIds = TEAMS.map((t) => t.id);

const staffArb: fc.Arbitrary<StaffMember[]> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...teamIds), fc.constantFrom(true, true, false)), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.array(fc.tuple(fc.constantFrom(...MODERATOR_ROLES), fc.boolean()), { maxLength: 4 }),
  )
  .map(([managers, moderators]) => [
    ...managers.map(([team, active], i) => aStaffMember(`tm${i}`, 'TeamManager', team, { active })),
    ...moderators.map(([role, active], i) => aStaffMember(`mod${i}`, role, null, { active })),
  ]);

const registerArb: fc.Arbitrary<Case[]> = fc
  .uniqueArray(
    fc.record({
      n: fc.nat({ max: 999 }),
      teamId: fc.constantFrom(...teamIds, 't-unknown'),
      cohort: fc.constantFrom(...COHORTS),
      open: fc.constantFrom(true, true, true, true, true, false),
    }),
    { selector: (c) => c.n, minLength: 8, maxLength: 60 },
  )
  .map((cases) =>
    cases.map(({ n, teamId, cohort, open }) => ({
      caseNumber: `CF-${String(n).padStart(6, '0')}`,
      teamId,
      serviceAreaId: 'sa-1',
      allocatedWorkerId: `sw-${String(n % 5)}`,
      cohort,
      open,
    })),
  );

const inputArb: fc.Arbitrary<DrawInput> = fc
  .record({
    register: registerArb,
    staff: staffArb,
    seed: fc.integer({ min: 0, max: MAX_SEED }),
    perAuditor: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    total: fc.integer({ min: 1, max: 40 }),
    stratifyByCohort: fc.boolean(),
    excludeRecentCycles: fc.nat({ max: 3 }),
    audited: fc.array(fc.tuple(fc.nat({ max: 999 }), fc.integer({ min: 1, max: 4 })), {
      maxLength: 30,
    }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    lowAgreement: fc.dictionary(
      fc.constantFrom('tm0', 'tm1', 'tm2'),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
  })
  .map((r) => ({
    register: r.register,
    staff: r.staff,
    teams: TEAMS,
    cycle: CYCLE,
    seed: r.seed,
    sampleSize:
      r.perAuditor === undefined
        ? { kind: 'total', totalCases: r.total }
        : { kind: 'perAuditor', casesPerAuditor: r.perAuditor },
    stratifyByCohort: r.stratifyByCohort,
    excludeRecentCycles: r.excludeRecentCycles,
    history: r.audited.map(([n, k]) => ({
      caseNumber: `CF-${String(n).padStart(6, '0')}`,
      cycleId: `CYC-2024-${String(k)}`,
      cycleStartDate: `2024-0${String(k * 2)}-01`,
    })),
    moderation: {
      share: r.share,
      lowAgreementThreshold: 0.6,
      lowAgreementShare: 1,
      auditorAgreement: r.lowAgreement,
    },
  }));

/** Runs the property on every input that can be drawn (an active auditor and, if needed, a moderator). */
const forEveryDraw = (check: (draw: AllocationDraw, input: DrawInput) => void): void => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const result = drawAllocation(input);
      if (result.ok) check(result.value, input);
      else expect(result.error.reason).toBe('invalid');
    }),
    { numRuns: 300 },
  );
};

const spread = (loads: readonly StaffLoad[]): number =>
  loads.length === 0
    ? 0
    : Math.max(...loads.map((l) => l.count)) - Math.min(...loads.map((l) => l.count));

describe('drawAllocation properties', () => {
  it('draws identically for the same seed and register', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(drawAllocation(input)).toEqual(drawAllocation(input));
      }),
      { numRuns: 100 },
    );
  });

  it('a kept draw, written and read back, replays to the same allocation', () => {
    forEveryDraw((draw, input) => {
      const decoded = decodeKeptDraw(encodeKeptDraw(keepDraw(input, draw)));
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(replayDraw(decoded.value)).toMatchObject({ ok: true, value: { matches: true } });
    });
  });

  it('draws identically whatever the order of the register', () => {
    forEveryDraw((draw, input) => {
      const reversed = drawAllocation({ ...input, register: [...input.register].reverse() });
      expect(reversed).toEqual({ ok: true, value: draw });
    });
  });

  it('never gives an auditor a case of their own team, and only active team managers audit', () => {
    forEveryDraw((draw, input) => {
      const staff = new Map(input.staff.map((s) => [s.id, s]));
      for (const a of draw.allocations) {
        const auditor = staff.get(a.auditorId);
        expect(auditor).toMatchObject({ role: 'TeamManager', active: true });
        expect(auditor?.teamId).not.toBe(a.teamId);
      }
    });
  });

  it('keeps auditor loads and moderator loads within one of each other', () => {
    forEveryDraw((draw) => {
      expect(spread(draw.auditorLoads)).toBeLessThanOrEqual(1);
      expect(spread(draw.moderatorLoads)).toBeLessThanOrEqual(1);
    });
  });

  it('never makes the auditor the moderator, and moderators are active moderating roles', () => {
    forEveryDraw((draw, input) => {
      const staff = new Map(input.staff.map((s) => [s.id, s]));
      for (const a of draw.allocations) {
        if (a.moderatorId === null) continue;
        expect(a.moderatorId).not.toBe(a.auditorId);
        const moderator = staff.get(a.moderatorId);
        expect(moderator?.active).toBe(true);
        expect(MODERATOR_ROLES).toContain(moderator?.role);
      }
    });
  });

  it('accounts for every register case exactly once: allocated, or left out with a reason', () => {
    forEveryDraw((draw, input) => {
      const allocated = draw.allocations.map((a) => a.caseNumber);
      const excluded = draw.excluded.map((e) => e.caseNumber);
      expect(new Set(allocated).size).toBe(allocated.length);
      expect(allocated.filter((c) => excluded.includes(c))).toEqual([]);
      expect([...allocated, ...excluded].sort()).toEqual(
        input.register.map((c) => c.caseNumber).sort(),
      );
      for (const e of draw.excluded) expect(e.detail.length).toBeGreaterThan(0);
    });
  });

  it('draws each cohort in proportion to the eligible register, within one', () => {
    forEveryDraw((draw, input) => {
      if (!input.stratifyByCohort) return;
      // The first sample: replacements came later, from the cases it did not draw.
      const replacements = new Set(draw.replacements.map((r) => r.replacement));
      const drawnCases = new Set([
        ...draw.allocations.map((a) => a.caseNumber).filter((c) => !replacements.has(c)),
        ...draw.excluded.filter((e) => e.reason === 'auditor-load-limit').map((e) => e.caseNumber),
      ]);
      const notSampled = new Set([
        ...draw.excluded.filter((e) => e.reason === 'not-sampled').map((e) => e.caseNumber),
        ...replacements,
      ]);
      const eligible = input.register.filter(
        (c) => drawnCases.has(c.caseNumber) || notSampled.has(c.caseNumber),
      );
      const total = drawnCases.size;
      for (const cohort of COHORTS) {
        const inCohort = eligible.filter((c) => c.cohort === cohort);
        const drawnInCohort = inCohort.filter((c) => drawnCases.has(c.caseNumber)).length;
        expect(draw.drawnByCohort[cohort] ?? 0).toBe(drawnInCohort);
        if (eligible.length > 0) {
          expect(
            Math.abs(drawnInCohort - (total * inCohort.length) / eligible.length),
          ).toBeLessThan(1);
        }
      }
    });
  });

  it('replaces a case dropped for auditor load only with an allocated case first left undrawn', () => {
    forEveryDraw((draw) => {
      const allocated = new Set(draw.allocations.map((a) => a.caseNumber));
      const dropped = new Set(
        draw.excluded.filter((e) => e.reason === 'auditor-load-limit').map((e) => e.caseNumber),
      );
      for (const r of draw.replacements) {
        expect(dropped.has(r.dropped)).toBe(true);
        expect(allocated.has(r.replacement)).toBe(true);
      }
    });
  });

  it('never draws a case audited in the most recent cycles', () => {
    forEveryDraw((draw, input) => {
      const recent = recentlyAuditedCases(input.history, input.cycle, input.excludeRecentCycles);
      for (const a of draw.allocations) expect(recent.has(a.caseNumber)).toBe(false);
    });
  });

  it('gives a moderator to the agreed share of audits from auditors without low agreement', () => {
    forEveryDraw((draw, input) => {
      const low = new Set(draw.moderatorShare.lowAgreementAuditorIds);
      const ordinary = draw.allocations.filter((a) => !low.has(a.auditorId));
      const moderated = ordinary.filter((a) => a.moderatorId !== null).length;
      expect(moderated).toBe(Math.round(input.moderation.share * ordinary.length));
    });
  });
});
