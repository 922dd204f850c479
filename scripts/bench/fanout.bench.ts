/**
 * Notification fan-out: 500 allocation notices through the outbox dispatcher to a loopback Bot
 * Connector that enforces Teams' documented limits and answers 30% of requests 429. Reports
 * throughput as a share of the per-app limit (50 a second). Figures only; no assertions.
 */
import { setMaxListeners } from 'node:events';
import { Dispatcher } from '../../src/bot/dispatch/dispatcher';
import { storedReferences } from '../../src/bot/dispatch/references';
import { seedFanout } from '../../src/bot/testing/fanout-scenario';
import { startLoopbackTeams } from '../../src/bot/testing/loopback-teams';
import { loopbackTeamsConnector } from '../../src/bot/testing/teams-sender';
import { startEmulator } from '../../src/emulator/index';
import { silentLogger } from '../../src/app/logger';
import { provisionSite } from '../../src/sharepoint/provision/provision';
import { siteSchema } from '../../src/sharepoint/schema/load';
import { openLocalStore } from '../../src/sharepoint/store';

const APP_LIMIT_PER_SECOND = 50;

async function runOnce(injected429Rate: number): Promise<string[]> {
  const emulator = await startEmulator();
  const teams = await startLoopbackTeams({ injected429Rate, seed: 3 });
  try {
    const store = await openLocalStore(emulator, { retry: { sleep: () => Promise.resolve() } });
    await provisionSite(store.graph, store.siteId, siteSchema(), { dryRun: false });
    const scenario = await seedFanout(store, teams.url);
    const publishStart = performance.now();
    await scenario.publisher.publish(scenario.events);
    const publishMs = performance.now() - publishStart;
    const dispatcher = new Dispatcher({
      store,
      connector: loopbackTeamsConnector(teams.url, '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d'),
      references: storedReferences(scenario.readModel, scenario.directory),
      logger: silentLogger,
      concurrency: 48,
      quietStartMs: 0,
    });
    const start = performance.now();
    let passes = 0;
    while (teams.stats.acceptedTotal < 500 && passes < 50) {
      const signal = new AbortController().signal;
      setMaxListeners(0, signal);
      await dispatcher.drain(signal);
      passes += 1;
    }
    const seconds = (performance.now() - start) / 1000;
    const perSecond = teams.stats.acceptedTotal / seconds;
    const first = teams.acceptedAt[0] ?? 0;
    const last = teams.acceptedAt.at(-1) ?? first;
    const steady = (teams.stats.acceptedTotal - 1) / Math.max(0.001, (last - first) / 1000);
    return [
      `fan-out: ${String(teams.stats.acceptedTotal)} notices to 40 conversations, ${String(injected429Rate * 100)}% injected 429s`,
      `  queue 500 outbox rows (publish): ${publishMs.toFixed(0)} ms`,
      `  deliver: ${seconds.toFixed(1)} s, ${perSecond.toFixed(1)} cards/s = ${((100 * perSecond) / APP_LIMIT_PER_SECOND).toFixed(0)}% of the 50/s app limit`,
      `  first to last card: ${steady.toFixed(1)} cards/s = ${((100 * steady) / APP_LIMIT_PER_SECOND).toFixed(0)}% of the limit`,
      `  requests ${String(teams.stats.requests)} (429 injected ${String(teams.stats.injected)}, over a limit ${String(teams.stats.overLimit)}), passes ${String(passes)}`,
    ];
  } finally {
    await teams.close();
    await emulator.close();
  }
}

export async function benchFanout(): Promise<string[]> {
  return [...(await runOnce(0.3)), ...(await runOnce(0))];
}

if (process.argv.at(1)?.endsWith('fanout.bench.ts') === true) {
  void benchFanout().then((lines) => {
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
