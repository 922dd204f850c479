import { botOptionsFromEnv } from '../../src/bot';
import { loadConfig } from '../../src/app/config/config';
import { silentLogger } from '../../src/app/logger';
import { startServer, type RunningServer } from '../../src/start/start-server';

export type BenchSize = 'small' | 'full' | 'council';

/** The real `npm start` composition on the embedded emulator with demo data, in memory. */
export const startBenchServer = (size: BenchSize = 'full'): Promise<RunningServer> =>
  startServer({
    config: loadConfig({ PORT: '0', AUDITLOOP_SCHEDULER: 'off', AUDITLOOP_DEMO_SIZE: size }),
    bot: botOptionsFromEnv({}),
    logger: silentLogger,
    inMemory: true,
    demo: size === 'small' ? 'small' : 'full',
    staticDir: null,
  });
