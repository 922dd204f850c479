/**
 * Notification fan-out: 500 allocation notices through the outbox dispatcher to a loopback Bot
 * Connector that enforces Teams' documented limits and answers 30% of requests 429. Reports
 * throughput as a share of the lower of Teams' per-app limit (50 a second) and what the app's
 * SharePoint budget allows (4 RU a card), and the Graph requests and RU a card. Figures only.
 */
import { setMaxListeners } from 'node:events';
import { graphRequests } from './graph-requests';
import { Dispatcher } from '../../src/bot/dispatch/dispatcher';
import {
  cardsPerSecond,
  RESOURCE_UNITS_PER_CARD,
  type SharePointBudget,
} from '../../src/bot/dispatch/sharepoint-budget';
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

async function runOnce(injected429Rate: number, budget: SharePointBudget): Promise<string[]> {
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
      budget,
      quietStartMs: 0,
    });
    emulator.counters.reset();
    const start = performance.now();
    let passes = 0;
    while (teams.stats.acceptedTotal < 500 && passes < 50) {
      const signal = new AbortController().signal;
      setMaxListeners(0, signal);
      await dispatcher.drain(signal);
      passes += 1;
    }
    const seconds = (performance.now() - start) / 1000;
    const graph = graphRequests(emulator.counters.snapshot());
    const units = emulator.counters.resourceUnits().total;
    const cards = Math.max(1, teams.stats.acceptedTotal);
    const perSecond = teams.stats.acceptedTotal / seconds;
    const busiest = Math.max(
      ...teams.acceptedAt.map(
        (t) => teams.acceptedAt.filter((u) => u >= t && u < t + 60_000).length,
      ),
    );
    const limit = Math.min(APP_LIMIT_PER_SECOND, cardsPerSecond(budget));
    const share = budget.resourceUnitsPerMinute * budget.share;
    const first = teams.acceptedAt[0] ?? 0;
    const last = teams.acceptedAt.at(-1) ?? first;
    const steady = (teams.stats.acceptedTotal - 1) / Math.max(0.001, (last - first) / 1000);
    return [
      `fan-out: ${String(teams.stats.acceptedTotal)} notices to 40 conversations, ${String(injected429Rate * 100)}% injected 429s, a tenant budget of ${String(budget.resourceUnitsPerMinute)} RU a minute (notices may spend ${String(share)})`,
      `  the lower limit: ${limit.toFixed(1)} cards/s (Teams ${String(APP_LIMIT_PER_SECOND)}/s; SharePoint ${cardsPerSecond(budget).toFixed(1)}/s at ${String(RESOURCE_UNITS_PER_CARD)} RU a card)`,
      `  queue 500 outbox rows (publish): ${publishMs.toFixed(0)} ms`,
      `  deliver: ${seconds.toFixed(1)} s, ${perSecond.toFixed(1)} cards/s = ${((100 * perSecond) / limit).toFixed(0)}% of the lower limit (target ≥ 90%)`,
      `  first to last card: ${steady.toFixed(1)} cards/s = ${((100 * steady) / limit).toFixed(0)}% of it`,
      `  Graph: ${String(graph.requests)} requests (${String(graph.batches)} $batch of ${String(graph.batched)}) = ${(graph.requests / cards).toFixed(2)} a card (target ≤ 1), ${String(units)} RU = ${((units / seconds) * 60).toFixed(0)} RU a minute, ${((100 * (units / seconds) * 60) / share).toFixed(0)}% of the notices' share`,
      `  busiest minute: ${String(busiest)} cards = ${String(busiest * RESOURCE_UNITS_PER_CARD)} RU of the ${String(share)} allowed (the first window starts full, so a run shorter than a minute may average above the limit; no minute goes over it)`,
      `  Teams requests ${String(teams.stats.requests)} (429 injected ${String(teams.stats.injected)}, over a limit ${String(teams.stats.overLimit)}), passes ${String(passes)}`,
    ];
  } finally {
    await teams.close();
    await emulator.close();
  }
}

export async function benchFanout(): Promise<string[]> {
  return [
    // A council of 5,001–15,000 licences, Teams answering 30% of sends 429.
    ...(await runOnce(0.3, { resourceUnitsPerMinute: 3_750, share: 0.5 })),
    // The largest tenant's budget, nothing injected.
    ...(await runOnce(0, { resourceUnitsPerMinute: 6_250, share: 0.5 })),
  ];
}

if (process.argv.at(1)?.endsWith('fanout.bench.ts') === true) {
  void benchFanout().then((lines) => {
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
