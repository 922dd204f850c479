/**
 * The reports at council size (AUDITLOOP_BENCH_SIZE, default council), on the real routes: a
 * cycle's findings figures, the findings report, the trackers and the annual QA report made and
 * saved in the document library. Each is measured by the emulator (Graph round trips, items read,
 * resource units) beside the minimum a build from the lists themselves would need: one request
 * per 5,000 items of every list the report reads (audits, moderations, actions, cycles,
 * re-audits, feedback, themes and their decisions). No figure asserted.
 */
import type { RecordKind } from '../../src/domain/ports';
import type { RunningServer } from '../../src/start/start-server';
import { startBenchServer, type BenchSize } from './bench-server';
import { costText, measure } from './measure';
import { signIn } from './routes.bench';

const size = (process.env['AUDITLOOP_BENCH_SIZE'] ?? 'council') as BenchSize;

/** The lists a report's figures read, whole (the read model's, or the minimum from scratch). */
const READ: readonly RecordKind[] = [
  'cycles',
  'audits',
  'moderations',
  'actions',
  'reaudits',
  'feedback',
  'schedule',
  'learningThemes',
  'themeDecisions',
];

export async function benchReports(): Promise<string[]> {
  const server = await startBenchServer(size);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

async function run(server: RunningServer): Promise<string[]> {
  const emulator = server.opened.emulator;
  if (emulator === null) throw new Error('The benchmark runs on the embedded emulator.');
  const model = server.services.readModel;
  const qa = server.services.directory.allStaff().find((s) => s.active && s.role === 'QALead');
  if (qa === undefined) throw new Error('no QA lead in the demo data');
  const token = await signIn(server.url, qa.id);
  const audits = model.records('audits').map((a) => a.record);
  const count = (id: string) => audits.filter((a) => a.cycleId === id).length;
  const cycle = model
    .records('cycles')
    .map((c) => c.record)
    .sort((a, b) => count(b.id) - count(a.id))
    .at(0);
  if (cycle === undefined) throw new Error('no cycle in the demo data');
  const items = READ.reduce((n, kind) => n + model.records(kind as never).length, 0);
  const minimum = READ.reduce(
    (n, kind) => n + Math.max(1, Math.ceil(model.records(kind as never).length / 5000)),
    0,
  );
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
    return bytes;
  };
  // The annual report and evidence pack of the financial year of the newest closed cycle.
  const newestClosed = model
    .records('cycles')
    .map((c) => c.record)
    .filter((c) => c.state === 'Closed')
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .at(0);
  const start = (newestClosed ?? cycle).startDate;
  const year = String(
    start.slice(5) >= '04-01' ? Number(start.slice(0, 4)) : Number(start.slice(0, 4)) - 1,
  );
  const line = async (label: string, method: string, path: string, body?: unknown) => {
    const { value, cost } = await measure(emulator, () => call(method, path, body));
    return `  ${label.padEnd(38)} ${costText(cost)}  ${cost.ms.toFixed(0).padStart(5)} ms  ${String(Math.round(value / 1024)).padStart(4)} kB`;
  };
  return [
    `reports (${size}): ${String(count(cycle.id))} audits in the cycle measured, ${String(items)} items in the lists a report reads — minimum from the lists: ${String(minimum)} requests (one per 5,000 items of each list), beside the read model's catch-up below`,
    await line('findings figures (GET)', 'GET', `/api/reports/findings/${cycle.id}`),
    await line(
      'findings report made and saved',
      'POST',
      `/api/reports/findings/${cycle.id}/document`,
      {
        narrative: 'Benchmark narrative.',
      },
    ),
    await line(
      'findings report made again (v2)',
      'POST',
      `/api/reports/findings/${cycle.id}/document`,
      {
        narrative: 'Benchmark narrative.',
      },
    ),
    await line('trackers, every service', 'POST', `/api/reports/trackers/${cycle.id}/document`, {}),
    await line(`annual QA report ${year}`, 'POST', `/api/reports/annual/${year}/document`, {
      narrative: 'Benchmark narrative.',
    }),
    await line(
      `evidence pack ${year} (.zip)`,
      'POST',
      `/api/reports/evidence-pack/${year}/document`,
      {},
    ),
    '  (requests: the read model catching up, the file PUT, its versions read, and the Learning reports item with its Audit log entry in one $batch)',
  ];
}
