import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GraphDocumentLibrary } from '../sharepoint/documents/graph-document-library';
import { createBot, createNotifications, type BotOptions } from '../bot';
import { createApp } from '../server/app';
import { AuditLog } from '../app/audit-log/audit-log';
import type { Config } from '../app/config/config';
import { Directory } from '../app/directory/directory';
import { ReadModel } from '../app/read-model/read-model';
import type { Logger } from '../app/logger';
import { systemClock, type Clock, type Services } from '../app/services';
import { closeFinishedCycles } from '../app/jobs/close-finished-cycles';
import { raiseDueReminders } from '../app/jobs/raise-reminders';
import { raiseScheduleReminders } from '../app/jobs/remind-schedule';
import { scheduleReaudits } from '../app/jobs/schedule-reaudits';
import { sendTrackers } from '../app/jobs/send-trackers';
import { Scheduler } from '../scheduler/scheduler';
import { leased } from '../app/jobs/job-lease';
import { activityRoutes } from './activity-routes';
import { identityFor } from './identity';
import { openStore, type OpenedStore } from './open-store';

export interface StartOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly bot: BotOptions;
  /** Local mode: keep the emulator's database in memory (tests). */
  readonly inMemory?: boolean;
  /** Local mode: which synthetic demo data to load into an empty site. */
  readonly demo?: 'full' | 'small' | 'none';
  /** The built tab; default `dist/tab` when it exists. */
  readonly staticDir?: string | null;
  readonly clock?: Clock;
  readonly onProgress?: (line: string) => void;
  /** How often the directory catches up with the Staff list (default 30 s). */
  readonly directorySyncMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly services: Services;
  readonly opened: OpenedStore;
  close(): Promise<void>;
}

const DEFAULT_TAB_DIR = fileURLToPath(new URL('../../dist/tab', import.meta.url));
const REMINDER_SCAN_MS = 60 * 60 * 1000;
/** Finished cycles are closed within the hour (from the read model: no request when none is). */
const CYCLE_CLOSE_MS = 60 * 60 * 1000;
/** Re-audits are scheduled within the hour of a grade standing (from the read model, too). */
const REAUDIT_SCHEDULE_MS = 60 * 60 * 1000;
const DIRECTORY_SYNC_MS = 30_000;

/**
 * The composition root — the one place that wires the application layer to its edges: the
 * store (a tenant's site, or the embedded emulator in local mode), the directory, the outbox and
 * bot (the Teams edge), the HTTP app (the tab's edge) and the scheduler (the third edge).
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const progress = options.onProgress ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const opened = await openStore(config, { inMemory: options.inMemory, progress });
  const { store } = opened;
  const readModel = new ReadModel(store, { now: () => clock.now().getTime() });
  const directory = new Directory(readModel);
  progress('Reading the lists into the read model…');
  await readModel.refresh();
  const demo = options.demo ?? 'full';
  if (config.store.mode === 'local' && config.store.demoData && demo !== 'none') {
    const { loadDemoIfEmpty } = await import('./local-mode');
    const today = clock.now().toISOString().slice(0, 10);
    await loadDemoIfEmpty(opened, directory, { demo, today, progress });
  }
  const identity = identityFor(config, directory);
  const base: Omit<Services, 'notifications' | 'tabUrl'> = {
    config,
    store,
    documents: new GraphDocumentLibrary(store.graph, store.siteId),
    directory,
    readModel,
    auditLog: new AuditLog(store, () => clock.now(), logger),
    logger,
    clock,
  };
  let tabUrl = config.publicUrl ?? '';
  const services: Services = {
    ...base,
    get tabUrl() {
      return tabUrl;
    },
    notifications: createNotifications({
      ...base,
      get tabUrl() {
        return tabUrl;
      },
    }),
  };
  const bot = await createBot(services, options.bot);
  const staticDir =
    options.staticDir === undefined
      ? existsSync(DEFAULT_TAB_DIR)
        ? DEFAULT_TAB_DIR
        : undefined
      : (options.staticDir ?? undefined);
  const app = createApp(services, {
    validateToken: identity.validateToken,
    lookupStaff: identity.lookupStaff,
    localSessions: identity.localSessions,
    extraRouters: [
      ...bot.routers,
      ...(bot.activity === null
        ? []
        : [{ path: '/api/activity', router: activityRoutes(bot.activity), authenticated: true }]),
    ],
    staticDir,
  });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${String(port)}`;
  if (tabUrl === '') tabUrl = url;
  const scheduler = new Scheduler(logger);
  // The read model (and with it the directory) always catches up, even with nobody asking: a
  // Staff list edit counts within a minute everywhere.
  scheduler.start([
    {
      name: 'read model',
      everyMs: options.directorySyncMs ?? DIRECTORY_SYNC_MS,
      run: () => readModel.refresh(),
    },
  ]);
  if (config.scheduler) {
    bot.start();
    // Work for the whole service runs under a lease in the store, so of several instances one
    // does it; what each instance holds for itself (its audit-log buffer) it flushes itself.
    const instance = `instance-${randomUUID()}`;
    scheduler.start([
      leased(services, instance, {
        name: 'reminder scan',
        everyMs: REMINDER_SCAN_MS,
        run: () => raiseDueReminders(services, clock.now().toISOString().slice(0, 10)),
      }),
      leased(services, instance, {
        name: 'schedule reminders',
        everyMs: REMINDER_SCAN_MS,
        run: () => raiseScheduleReminders(services, clock.now().toISOString().slice(0, 10)),
      }),
      { name: 'audit log flush', everyMs: 2_000, run: () => services.auditLog.flush() },
      leased(services, instance, {
        name: 'close finished cycles',
        everyMs: CYCLE_CLOSE_MS,
        run: () => closeFinishedCycles(services),
      }),
      leased(services, instance, {
        name: 'schedule re-audits',
        everyMs: REAUDIT_SCHEDULE_MS,
        run: () => scheduleReaudits(services),
      }),
      leased(services, instance, {
        name: 'send trackers',
        everyMs: CYCLE_CLOSE_MS,
        run: () => sendTrackers(services),
      }),
    ]);
  }
  return {
    url,
    services,
    opened,
    close: async () => {
      await scheduler.stop();
      await bot.stop();
      await services.auditLog.flush();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await opened.emulator?.close();
    },
  };
}
