/**
 * Property-based fuzzing of every endpoint's body and query (fast-check): malformed input is
 * never accepted, never answered with a 5xx, and a rejected request changes nothing (the
 * emulator's item-write counter is the same before and after each request). Runs are seeded,
 * so a failure repeats.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
let token = '';
let total = 0;
beforeAll(async () => {
  h = await startServerHarness();
  token = await h.tokenFor('qa');
  await h.services.auditLog.flush();
}, 60_000);
afterAll(() => h.close());

const RUNS = 300;
const v = 'some-version';

interface BodyCase {
  readonly method: 'POST' | 'PUT';
  readonly path: string;
  readonly valid: Record<string, unknown>;
  readonly required: readonly string[];
}

const write = (path: string, body: Record<string, unknown>, method: 'POST' | 'PUT' = 'POST') => ({
  method,
  path,
  valid: { version: v, ...body },
  required: ['version', ...Object.keys(body)],
});
const A = '/api/audits/AUD-A';
const X = '/api/actions/ACT-B1';
const rules = {
  sampleSize: { kind: 'total', totalCases: 2 },
  stratifyByCohort: false,
  excludeRecentCycles: 0,
  moderation: { share: 0.5, lowAgreementThreshold: 0.5, lowAgreementShare: 1 },
};

const BODY_CASES: readonly BodyCase[] = [
  write(`${A}/draft`, { draft: {} }, 'PUT'),
  write(`${A}/start`, {}),
  write(`${A}/submit`, { actions: [], noActionsNeeded: true }),
  write(`${A}/share-grade`, {}),
  write(`${A}/worker-feedback`, { feedback: 'Fair.' }),
  write(`${A}/contributors`, { contributorId: 'sw-n2' }),
  write(`${A}/reallocate`, { auditorId: 'tm-n2b' }),
  write(`${A}/moderator`, { moderatorId: 'hos-n2' }),
  write(`${A}/moderation`, { outcome: 'Agreed', reasons: '' }),
  write(`${A}/moderation/resolve`, { learningNotes: 'Talked.' }),
  write(`${A}/complete-without-moderation`, {}),
  write(`${X}/progress`, { note: 'Visited.' }),
  write(`${X}/supervision`, { date: '2025-03-19', note: '' }),
  write(`${X}/complete`, { evidence: 'On file.' }),
  write(`${X}/verify`, {}),
  write(`${X}/approve`, {}),
  write(`${X}/return`, { reason: 'No evidence.' }),
  write(`${X}/not-completed`, { reason: 'Closed.' }),
  write('/api/cycles/CYC-2/allocation/commit', { ...rules, seed: 1 }),
  {
    method: 'POST',
    path: '/api/cycles/CYC-2/allocation/preview',
    valid: rules,
    required: ['sampleSize', 'stratifyByCohort', 'excludeRecentCycles', 'moderation'],
  },
  {
    method: 'POST',
    path: '/api/cycles',
    valid: {
      name: 'C',
      kind: 'Thematic',
      startDate: '2025-06-02',
      endDate: '2025-07-01',
      theme: '',
    },
    required: ['name', 'kind', 'startDate', 'endDate', 'theme'],
  },
  {
    method: 'POST',
    path: '/api/feedback',
    valid: {
      source: 'ParentCarer',
      receivedOn: '2025-03-10',
      serviceAreaId: 'svc-n',
      teamId: null,
      caseNumber: null,
      auditId: null,
      sentiment: 'Mixed',
      summary: 'Useful.',
    },
    required: ['source', 'receivedOn', 'serviceAreaId', 'teamId', 'sentiment', 'summary'],
  },
  {
    method: 'POST',
    path: '/api/observations',
    valid: {
      setting: 'Supervision',
      observedOn: '2025-03-10',
      practitionerId: 'sw-n1a',
      teamId: 'team-n1',
      serviceAreaId: 'svc-n',
      caseNumber: null,
      grade: 'Good',
      strengths: '',
      development: '',
      learning: '',
    },
    required: ['setting', 'observedOn', 'practitionerId', 'teamId', 'grade'],
  },
];

/** A value of another JSON type than the valid one: no field of ours accepts both. */
const wrongTypeFor = (value: unknown): unknown => {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'seven';
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return 42;
  if (Array.isArray(value)) return 'not a list';
  return 'not an object';
};

type Input = { readonly body: unknown } | { readonly raw: string };

