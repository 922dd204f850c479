/**
 * The findings report's figures over the demo data (`npm start`'s composition, small size),
 * checked against the same figures computed here independently from the records, and narrowed
 * to a head of service's service. Cases by case number only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualFiguresResponse, FindingsReportResponse } from '../../src/contract/dashboard';
import type { Audit } from '../../src/domain/records/audit';
import type { Grade } from '../../src/domain/records/grade';
import type { Moderation } from '../../src/domain/records/moderation';
import type { RunningServer } from '../../src/start/start-server';
import { startBenchServer } from '../../scripts/bench/bench-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startBenchServer('small');
}, 120_000);
afterAll(async () => {
  await server.close();
});

const tokenOf = async (staffId: string) => {
  const response = await fetch(`${server.url}/api/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  return ((await response.json()) as { token: string }).token;
};

const get = async (staffId: string, path: string) => {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${await tokenOf(staffId)}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

const findings = async (staffId: string, path: string) => {
  const { status, body } = await get(staffId, path);
  return { status, body: body as FindingsReportResponse };
};

const staffWith = (role: string) => {
  const found = server.services.directory.allStaff().find((s) => s.active && s.role === role);
  if (found === undefined) throw new Error(`no ${role} in the demo data`);
  return found;
};

/** The grade after moderation, worked out here from the records, not by the app's analytics. */
const gradeAfter = (audit: Audit, moderations: readonly Moderation[]): Grade | null => {
  const done = moderations
    .filter((m) => m.auditId === audit.id && m.state !== 'Pending' && m.moderatedGrade !== null)
    .sort((a, b) => (b.moderatedAt ?? '').localeCompare(a.moderatedAt ?? ''));
  return done[0]?.moderatedGrade ?? audit.overallGrade;
};

const submitted = (a: Audit) =>
  a.overallGrade !== null && a.state !== 'Allocated' && a.state !== 'InProgress';

