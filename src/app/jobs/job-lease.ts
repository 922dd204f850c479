import type { JobLease, Versioned } from '../../domain/ports';
import { StoreError } from '../../domain/ports';
import type { Services } from '../services';

/** What a lease says to the instance that asks for it. */
export type LeaseAnswer = 'take' | 'renew' | 'held-elsewhere';

/** Pure: may `holder` run the job now? Its own lease it renews; another's only once expired. */
export const leaseAnswer = (
  current: JobLease | undefined,
  holder: string,
  nowIso: string,
): LeaseAnswer => {
  if (current === undefined) return 'take';
  if (current.holder === holder) return 'renew';
  return current.expiresAt <= nowIso ? 'take' : 'held-elsewhere';
};

/**
 * Takes or renews the job's lease for `ttlMs`: a create when there is none (the first create of
 * a key wins, and a second finds the first, so the holder is checked), an update at the version
 * read otherwise (a conflict means another instance moved first). True when this instance now
 * holds it.
 */
export async function holdLease(
  services: Services,
  job: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const repo = services.store.repo('leases');
  const now = services.clock.now();
  const found = await repo.get(job);
  const answer = leaseAnswer(found?.record, holder, now.toISOString());
  if (answer === 'held-elsewhere') return false;
  const lease: JobLease = {
    id: job,
    holder,
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
    renewedAt: now.toISOString(),
  };
  try {
    const saved: Versioned<JobLease> =
      found === null ? await repo.create(lease) : await repo.update(lease, found.version);
    return saved.record.holder === holder;
  } catch (error) {
    if (
      error instanceof StoreError &&
      (error.reason === 'conflict' || error.reason === 'duplicate')
    )
      return false;
    throw error;
  }
}

/**
 * The job run only by the instance holding its lease. The lease lasts two intervals and is
 * renewed at each run, so the holder keeps it while it lives and another instance takes over
 * within two intervals of its stopping. The work itself stays idempotent (a run cut short is
 * done again by the next holder).
 */
export const leased = <T>(
  services: Services,
  holder: string,
  job: { readonly name: string; readonly everyMs: number; run(): Promise<T> },
): { readonly name: string; readonly everyMs: number; run(): Promise<T | 'not-held'> } => ({
  name: job.name,
  everyMs: job.everyMs,
  run: async () =>
    (await holdLease(services, job.name, holder, job.everyMs * 2)) ? job.run() : 'not-held',
});
