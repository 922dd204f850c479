import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createBot, createNotifications, type BotOptions } from '../bot';
import { generateDemoData, generateSmallDemoData } from '../demo-data/generate';
import { loadDemoData } from '../demo-data/load';
import { createApp } from '../server/app';
import { AuditLog } from '../app/audit-log/audit-log';
import type { Config } from '../app/config/config';
import { Directory } from '../app/directory/directory';
import type { Logger } from '../app/logger';
import { scanReminders } from '../scheduler/reminder-scan';
import { Scheduler } from '../scheduler/scheduler';
import { systemClock, type Clock, type Services } from '../app/services';
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
}

export interface RunningServer {
  readonly url: string;
  readonly services: Services;
  readonly opened: OpenedStore;
  close(): Promise<void>;
}

const DEFAULT_TAB_DIR = fileURLToPath(new URL('../../../dist/tab', import.meta.url));
const REMINDER_SCAN_MS = 60 * 60 * 1000;

/** The whole service in one process: store, directory, outbox and bot, API, tab, scheduler. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const progress = options.onProgress ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const opened = await openStore(config, { inMemory: options.inMemory, progress });
  const { store } = opened;
  const directory = new Directory(store);
  await directory.refresh();
  const demo = options.demo ?? 'full';
  if (config.store.mode === 'local' && config.store.demoData && demo !== 'none') {
    if (directory.allStaff().length === 0) {
      const today = clock.now().toISOString().slice(0, 10);
      const data =
        demo === 'small'
          ? generateSmallDemoData({ seed: 20261125, today })
          : generateDemoData({ seed: 20261125, today });
      progress('Loading synthetic demo data (first run only)…');
      await loadDemoData(store, data);
      await directory.refresh();
    }
  }
  const identity = identityFor(config, directory);
  const base: Omit<Services, 'notifications' | 'tabUrl'> = {
    config,
    store,
    directory,
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
    extraRouters: bot.routers,
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
  if (config.scheduler) {
    bot.start();
    scheduler.start([
      {
        name: 'reminder scan',
        everyMs: REMINDER_SCAN_MS,
        run: () =>
          scanReminders(store, services.notifications, clock.now().toISOString().slice(0, 10)),
      },
      { name: 'audit log flush', everyMs: 2_000, run: () => services.auditLog.flush() },
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
