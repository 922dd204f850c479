/**
 * Graph requests per operation, as counted by the emulator, beside the naive way of doing the
 * same thing (read every item and filter in memory; one request per write). Figures only.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator/index';
import type { Change } from '../../src/domain/ports';
import type { Action, Audit, Moderation } from '../../src/domain/records';
import { auditFromAllocation, openAction } from '../../src/domain/records';
import { actionsMapping } from '../../src/sharepoint/lists/actions.mapping';
import { auditsMapping } from '../../src/sharepoint/lists/audits.mapping';
import { provisionSite } from '../../src/sharepoint/provision/provision';
import { siteSchema } from '../../src/sharepoint/schema/load';
import { pendingModeration } from '../../src/domain/records/moderation';
import { openLocalStore, type GraphStore } from '../../src/sharepoint/store';

const ACTIONS = 50_000;
const AUDITS = 600;
const TODAY = '2025-06-01';
const REMIND_UNTIL = '2025-06-08';

// Synthetic records: no real person or child.
const TEAMS = 250;
const STATES = [
  'Open',
  'Open',
  'InProgress',
  'Completed',
  'Verified',
  'Closed',
  'Open',
  'Closed',
] as const;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function benchAudit(i: number): Audit {
  const allocation = {
    cycleId: `C-${String(i % 6)}`,
    caseNumber: `CN-${String(100_000 + i)}`,
    cohort: 'ChildInNeed',
    teamId: `T-${String(i % TEAMS)}`,
    serviceAreaId: `SA-${String(i % 5)}`,
    auditorId: i % 100 === 0 ? 'S-TM1' : `S-${String(i % 40)}`,
    workerId: `S-P${String(i % 300)}`,
    teamManagerId: `S-TM${String(i % 50)}`,
    moderatorId: null,
    allocatedOn: '2025-05-01',
    auditDue: '2025-05-21',
    moderationDue: '2025-05-31',
  } as const;
  return { ...auditFromAllocation(`BA-${String(i)}`, allocation), state: 'InProgress' };
}

/** Due dates spread over the coming year (a few overdue); about half the actions still open. */
export function benchAction(i: number, today: string, audit?: Audit): Action {
  return {
    ...openAction({
      id: `BX-${String(i)}`,
      auditId: audit?.id ?? `BA-${String(i % 600)}`,
      cycleId: audit?.cycleId ?? `C-${String(i % 6)}`,
      caseNumber: audit?.caseNumber ?? `CN-${String(100_000 + (i % 600))}`,
      teamId: audit?.teamId ?? `T-${String(i % TEAMS)}`,
      serviceAreaId: audit?.serviceAreaId ?? `SA-${String(i % 5)}`,
      description: 'Update the chronology and the plan.',
      ownerId: `S-P${String(i % 300)}`,
      immediate: i % 10 === 0,
      dueDate: addDays(today, ((i * 7919) % 365) - 10),
      createdAt: '2025-05-01T09:00:00.000Z',
    }),
    state: STATES[i % STATES.length],
  };
}

export function benchModeration(audit: Audit): Moderation {
  return {
    ...pendingModeration({ ...audit, moderatorId: 'S-HOS1', overallGrade: 'Good' }),
    id: `BM-${audit.id}`,
  };
}

/** HTTP round trips since the last reset, and Graph operations including $batch sub-requests. */
function counted(emulator: RunningEmulator): { trips: number; ops: number } {
  const c = emulator.counters.snapshot();
  const ops = Object.entries(c)
    .filter(([k]) => !k.startsWith('throttled') && k !== 'batch.sub')
    .reduce((sum, [, n]) => sum + n, 0);
  emulator.counters.reset();
  const count = (name: string) => (name in c ? c[name] : 0);
  return { trips: ops - count('batch.sub'), ops: ops - count('batch') };
}

