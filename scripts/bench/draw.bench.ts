/**
 * The kept draw at the demo data's size (AUDITLOOP_BENCH_SIZE, default council): a year is
 * generated, its first cycle allocated through the real command, and the kept draw read and
 * replayed. Prints its size, its parts and what a replay costs; asserts nothing.
 */
import { runCommand } from '../../src/app/commands/run-command';
import { commitAllocationCommand } from '../../src/app/cycles/cycle-commands';
import { replayKeptDraw } from '../../src/app/cycles/draw-reads';
import { generateYearCommand } from '../../src/app/cycles/plan-commands';
import type { RunningServer } from '../../src/start/start-server';
import { startBenchServer, type BenchSize } from './bench-server';
import { costText, measure } from './measure';

const size = (process.env['AUDITLOOP_BENCH_SIZE'] ?? 'council') as BenchSize;
const rules = {
  sampleSize: { kind: 'perAuditor' as const, casesPerAuditor: 2 },
  stratifyByCohort: true,
  excludeRecentCycles: 2,
  moderation: { share: 1, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
  seed: 20310106,
};

export async function benchDraw(): Promise<string[]> {
  const server: RunningServer = await startBenchServer(size);
  try {
    const emulator = server.opened.emulator;
    if (emulator === null) throw new Error('The benchmark runs on the embedded emulator.');
    const { services } = server;
    const qaId = services.directory.qaLeads()[0] ?? '';
    const qa = services.directory.staff(qaId);
    if (qa === undefined) throw new Error('no QA lead');
    const oid = qa.aadObjectId;
    const year = await measure(emulator, () =>
      runCommand(services, generateYearCommand, {
        oid,
        id: '',
        version: null,
        input: { startDate: '2031-01-06' },
      }),
    );
    const commit = await measure(emulator, () =>
      runCommand(services, commitAllocationCommand, {
        oid,
        id: 'CYC-2031-01-06',
        version: null,
        input: rules,
      }),
    );
    if (!commit.value.ok) throw new Error(commit.value.error.message);
    const draw = commit.value.value.draw;
    const replay = await measure(emulator, () =>
      replayKeptDraw(
        services,
        { id: qa.id, role: 'QALead', teamId: null, serviceAreaId: null },
        'CYC-2031-01-06',
      ),
    );
    if (!replay.value.ok) throw new Error(replay.value.error.message);
    const parts = (
      await services.store.repo('drawParts').list({ where: { cycleId: 'CYC-2031-01-06' } })
    ).map((p) => p.record);
    const characters = parts.reduce((n, p) => n + p.content.length, 0);
    return [
      `year generated (9 cycles): ${costText(year.cost)} in ${year.cost.ms.toFixed(0)} ms`,
      `allocation committed: ${String(draw?.allocations.length ?? 0)} audits, ${String(draw?.excluded.length ?? 0)} exclusions; ${costText(commit.cost)} in ${(commit.cost.ms / 1000).toFixed(1)} s`,
      `kept draw: ${characters.toLocaleString('en-GB')} characters (${(characters / Math.max(1, draw === null ? 1 : draw.allocations.length + draw.excluded.length)).toFixed(1)} a register case) in ${String(parts.length)} parts of at most 60,000 — a note column holds 63,999`,
      `replay: ${replay.value.value.replay.matches ? 'matches' : 'DIFFERS'}; ${costText(replay.cost)} in ${replay.cost.ms.toFixed(0)} ms`,
    ].filter((l) => l !== '');
  } finally {
    await server.close();
  }
}
