import { botOptionsFromEnv } from '../../src/bot';
import { loadConfig } from '../../src/app/config/config';
import { silentLogger } from '../../src/app/logger';
import { startServer, type RunningServer } from '../../src/start/start-server';

/** The real `npm start` composition on the embedded emulator with the full demo data, in memory. */
export const startBenchServer = (): Promise<RunningServer> =>
  startServer({
    config: loadConfig({ PORT: '0', AUDITLOOP_SCHEDULER: 'off' }),
    bot: botOptionsFromEnv({}),
    logger: silentLogger,
    inMemory: true,
    demo: 'full',
    staticDir: null,
  });