async function seed(emulator: RunningEmulator, list: string, items: Record<string, unknown>[]) {
  for (let i = 0; i < items.length; i += 5000) {
    const response = await fetch(`${emulator.url}/_emulator/seed`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${emulator.secret}`,
      },
      body: JSON.stringify({ list, items: items.slice(i, i + 5000) }),
    });
    if (!response.ok) throw new Error(await response.text());
  }
}

const line = (what: string, ours: string, naive: string) =>
  `${what.padEnd(44)} ${ours.padEnd(34)} naive: ${naive}`;

export async function benchStore(): Promise<string[]> {
  const emulator = await startEmulator();
  try {
    const store: GraphStore = await openLocalStore(emulator);
    await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
    const audits: Audit[] = Array.from({ length: AUDITS }, (_, i) => benchAudit(i));
    const actions: Action[] = Array.from({ length: ACTIONS }, (_, i) => benchAction(i, TODAY));
    await seed(
      emulator,
      'Audits',
      audits.map((a) => auditsMapping.toFields(a)),
    );
    await seed(
      emulator,
      'Actions',
      actions.map((a) => actionsMapping.toFields(a)),
    );
    await store.repo('audits').list({ where: { id: 'warm-up' } }); // reads list ids once
    emulator.counters.reset();
    const out = [
      `store (SharePoint lists via Graph, emulator; ${String(ACTIONS)} actions, ${String(AUDITS)} audits)`,
    ];

    // 1. A team manager's home view.
    const mine = await store.repo('audits').list({ where: { auditorId: 'S-TM1' } });
    const team = await store.repo('actions').list({ where: { teamId: 'T-1' } });
    const home = counted(emulator);
    const allAudits = await store.repo('audits').list();
    const allActions = await store.repo('actions').list();
    const homeNaive = counted(emulator);
    out.push(
      line(
        "home view (my audits + my team's actions)",
        `${String(home.trips)} requests, ${String(mine.length + team.length)} items read`,
        `${String(homeNaive.trips)} requests, ${String(allAudits.length + allActions.length)} items read`,
      ),
    );

    // 2. Submitting an audit with six actions and a moderation.
    const audit = mine[0];
    const submitted: Audit = { ...audit.record, state: 'Submitted', overallGrade: 'Good' };
    const newActions = [0, 1, 2, 3, 4, 5].map((n) => benchAction(ACTIONS + n, TODAY, audit.record));
    emulator.counters.reset();
    await store.saveAll([
      { kind: 'audits', op: 'update', record: submitted, expectedVersion: audit.version },
      ...newActions.map((record): Change => ({ kind: 'actions', op: 'create', record })),
      { kind: 'moderations', op: 'create', record: benchModeration(submitted) },
    ]);
    const submit = counted(emulator);
    const other = mine[1];
    for (const n of [6, 7, 8, 9, 10, 11])
      await store.repo('actions').create(benchAction(ACTIONS + n, TODAY, other.record));
    await store.repo('audits').update({ ...other.record, state: 'Submitted' }, other.version);
    await store.repo('moderations').create(benchModeration(other.record));
    const submitNaive = counted(emulator);
    out.push(
      line(
        'submit an audit with 6 actions + moderation',
        `${String(submit.trips)} request ($batch of ${String(submit.ops)})`,
        `${String(submitNaive.trips)} requests`,
      ),
    );

    // 3. Refreshing a read model after k = 10 changes.
    const cache = store.delta('actions');
    await cache.refresh();
    const changes: Change[] = team.slice(0, 10).map((v) => ({
      kind: 'actions',
      op: 'update',
      record: { ...v.record, state: 'InProgress' },
      expectedVersion: v.version,
    }));
    await store.saveAll(changes);
    emulator.counters.reset();
    const refreshed = await cache.refresh();
    const delta = counted(emulator);
    const reread = await store.repo('actions').list();
    const rereadNaive = counted(emulator);
    out.push(
      line(
        'refresh after 10 changes (delta)',
        `${String(delta.trips)} request, ${String(refreshed.changed)} items read`,
        `${String(rereadNaive.trips)} requests, ${String(reread.length)} items read`,
      ),
    );

    // 4. The reminder scan: open and in-progress actions due by the reminder date.
    const due = [
      ...(await store
        .repo('actions')
        .list({ where: { state: 'Open' }, onOrBefore: { field: 'dueDate', value: REMIND_UNTIL } })),
      ...(await store.repo('actions').list({
        where: { state: 'InProgress' },
        onOrBefore: { field: 'dueDate', value: REMIND_UNTIL },
      })),
    ];
    const scan = counted(emulator);
    const everything = await store.repo('actions').list();
    const dueNaive = everything.filter(
      (v) =>
        (v.record.state === 'Open' || v.record.state === 'InProgress') &&
        v.record.dueDate <= REMIND_UNTIL,
    );
    const scanNaive = counted(emulator);
    out.push(
      line(
        `reminder scan over ${String(everything.length)} actions`,
        `${String(scan.trips)} requests, ${String(due.length)} read, ${String(due.length)} due`,
        `${String(scanNaive.trips)} requests, ${String(everything.length)} read, ${String(dueNaive.length)} due`,
      ),
    );
    return out;
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`)
  for (const text of await benchStore()) console.log(text);
