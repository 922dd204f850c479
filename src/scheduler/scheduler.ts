import type { Logger } from '../app/logger';

export interface ScheduledJob {
  readonly name: string;
  readonly everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs jobs on an interval, one run of a job at a time; a failed run is logged and tried again
 * at the next tick. `stop()` waits for runs in progress.
 */
export class Scheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly logger: Logger) {}

  start(jobs: readonly ScheduledJob[]): void {
    for (const job of jobs) {
      const tick = () => {
        if (this.running.has(job.name)) return;
        const run = job
          .run()
          .then(() => undefined)
          .catch((error: unknown) => {
            this.logger.error('scheduled job failed', {
              job: job.name,
              error: error instanceof Error ? error.message : 'unknown',
            });
          })
          .finally(() => this.running.delete(job.name));
        this.running.set(job.name, run);
      };
      tick();
      const timer = setInterval(tick, job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await Promise.all(this.running.values());
  }
}
