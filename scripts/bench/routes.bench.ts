/**
 * The routes people use, at the size the demo data was loaded at (AUDITLOOP_BENCH_SIZE), measured
 * on the real server: for each role's home and list views, the Graph requests, items read and
 * resource units one request costs once the read model is built, beside the items the answer
 * shows and beside an honest baseline — the indexed, filtered queries a competent developer
 * would write without a read model, run through the same store in the same run.
 */
import type { RunningEmulator } from '../../src/emulator';
import { StoreError, type Store } from '../../src/domain/ports';
import { graphRequests } from './graph-requests';
import type { Role } from '../../src/domain/records';
import type { RunningServer } from '../../src/start/start-server';
import { costText, measure, type Cost } from './measure';

interface Shown {
  readonly shown: number;
}

export const signIn = async (url: string, staffId: string): Promise<string> => {
  const response = await fetch(`${url}/api/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  return ((await response.json()) as { token: string }).token;
};

/** Rows an answer carries: the lists' items, the home sections' rows, the tracker's rows. */
const shownIn = (body: unknown): number => {
  if (typeof body !== 'object' || body === null) return 0;
  let n = 0;
  for (const value of Object.values(body as Record<string, unknown>)) {
    if (Array.isArray(value)) n += value.length;
  }
  return n;
};

const get = async (url: string, token: string, path: string): Promise<Shown> => {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  return { shown: shownIn(await response.json()) };
};

interface View {
  readonly role: Role;
  readonly path: (ids: { cycleId: string }) => string;
  /** The queries the same view would make without the read model (indexed, unpaged). */
  readonly baseline: (
    store: Store,
    who: { id: string; teamId: string | null; serviceAreaId: string | null },
    ids: { cycleId: string },
  ) => Promise<unknown>;
}

const VIEWS: readonly View[] = [
  {
    role: 'Practitioner',
    path: () => '/api/home',
    baseline: (s, w) =>
      Promise.all([
        s.repo('audits').list({ where: { workerId: w.id } }),
        s.repo('actions').list({ where: { ownerId: w.id } }),
      ]),
  },
  {
    role: 'TeamManager',
    path: () => '/api/home',
    baseline: (s, w) =>
      Promise.all([
        s.repo('audits').list({ where: { auditorId: w.id } }),
        s.repo('audits').list({ where: { workerId: w.id } }),
        s.repo('actions').list({ where: { ownerId: w.id } }),
        s.repo('actions').list({ where: { teamId: w.teamId ?? '' } }),
      ]),
  },
  {
    role: 'TeamManager',
    path: () => '/api/actions?scope=team',
    baseline: (s, w) => s.repo('actions').list({ where: { teamId: w.teamId ?? '' } }),
  },
  {
    role: 'HeadOfService',
    path: () => '/api/home',
    baseline: (s, w) =>
      Promise.all([
        s.repo('audits').list({ where: { auditorId: w.id } }),
        s.repo('audits').list({ where: { moderatorId: w.id } }),
        s
          .repo('audits')
          .list({ where: { serviceAreaId: w.serviceAreaId ?? '', overallGrade: 'Inadequate' } }),
        s
          .repo('actions')
          .list({ where: { serviceAreaId: w.serviceAreaId ?? '', state: 'Verified' } }),
      ]),
  },
  {
    role: 'HeadOfService',
    path: () => '/api/audits?scope=service',
    baseline: (s, w) => s.repo('audits').list({ where: { serviceAreaId: w.serviceAreaId ?? '' } }),
  },
  {
    role: 'QALead',
    path: () => '/api/home',
    baseline: (s, w) =>
      Promise.all([
        s.repo('audits').list({ where: { moderatorId: w.id } }),
        s.repo('audits').list({ where: { overallGrade: 'Inadequate' } }),
        s.repo('actions').list({ where: { state: 'Completed' } }),
      ]),
  },
  {
    role: 'QALead',
    path: () => '/api/actions?scope=all',
    baseline: (s) => s.repo('actions').list(),
  },
  {
    role: 'QALead',
    path: ({ cycleId }) => `/api/cycles/${cycleId}/tracker`,
    baseline: (s, _w, { cycleId }) => s.repo('audits').list({ where: { cycleId } }),
  },
  {
    role: 'QALead',
    path: () => '/api/dashboard',
    baseline: (s) =>
      Promise.all([
        s.repo('audits').list(),
        s.repo('actions').list(),
        s.repo('moderations').list(),
      ]),
  },
  {
    role: 'QALead',
    path: () => '/api/feedback',
    baseline: (s) => s.repo('feedback').list(),
  },
];

const fmt = (c: Cost) => costText(c);

/**
 * The baseline's cost, or what SharePoint answers instead: at council size an indexed filter
 * that matches more than 5,000 items is refused (the list view threshold), so the query a
 * developer would write without a read model fails on a tenant as it does here.
 */
async function baselineCost(emulator: RunningEmulator, work: () => Promise<unknown>) {
  try {
    return fmt((await measure(emulator, work)).cost);
  } catch (error) {
    if (error instanceof StoreError && /threshold/.test(error.message))
      return `refused: ${String(graphRequests(emulator.counters.snapshot()).requests)} req, then the list view threshold (over 5,000 matches)`;
    throw error;
  }
}

export async function benchRoutes(server: RunningServer): Promise<string[]> {
  const emulator = server.opened.emulator;
  if (emulator === null) throw new Error('The benchmark runs on the embedded emulator.');
  const { services } = server;
  const staff = services.directory.allStaff().filter((s) => s.active);
  const busiest = (role: Role) => {
    const ofRole = staff.filter((s) => s.role === role);
    const load = (id: string, teamId: string | null) =>
      services.readModel
        .records('actions')
        .filter(
          (a) => a.record.ownerId === id || (role === 'TeamManager' && a.record.teamId === teamId),
        ).length;
    return ofRole.sort((a, b) => load(b.id, b.teamId) - load(a.id, a.teamId)).at(0);
  };
  const cycles = services.readModel.records('cycles').map((c) => c.record);
  const cycleId =
    cycles
      .filter((c) => c.state !== 'Planned')
      .sort((a, b) => b.startDate.localeCompare(a.startDate))
      .at(0)?.id ?? '';
  const lines = [
    'view (busiest member of the role)              ours: one request, read model built         shown  | baseline: indexed queries, no read model',
  ];
  for (const view of VIEWS) {
    const who = busiest(view.role);
    if (who === undefined) continue;
    const token = await signIn(server.url, who.id);
    const path = view.path({ cycleId });
    await get(server.url, token, path); // warm: the read model is built at start; names resolved
    // The read model catches up at most every 2 s: measure a request that has to catch up.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const ours = await measure(emulator, () => get(server.url, token, path));
    const base = await baselineCost(emulator, () =>
      view.baseline(services.store, who, { cycleId }),
    );
    lines.push(
      `  ${`${view.role} ${path.replace(cycleId, ':cycle')}`.padEnd(44)} ${fmt(ours.cost)} ${String(ours.value.shown).padStart(6)} | ${base}`,
    );
  }
  return lines;
}
