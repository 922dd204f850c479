/**
 * The documents of section 6 made through the API on the demo data (`npm start`'s composition):
 * the QA lead makes the findings report, the seven-minute briefing and the annual report; each
 * is saved in the emulator's document library (a folder per cycle, a new version each time),
 * read back through the API and parsed, its figures compared with the API's; who may make and
 * read each is checked.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTrackers } from '../../src/app/jobs/send-trackers';
import type { FindingsReportResponse } from '../../src/contract/dashboard';
import type {
  BriefingResponse,
  ReportDocumentListResponse,
  ReportDocumentResponse,
} from '../../src/contract/reports';
import { shareText } from '../../src/domain/reports/share';
import { BRIEFING_HEADINGS } from '../../src/documents';
import { altTexts, readDocx } from '../../src/documents/testing/read-docx';
import type { RunningServer } from '../../src/start/start-server';
import { startBenchServer } from '../../scripts/bench/bench-server';

let server: RunningServer;
beforeAll(async () => {
  server = await startBenchServer('small');
}, 120_000);
afterAll(async () => {
  await server.close();
});

const tokens = new Map<string, string>();
const tokenOf = async (staffId: string) => {
  const held = tokens.get(staffId);
  if (held !== undefined) return held;
  const response = await fetch(`${server.url}/api/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  const { token } = (await response.json()) as { token: string };
  tokens.set(staffId, token);
  return token;
};

const call = async (staffId: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenOf(staffId)}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response;
};
const json = async (staffId: string, method: string, path: string, body?: unknown) => {
  const response = await call(staffId, method, path, body);
  return { status: response.status, body: (await response.json()) as unknown };
};

const staffWith = (role: string) => {
  const found = server.services.directory.allStaff().find((s) => s.active && s.role === role);
  if (found === undefined) throw new Error(`no ${role} in the demo data`);
  return found;
};

const busiestCycle = () => {
  const model = server.services.readModel;
  const audits = model.records('audits').map((a) => a.record);
  const count = (id: string) =>
    audits.filter((a) => a.cycleId === id && a.state !== 'Allocated' && a.state !== 'InProgress')
      .length;
  const cycle = model
    .records('cycles')
    .map((c) => c.record)
    .sort((a, b) => count(b.id) - count(a.id))
    .at(0);
  if (cycle === undefined) throw new Error('no cycles');
  return cycle;
};

describe('the findings report document', () => {
  it('is made by the QA lead, saved in a folder per cycle, and prints the API’s figures', async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const made = await json(qa, 'POST', `/api/reports/findings/${cycle.id}/document`, {
      narrative: 'Chronologies were current in most files.\nSupervision was regular.',
    });
    expect(made.status).toBe(201);
    const { made: report } = made.body as ReportDocumentResponse;
    expect(report.report).toMatchObject({
      kind: 'FindingsReport',
      period: cycle.id,
      documentName: 'Findings report.docx',
      documentVersion: '1.0',
    });
    const saved = await server.services.documents.get(report.report.documentItemId);
    expect(saved?.folder).toBe(`Audit Loop reports/${cycle.name}`);

    const download = await call(qa, 'GET', report.contentPath);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('wordprocessingml');
    const docx = await readDocx(Buffer.from(await download.arrayBuffer()));
    const { body } = await json(qa, 'GET', `/api/reports/findings/${cycle.id}`);
    const { figures } = body as FindingsReportResponse;
    expect(docx.text).toContain(shareText(figures.grades.goodOrBetter));
    expect(docx.text).toContain(shareText(figures.grades.inadequate));
    expect(docx.text).toContain(shareText(figures.completion.submitted));
    for (const c of figures.inadequateCases) expect(docx.text).toContain(c.caseNumber);
    expect(docx.text).toContain('Supervision was regular.');
    expect(docx.headings.length).toBeGreaterThan(5);
    expect(altTexts(docx.document).every((a) => a.trim() !== '')).toBe(true);
    expect(docx.styles + docx.document).toContain('w:val="en-GB"');

    const again = await json(qa, 'POST', `/api/reports/findings/${cycle.id}/document`, {
      narrative: 'Second thoughts.',
    });
    expect((again.body as ReportDocumentResponse).made.report.documentVersion).toBe('2.0');
    expect((again.body as ReportDocumentResponse).made.report.documentItemId).toBe(
      report.report.documentItemId,
    );
    const versions = await server.services.documents.versions(report.report.documentItemId);
    expect(versions.map((v) => v.id)).toEqual(['2.0', '1.0']);
  }, 60_000);

  it('is made by the QA lead only; a head of service reads it; a team manager does not', async () => {
    const cycle = busiestCycle();
    const tm = staffWith('TeamManager').id;
    const hos = staffWith('HeadOfService').id;
    const refused = await json(hos, 'POST', `/api/reports/findings/${cycle.id}/document`, {
      narrative: '',
    });
    expect(refused.status).toBe(403);
    const list = (await json(hos, 'GET', `/api/reports/documents?period=${cycle.id}`))
      .body as ReportDocumentListResponse;
    const findings = list.items.find((i) => i.report.kind === 'FindingsReport');
    expect(findings).toBeDefined();
    expect((await call(hos, 'GET', findings?.contentPath ?? '')).status).toBe(200);
    expect((await call(tm, 'GET', findings?.contentPath ?? '')).status).toBe(403);
    const tmList = (await json(tm, 'GET', '/api/reports/documents'))
      .body as ReportDocumentListResponse;
    expect(tmList.items.some((i) => i.report.kind === 'FindingsReport')).toBe(false);
  });

  it('names a bad narrative and a cycle that is not on the list', async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const long = await json(qa, 'POST', `/api/reports/findings/${cycle.id}/document`, {
      narrative: 'x'.repeat(20_001),
    });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('narrative');
    const unknown = await json(qa, 'POST', '/api/reports/findings/CYC-NONE/document', {
      narrative: '',
    });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('cycle');
  });
});

describe('the seven-minute briefing', () => {
  it('is drafted under the seven headings, edited and made; every team may read it', async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const draft = (await json(qa, 'GET', `/api/reports/briefing/${cycle.id}`))
      .body as BriefingResponse;
    expect(draft.headings).toEqual(BRIEFING_HEADINGS);
    const sections = { ...draft.sections, Background: ['Our own words about this cycle.'] };
    const made = await json(qa, 'POST', `/api/reports/briefing/${cycle.id}/document`, {
      sections,
    });
    expect(made.status).toBe(201);
    const practitioner = staffWith('Practitioner').id;
    const path = (made.body as ReportDocumentResponse).made.contentPath;
    const download = await call(practitioner, 'GET', path);
    expect(download.status).toBe(200);
    const docx = await readDocx(Buffer.from(await download.arrayBuffer()));
    expect(docx.headings.filter((h) => h.style === 'Heading1').map((h) => h.text)).toEqual(
      BRIEFING_HEADINGS,
    );
    expect(docx.text).toContain('Our own words about this cycle.');
    const saved = (await json(qa, 'GET', `/api/reports/briefing/${cycle.id}`))
      .body as BriefingResponse;
    expect(saved.sections['Background']).toEqual(['Our own words about this cycle.']);
    expect(saved.made?.report.documentVersion).toBe('1.0');
  }, 60_000);
});

describe("a team's discussion of the briefing", () => {
  it('is recorded by the team’s manager once the briefing is made, with the area’s grade since', async () => {
    const cycle = busiestCycle();
    const tm = server.services.directory
      .allStaff()
      .find((s) => s.active && s.role === 'TeamManager' && s.teamId !== null);
    if (tm?.teamId == null) throw new Error('no team manager with a team');
    const other = server.services.directory
      .allStaff()
      .find((s) => s.active && s.role === 'TeamManager' && s.teamId !== tm.teamId);
    const body = {
      teamId: tm.teamId,
      discussedOn: '2026-01-15',
      area: 'chronology',
      use: 'Chronologies checked in every supervision.',
    };
    const recorded = await json(
      tm.id,
      'POST',
      `/api/reports/briefing/${cycle.id}/discussions`,
      body,
    );
    expect(recorded.status).toBe(201);
    if (other !== undefined) {
      const refused = await json(
        other.id,
        'POST',
        `/api/reports/briefing/${cycle.id}/discussions`,
        body,
      );
      expect(refused.status).toBe(403);
    }
    const future = await json(tm.id, 'POST', `/api/reports/briefing/${cycle.id}/discussions`, {
      ...body,
      discussedOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('discussed');
    const briefing = (await json(tm.id, 'GET', `/api/reports/briefing/${cycle.id}`))
      .body as BriefingResponse;
    const mine = briefing.discussions.find((d) => d.teamId === tm.teamId);
    expect(mine).toMatchObject({ areaLabel: 'Use of chronology', use: body.use });
    const later = server.services.readModel
      .records('cycles')
      .filter((c) => c.record.startDate > cycle.startDate && c.record.state !== 'Planned');
    expect(mine?.followUp.length).toBe(later.length);
  });
});

describe('the annual QA report', () => {
  it("is made for a financial year with the year's cycles", async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const start = Number(cycle.startDate.slice(0, 4));
    const year = cycle.startDate.slice(5) >= '04-01' ? start : start - 1;
    const made = await json(qa, 'POST', `/api/reports/annual/${String(year)}/document`, {
      narrative: 'A year of steady improvement.',
    });
    expect(made.status).toBe(201);
    const { made: report } = made.body as ReportDocumentResponse;
    expect(report.report.documentName).toBe(
      `Annual QA report ${String(year)} to ${String(year + 1)}.docx`,
    );
    const docx = await readDocx(
      Buffer.from(await (await call(qa, 'GET', report.contentPath)).arrayBuffer()),
    );
    expect(docx.text).toContain(cycle.name);
    expect(docx.text).toContain('A year of steady improvement.');
  }, 60_000);
});

describe('the trackers', () => {
  it('are made per service, read back as workbooks, and each head of service reads only theirs', async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const made = await json(qa, 'POST', `/api/reports/trackers/${cycle.id}/document`, {});
    expect(made.status).toBe(201);
    const { items } = made.body as ReportDocumentListResponse;
    const audits = server.services.readModel
      .records('audits')
      .map((a) => a.record)
      .filter((a) => a.cycleId === cycle.id);
    const serviceIds = [...new Set(audits.map((a) => a.serviceAreaId))].sort();
    expect(items.map((i) => i.report.serviceAreaId)).toEqual(serviceIds);
    const first = items.at(0);
    if (first === undefined) throw new Error('no trackers made');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await (await call(qa, 'GET', first.contentPath)).arrayBuffer()) as never,
    );
    const allocation = workbook.getWorksheet('Audit allocation tracker');
    const ownAudits = audits.filter((a) => a.serviceAreaId === first.report.serviceAreaId);
    expect((allocation?.rowCount ?? 0) - 1).toBe(ownAudits.length);
    const heads = server.services.directory
      .allStaff()
      .filter((s) => s.active && s.role === 'HeadOfService');
    const own = heads.find((h) => h.serviceAreaId === first.report.serviceAreaId);
    const other = heads.find((h) => h.serviceAreaId !== first.report.serviceAreaId);
    if (own !== undefined) expect((await call(own.id, 'GET', first.contentPath)).status).toBe(200);
    if (other !== undefined)
      expect((await call(other.id, 'GET', first.contentPath)).status).toBe(403);
  }, 60_000);

  it('are made by the scheduler for a cycle just closed, once', async () => {
    const { services } = server;
    const cycle = services.readModel
      .records('cycles')
      .map((c) => c.record)
      .filter((c) => c.state === 'Allocated')
      .sort((a, b) => Number(a.id === busiestCycle().id) - Number(b.id === busiestCycle().id))
      .at(0);
    if (cycle === undefined) throw new Error('no allocated cycle');
    const qa = staffWith('QALead').id;
    const closed = await json(qa, 'POST', `/api/cycles/${cycle.id}/close`, {
      version: services.readModel.get('cycles', cycle.id)?.version,
      reason: 'Closing for the test: the remaining audits carry over.',
    });
    expect(closed.status).toBe(200);
    const made = await sendTrackers(services);
    expect(made.every((id) => id.startsWith(`Trackers:${cycle.id}:`))).toBe(true);
    // Every service of the cycle has its trackers (made now, or already made from the tab).
    const audits = services.readModel.where('audits', 'cycleId', cycle.id);
    for (const serviceAreaId of new Set(audits.map((a) => a.record.serviceAreaId))) {
      expect(
        services.readModel.get('learningReports', `Trackers:${cycle.id}:${serviceAreaId}`),
      ).toBeDefined();
    }
    expect(await sendTrackers(services)).toEqual([]);
  }, 60_000);
});

describe('the Ofsted evidence pack', () => {
  it("holds the year's registers and the learning summaries made, as one .zip", async () => {
    const qa = staffWith('QALead').id;
    const cycle = busiestCycle();
    const start = Number(cycle.startDate.slice(0, 4));
    const year = cycle.startDate.slice(5) >= '04-01' ? start : start - 1;
    const made = await json(qa, 'POST', `/api/reports/evidence-pack/${String(year)}/document`, {});
    expect(made.status).toBe(201);
    const { made: pack } = made.body as ReportDocumentResponse;
    const hos = staffWith('HeadOfService').id;
    expect((await call(hos, 'GET', pack.contentPath)).status).toBe(403);
    const zip = await JSZip.loadAsync(
      Buffer.from(await (await call(qa, 'GET', pack.contentPath)).arrayBuffer()),
    );
    const names = Object.keys(zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'Audit register.csv',
        'Moderation log.csv',
        'Actions.csv',
        'Feedback register.csv',
        `${cycle.name} - Findings report.docx`,
      ]),
    );
    const register = (await zip.file('Audit register.csv')?.async('string')) ?? '';
    const inCycle = server.services.readModel.where('audits', 'cycleId', cycle.id);
    for (const a of inCycle) expect(register).toContain(a.record.caseNumber);
  }, 60_000);
});
