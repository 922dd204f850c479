import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control.js';
import type { EmulatorContext } from './context.js';
import { Counters } from './counters.js';
import { openDatabase } from './db/open.js';
import { Dispatcher } from './dispatch.js';
import { FileStore } from './drive/files.js';
import { UploadSessions } from './drive/upload-sessions.js';
import { FaultInjector } from './faults.js';
import { newSecret } from './http/bearer.js';
import { GraphError, errorResponse } from './http/graph-error.js';
import { requestListener } from './http/server.js';
import { allRoutes, preauthenticatedRoutes } from './routes/index.js';
import { loadDrive, loadSite } from './site.js';
import { ResourceBudget } from './throttle/budget.js';
import type { EmulatorOptions, RunningEmulator } from './types.js';

export type { EmulatorOptions, FaultSettings, ResourceUnits, RunningEmulator } from './types.js';
export {
  APP_UNITS_PER_MINUTE,
  SMALLEST_TENANT_UNITS_PER_MINUTE,
  unitsPerMinuteFor,
} from './throttle/costs.js';

function listen(server: ReturnType<typeof createServer>, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Starts the local SharePoint lists emulator: Graph v1.0's list and drive endpoints over HTTP,
 * on SQLite (files beside it on disk). Every request needs the bearer secret. Never used in
 * production.
 */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const dbPath = opts.dbPath ?? ':memory:';
  const db = openDatabase(dbPath);
  const files = new FileStore(dbPath);
  const ctx: EmulatorContext = {
    db,
    site: loadSite(
      db,
      opts.hostname ?? 'contoso.sharepoint.com',
      opts.siteName ?? 'auditloop',
      opts.siteId,
    ),
    defaultPageSize: opts.defaultPageSize ?? 200,
    listViewThreshold: opts.listViewThreshold ?? 5000,
    drive: loadDrive(db),
    files,
    uploads: new UploadSessions(files),
    linkKey: randomBytes(32),
    origin: '',
  };
  const secret = opts.secret ?? newSecret();
  const faults = new FaultInjector();
  const counters = new Counters();
  const budget =
    opts.resourceUnitsPerMinute === undefined
      ? undefined
      : new ResourceBudget(opts.resourceUnitsPerMinute);
  const dispatcher = new Dispatcher(ctx, allRoutes, faults, counters, budget);
  const preauthenticated = new Dispatcher(ctx, preauthenticatedRoutes, faults, counters, budget);
  const server = createServer(
    requestListener(
      {
        graph: (req) => dispatcher.handle(req),
        preauthenticated: (req) => preauthenticated.handle(req),
        control: (req) => {
          try {
            return handleControl(req, { ctx, faults, counters, url: () => ctx.origin });
          } catch (error) {
            if (error instanceof GraphError) return errorResponse(error, req);
            throw error;
          }
        },
      },
      secret,
      () => faults.latencyMs,
    ),
  );
  const host = opts.host ?? '127.0.0.1';
  await listen(server, opts.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  ctx.origin = `http://${host}:${port}`;
  return {
    url: ctx.origin,
    siteId: ctx.site.id,
    secret,
    faults: {
      set: (s) => {
        faults.set(s);
      },
      clear: () => {
        faults.clear();
      },
    },
    counters: {
      snapshot: () => counters.snapshot(),
      resourceUnits: () => counters.resourceUnits(),
      itemsServed: () => counters.itemsServed(),
      reset: () => {
        counters.reset();
      },
    },
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      db.close();
      files.close();
    },
  };
}
