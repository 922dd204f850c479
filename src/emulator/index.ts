import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control.js';
import type { EmulatorContext } from './context.js';
import { Counters } from './counters.js';
import { openDatabase } from './db/open.js';
import { Dispatcher } from './dispatch.js';
import { FaultInjector } from './faults.js';
import { GraphError, errorResponse } from './http/graph-error.js';
import { requestListener } from './http/server.js';
import { allRoutes } from './routes/index.js';
import { loadSite } from './site.js';
import type { EmulatorOptions, RunningEmulator } from './types.js';

export type { EmulatorOptions, FaultSettings, RunningEmulator } from './types.js';

/**
 * Starts the local SharePoint lists emulator: Graph v1.0's list endpoints over HTTP, on SQLite.
 * Never used in production.
 */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const db = openDatabase(opts.dbPath ?? ':memory:');
  const hostname = opts.hostname ?? 'contoso.sharepoint.com';
  const ctx: EmulatorContext = {
    db,
    site: loadSite(db, hostname, opts.siteName ?? 'auditloop', opts.siteId),
    defaultPageSize: opts.defaultPageSize ?? 200,
    listViewThreshold: opts.listViewThreshold ?? 5000,
  };
  const faults = new FaultInjector();
  const counters = new Counters();
  const dispatcher = new Dispatcher(ctx, allRoutes, faults, counters);
  let url = '';
  const server = createServer(
    requestListener(
      {
        graph: (req) => dispatcher.handle(req),
        control: (req) => {
          try {
            return handleControl(req, { ctx, faults, counters, url: () => url });
          } catch (error) {
            if (error instanceof GraphError) return errorResponse(error, req);
            throw error;
          }
        },
      },
      () => faults.latencyMs,
    ),
  );
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host}:${port}`;
  return {
    url,
    siteId: ctx.site.id,
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
    },
  };
}
