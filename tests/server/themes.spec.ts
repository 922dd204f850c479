/**
 * Learning themes (issue 14, section 8) through the API on the emulator: the QA lead reads a
 * cycle's suggested themes (counts per service, case numbers only), confirms, rejects and merges
 * them — each a command with its version ('new' before the first decision) — and the confirmed
 * themes are what `confirmedThemesOf` gives the reports; a head of service sees their own
 * service's counts; the vocabulary is curated by the QA lead alone. Refusals name the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/contract';
import type {
  CycleThemeDto,
  CycleThemesResponse,
  LearningThemeResponse,
  VocabularyResponse,
} from '../../src/contract/themes';
import { confirmedThemesOf } from '../../src/app/themes/confirmed-themes';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const THEMES = '/api/cycles/CYC-1/themes';
const read = (as: string) => h.as<CycleThemesResponse & Partial<ApiError>>(as, 'GET', THEMES);
const decide = (as: string, themeId: string, step: string, body: object) =>
  h.as<CycleThemesResponse & Partial<ApiError>>(as, 'POST', `${THEMES}/${themeId}/${step}`, body);
const themeOf = (body: CycleThemesResponse, themeId: string): CycleThemeDto => {
  const found = body.themes.find((t) => t.themeId === themeId);
  if (found === undefined) throw new Error(`${themeId} is not among the cycle's themes`);
  return found;
};

describe("a cycle's suggested learning themes", () => {
  it('are the active themes found in its submitted audits, by service, by case number', async () => {
    const { status, body } = await read('qa');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      cycleId: 'CYC-1',
      audits: 2,
      serviceAreaId: null,
      canDecide: true,
    });
    expect(body.themes.map((t) => [t.themeId, t.audits])).toEqual([
      ['LT-chron', 2],
      ['LT-direct', 2],
      ['LT-impact', 2],
    ]);
    expect(themeOf(body, 'LT-chron')).toMatchObject({
      byService: { 'svc-n': 2 },
      exampleCaseNumbers: ['CF-100002', 'CF-100008'],
      decision: null,
      version: 'new',
    });
    expect(body.names['svc-n']).toBe('North children and families');
    expect(JSON.stringify(body)).not.toContain('Update the chronology');
  });

  it("are read by senior leaders; a head of service gets their own service's counts", async () => {
    for (const who of ['psw', 'ad', 'dir', 'hos-n']) expect((await read(who)).status).toBe(200);
    const south = await read('hos-s');
    expect([south.body.serviceAreaId, south.body.audits, south.body.themes]).toEqual([
      'svc-s',
      0,
      [],
    ]);
    expect(south.body.canDecide).toBe(false);
  });

  it('are not for team managers or practitioners', async () => {
    for (const who of ['tm-n1', 'sw-n1a']) {
      const refused = await read(who);
      expect([refused.status, refused.body.error?.message]).toEqual([
        403,
        'Learning themes are for the QA team, heads of service and senior leaders.',
      ]);
    }
  });

  it('of a cycle not on the list are not found', async () => {
    expect((await h.as('qa', 'GET', '/api/cycles/CYC-9/themes')).status).toBe(404);
  });
});

describe('deciding the themes', () => {
  it('the QA lead confirms a theme; the same version again is a conflict', async () => {
    const confirmed = await decide('qa', 'LT-chron', 'confirm', { version: 'new' });
    expect(confirmed.status).toBe(200);
    expect(themeOf(confirmed.body, 'LT-chron').decision).toMatchObject({
      decision: 'Confirmed',
      mergedIntoThemeId: null,
      decidedById: 'qa',
      decidedOn: '2025-03-20',
    });
    expect(themeOf(confirmed.body, 'LT-chron').version).not.toBe('new');
    const stale = await decide('qa', 'LT-chron', 'reject', { version: 'new' });
    expect([stale.status, stale.body.error?.code]).toEqual([409, 'conflict']);
  });

  it('is for the QA lead only, whoever else asks', async () => {
    for (const who of ['psw', 'hos-n', 'ad']) {
      const refused = await decide(who, 'LT-impact', 'confirm', { version: 'new' });
      expect([refused.status, refused.body.error?.message]).toEqual([
        403,
        'Only the QA lead curates the learning themes.',
      ]);
    }
  });

  it('merges only into another theme of the same kind, naming the field', async () => {
    const cases: [string, object, string][] = [
      [
        'LT-direct',
        { version: 'new', mergedIntoThemeId: 'LT-chron' },
        'Merged into theme: This must be another strength theme.',
      ],
      [
        'LT-impact',
        { version: 'new', mergedIntoThemeId: 'LT-nope' },
        'Merged into theme: This is not a theme on the vocabulary.',
      ],
      [
        'LT-impact',
        { version: 'new', mergedIntoThemeId: 'LT-impact' },
        'Merged into theme: This must be another theme.',
      ],
      ['LT-impact', { version: 'new' }, 'Merged into theme: This is required.'],
    ];
    for (const [themeId, body, message] of cases) {
      const refused = await decide('qa', themeId, 'merge', body);
      expect([refused.status, refused.body.error?.message]).toEqual([400, message]);
    }
  });

  it("a merged theme's audits count once in the theme it is merged into", async () => {
    const merged = await decide('qa', 'LT-impact', 'merge', {
      version: 'new',
      mergedIntoThemeId: 'LT-chron',
    });
    expect(themeOf(merged.body, 'LT-impact').decision).toMatchObject({
      decision: 'Merged',
      mergedIntoThemeId: 'LT-chron',
    });
    expect(await confirmedThemesOf(h.services, ['CYC-1'])).toEqual([
      {
        cycleId: 'CYC-1',
        themeId: 'LT-chron',
        label: 'Chronology out of date',
        kind: 'Development',
        audits: 2,
        byService: { 'svc-n': 2 },
        exampleCaseNumbers: ['CF-100002', 'CF-100008'],
      },
    ]);
  });

  it('deciding again replaces the decision; a rejected theme is not confirmed', async () => {
    const before = themeOf((await read('qa')).body, 'LT-chron');
    const rejected = await decide('qa', 'LT-chron', 'reject', { version: before.version });
    expect(themeOf(rejected.body, 'LT-chron').decision?.decision).toBe('Rejected');
    expect(await confirmedThemesOf(h.services, ['CYC-1', 'CYC-2'])).toEqual([]);
    const decisions = await h.store.repo('themeDecisions').list({ where: { cycleId: 'CYC-1' } });
    expect(decisions.map((d) => d.record.themeId).sort()).toEqual(['LT-chron', 'LT-impact']);
    const again = themeOf(rejected.body, 'LT-chron').version;
    await decide('qa', 'LT-chron', 'confirm', { version: again });
    expect((await confirmedThemesOf(h.services, ['CYC-1'])).map((t) => t.themeId)).toEqual([
      'LT-chron',
    ]);
  });

  it('logs each decision with field names only', async () => {
    await h.services.auditLog.flush();
    const log = await h.store.repo('auditLog').list({
      where: { record: 'themeDecision:CYC-1|LT-chron' },
    });
    expect(log.map((e) => e.record.action)).toEqual([
      'themes.confirm',
      'themes.reject',
      'themes.confirm',
    ]);
    expect(JSON.stringify(log)).not.toContain('Chronology out of date');
  });

  it('names a bad body and an unknown theme', async () => {
    const bad = await decide('qa', 'LT-drift', 'confirm', { version: 'new', note: 'x' });
    expect([bad.status, bad.body.error?.message]).toEqual([
      400,
      'Note: This is not a known field.',
    ]);
    const missing = await decide('qa', 'LT-nope', 'confirm', { version: 'new' });
    expect(missing.status).toBe(404);
  });
});

describe('the theme vocabulary', () => {
  const THEME = {
    label: 'Drift in planning',
    kind: 'Development',
    phrases: ['drift', 'stalled'],
    active: true,
  };

  it('is read by those who read themes, active themes first', async () => {
    const { status, body } = await h.as<VocabularyResponse>(
      'hos-n',
      'GET',
      '/api/themes/vocabulary',
    );
    expect(status).toBe(200);
    expect(body.canEdit).toBe(false);
    expect(body.items.at(-1)?.record.id).toBe('LT-old');
    expect((await h.as('tm-n1', 'GET', '/api/themes/vocabulary')).status).toBe(403);
  });

  it('the QA lead adds, edits and deactivates a theme; nobody else may', async () => {
    const refused = await h.as('psw', 'POST', '/api/themes/vocabulary', THEME);
    expect(refused.status).toBe(403);
    const made = await h.as<LearningThemeResponse>('qa', 'POST', '/api/themes/vocabulary', THEME);
    expect(made.status).toBe(201);
    const { record, version } = made.body.theme;
    expect(record).toMatchObject({ label: 'Drift in planning', phrases: ['drift', 'stalled'] });
    const path = `/api/themes/vocabulary/${record.id}`;
    const off = await h.as<LearningThemeResponse>('qa', 'PUT', path, {
      ...THEME,
      active: false,
      version,
    });
    expect([off.status, off.body.theme.record.active]).toEqual([200, false]);
    const stale = await h.as('qa', 'PUT', path, { ...THEME, version });
    expect(stale.status).toBe(409);
    const ids = (await read('qa')).body.themes.map((t) => t.themeId);
    expect(ids).not.toContain(record.id);
  });

  it('names the field of a bad theme', async () => {
    const cases: [object, string][] = [
      [{ ...THEME, label: ' ' }, 'Label: This is required.'],
      [{ ...THEME, phrases: [' ', '!'] }, 'Phrases: This must have at least one phrase.'],
      [{ ...THEME, kind: 'Both' }, 'Kind: This must be one of: Strength, Development.'],
      [{ ...THEME, colour: 'red' }, 'Colour: This is not a known field.'],
    ];
    for (const [body, message] of cases) {
      const refused = await h.as<ApiError>('qa', 'POST', '/api/themes/vocabulary', body);
      expect([refused.status, refused.body.error.message]).toEqual([400, message]);
    }
  });
});