const malformed = (c: BodyCase): fc.Arbitrary<Input> => {
  const keys = Object.keys(c.valid);
  const body = (b: unknown): Input => ({ body: b });
  return fc.oneof(
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
      .filter(([key]) => !keys.includes(key))
      .map(([key, value]) => body({ ...c.valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => body({ ...c.valid, [key]: wrongTypeFor(c.valid[key]) })),
    fc
      .constantFrom(...c.required)
      .map((key) => body(Object.fromEntries(Object.entries(c.valid).filter(([k]) => k !== key)))),
    fc.constantFrom(...keys).map((key) => body({ ...c.valid, [key]: 'x'.repeat(4001) })),
    fc
      .oneof(
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
      )
      .map(body),
    fc
      .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
      .map(body),
    fc.string({ maxLength: 40 }).map((raw) => ({ raw: `{${raw}` })),
  );
};

const send = async (method: string, path: string, input: Input) => {
  const before = h.writes();
  const response = await h.call<{ error?: { code: string } }>(method, path, { token, ...input });
  total += 1;
  return { response, wrote: h.writes() - before };
};

describe.each(BODY_CASES)('the body of $method $path', (c) => {
  it(`refuses ${String(RUNS)} malformed bodies with 4xx and changes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(malformed(c), async (input) => {
        const { response, wrote } = await send(c.method, c.path, input);
        expect(response.status).toBe(400);
        expect(wrote).toBe(0);
      }),
      { numRuns: RUNS, seed: 4242 },
    );
  }, 120_000);
});

interface QueryCase {
  readonly path: string;
  /** Parameter → its valid values (an enum), or 'id' for an id. */
  readonly params: Readonly<Record<string, readonly string[] | 'id'>>;
}

const QUERY_CASES: readonly QueryCase[] = [
  {
    path: '/api/audits',
    params: {
      scope: ['allocatedToMe', 'myCases', 'team', 'service', 'all'],
      state: ['Allocated', 'InProgress', 'Submitted'],
      cycleId: 'id',
    },
  },
  {
    path: '/api/actions',
    params: { scope: ['mine', 'all'], state: ['Open'], overdue: ['true', 'false'] },
  },
  { path: '/api/dashboard', params: { cycleId: 'id', serviceAreaId: 'id', teamId: 'id' } },
  { path: '/api/feedback', params: { serviceAreaId: 'id', teamId: 'id', source: ['ParentCarer'] } },
  { path: '/api/observations', params: { teamId: 'id', practitionerId: 'id' } },
  { path: '/api/staff', params: { role: ['QALead', 'TeamManager'] } },
  { path: '/api/home', params: {} },
  { path: '/api/me', params: {} },
  { path: '/api/cycles', params: {} },
  { path: '/api/cycles/CYC-1/tracker', params: {} },
  { path: '/api/reports/findings/CYC-1', params: { serviceAreaId: 'id', teamId: 'id' } },
  { path: '/api/moderation/queue', params: {} },
  { path: '/api/me/audit-quality', params: { auditorId: 'id' } },
  { path: '/api/schedule', params: {} },
  { path: '/api/organisation', params: {} },
  { path: '/api/lists/health', params: {} },
  { path: '/api/audits/AUD-A', params: {} },
  { path: '/api/actions/ACT-B1', params: {} },
];

const badValue = (valid: readonly string[] | 'id'): fc.Arbitrary<string> =>
  valid === 'id'
    ? fc.oneof(
        fc.string({ maxLength: 20 }).map((s) => `!${s}`),
        fc.constant('x'.repeat(65)),
        fc.constantFrom('', '   ', '../etc', 'a b'),
      )
    : fc.string({ maxLength: 20 }).filter((s) => !valid.includes(s));

const malformedQuery = (c: QueryCase): fc.Arbitrary<string> => {
  const names = Object.keys(c.params);
  const unknown = fc
    .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }))
    .filter(([name]) => !names.includes(name))
    .map(([name, value]) => new URLSearchParams([[name, value]]).toString());
  if (names.length === 0) return unknown;
  const param = fc.constantFrom(...names);
  return fc.oneof(
    unknown,
    param.chain((name) =>
      badValue(c.params[name] ?? 'id').map((value) =>
        new URLSearchParams([[name, value]]).toString(),
      ),
    ),
    param.map((name) => `${encodeURIComponent(name)}=a&${encodeURIComponent(name)}=b`),
  );
};

describe.each(QUERY_CASES)('the query of GET $path', (c) => {
  it(`refuses ${String(RUNS)} malformed queries with 400 and changes nothing`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedQuery(c), async (query) => {
        const { response, wrote } = await send('GET', `${c.path}?${query}`, { body: undefined });
        expect(response.status).toBe(400);
        expect(wrote).toBe(0);
      }),
      { numRuns: RUNS, seed: 4242 },
    );
  }, 120_000);
});

// '.' and '..' are left out: the client resolves them as path segments before sending.
describe('record ids in the path', () => {
  it('an unknown or malformed id is 404, never a 5xx, and changes nothing', async () => {
    const paths = ['/api/audits/', '/api/actions/', '/api/cycles/', '/api/reports/findings/'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc
          .string({ minLength: 1, maxLength: 80 })
          .filter((s) => !/^(AUD|ACT|CYC)-/.test(s) && s !== '.' && s !== '..'),
        async (base, raw) => {
          const suffix = base === '/api/cycles/' ? '/tracker' : '';
          const { response, wrote } = await send(
            'GET',
            `${base}${encodeURIComponent(raw)}${suffix}`,
            {
              body: undefined,
            },
          );
          expect(response.status).toBe(404);
          expect(wrote).toBe(0);
        },
      ),
      { numRuns: RUNS, seed: 4242 },
    );
  }, 120_000);
});

describe('the fuzzing as a whole', () => {
  it('sent at least 10,000 inputs across the endpoints', () => {
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