describe('GET /api/reports/findings/:cycleId on the demo data', () => {
  const records = () => {
    const model = server.services.readModel;
    return {
      cycles: model.records('cycles').map((c) => c.record),
      audits: model.records('audits').map((a) => a.record),
      moderations: model.records('moderations').map((m) => m.record),
      actions: model.records('actions').map((a) => a.record),
    };
  };
  const busiest = () => {
    const { cycles, audits } = records();
    const count = (id: string) => audits.filter((a) => a.cycleId === id && submitted(a)).length;
    const cycle = [...cycles].sort((a, b) => count(b.id) - count(a.id)).at(0);
    if (cycle === undefined) throw new Error('no cycles in the demo data');
    return cycle;
  };

  it('prints the figures the records give, for the whole service', async () => {
    const cycle = busiest();
    const { audits, moderations, actions } = records();
    const own = audits.filter((a) => a.cycleId === cycle.id);
    const graded = own.filter(submitted);
    const after = graded.map((a) => gradeAfter(a, moderations));
    const good = after.filter((g) => g === 'Outstanding' || g === 'Good').length;
    const inadequate = graded
      .filter((a) => gradeAfter(a, moderations) === 'Inadequate')
      .map((a) => a.caseNumber)
      .sort();
    const ownActions = actions.filter((x) => own.some((a) => a.id === x.auditId));

    const { status, body } = await findings(
      staffWith('QALead').id,
      `/api/reports/findings/${cycle.id}`,
    );
    expect(status).toBe(200);
    const f = body.figures;
    expect(graded.length).toBeGreaterThan(0);
    expect(f.completion.allocated).toBe(own.length);
    expect(f.completion.submitted.count).toBe(graded.length);
    expect(f.grades.total).toBe(graded.length);
    expect(f.grades.goodOrBetter.count).toBe(good);
    expect(f.grades.counts.Inadequate).toBe(inadequate.length);
    expect(f.inadequateCases.map((c) => c.caseNumber)).toEqual(inadequate);
    expect(f.actions.counts.total).toBe(ownActions.length);
    expect(f.moderation.coverage.count).toBe(
      graded.filter((a) =>
        moderations.some(
          (m) => m.auditId === a.id && m.state !== 'Pending' && m.moderatedGrade !== null,
        ),
      ).length,
    );
    // The audit of audits: every moderation of the cycle's audits a moderator scored.
    expect(f.quality.scored).toBe(
      moderations.filter((m) => own.some((a) => a.id === m.auditId) && m.auditQuality !== null)
        .length,
    );
    expect(f.trend.at(-1)?.cycleId).toBe(cycle.id);
    expect(f.trend.at(-1)?.submitted).toBe(graded.length);
    // Every service, team and person the figures name has a display name.
    for (const s of f.byService) expect(body.names[s.key]).toBeTruthy();
    for (const t of f.byTeam) expect(body.names[t.key]).toBeTruthy();
    // Figures and case numbers only: no audit text reaches the report.
    const text = JSON.stringify(body);
    for (const a of graded) {
      if (a.rationale.length > 20) expect(text).not.toContain(a.rationale);
    }
  });

  it("narrows a head of service's report to their service, and refuses another's", async () => {
    const cycle = busiest();
    const head = staffWith('HeadOfService');
    const { audits } = records();
    const theirs = audits.filter(
      (a) => a.cycleId === cycle.id && a.serviceAreaId === head.serviceAreaId,
    );
    const own = await findings(head.id, `/api/reports/findings/${cycle.id}`);
    expect(own.status).toBe(200);
    expect(own.body.filters.serviceAreaId).toBe(head.serviceAreaId);
    expect(own.body.figures.completion.allocated).toBe(theirs.length);
    const other = server.services.directory.serviceAreas().find((s) => s.id !== head.serviceAreaId);
    if (other !== undefined) {
      const refused = await get(
        head.id,
        `/api/reports/findings/${cycle.id}?serviceAreaId=${other.id}`,
      );
      expect(refused.status).toBe(403);
    }
  });

  it('filters by team, and names a bad filter', async () => {
    const cycle = busiest();
    const { audits } = records();
    const team = audits.find((a) => a.cycleId === cycle.id)?.teamId ?? '';
    const lead = staffWith('QALead').id;
    const filtered = await findings(lead, `/api/reports/findings/${cycle.id}?teamId=${team}`);
    expect(filtered.status, JSON.stringify(filtered.body)).toBe(200);
    expect(filtered.body.figures.completion.allocated).toBe(
      audits.filter((a) => a.cycleId === cycle.id && a.teamId === team).length,
    );
    const bad = await get(lead, `/api/reports/findings/${cycle.id}?colour=blue`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('colour');
  });

  it("gives the annual figures over the financial year's cycles", async () => {
    const cycle = busiest();
    const start = Number(cycle.startDate.slice(0, 4));
    const year = cycle.startDate.slice(5) >= '04-01' ? start : start - 1;
    const { cycles, audits } = records();
    const from = `${String(year)}-04-01`;
    const to = `${String(year + 1)}-03-31`;
    const inYear = new Set(
      cycles.filter((c) => c.startDate >= from && c.startDate <= to).map((c) => c.id),
    );
    const { status, body } = await get(
      staffWith('QALead').id,
      `/api/reports/annual/${String(year)}`,
    );
    expect(status).toBe(200);
    const annual = body as AnnualFiguresResponse;
    expect(annual.yearText).toBe(`${String(year)} to ${String(year + 1)}`);
    expect(annual.figures.completion.allocated).toBe(
      audits.filter((a) => inYear.has(a.cycleId)).length,
    );
    expect(annual.figures.trend.map((t) => t.cycleId).sort()).toEqual([...inYear].sort());
    expect((await get(staffWith('QALead').id, '/api/reports/annual/twenty')).status).toBe(404);
  });
});
