import type { KeptDraw } from '../../domain/allocation/kept-draw';
import type { DrawReplay } from '../../domain/allocation/replay-draw';
import { replayDraw } from '../../domain/allocation/replay-draw';
import { forbidden, notFound } from '../../domain/errors';
import type { Actor } from '../../domain/records/actor';
import { isServiceWide } from '../../domain/records/staff';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { Services } from '../services';
import { readKeptDraw } from './kept-draws';

/**
 * The kept draw covers the whole register (every open case's number, team and worker), so it
 * is read by those who read the whole service: the QA lead, the PSW and senior leaders.
 */
export async function keptDrawFor(
  services: Services,
  actor: Actor,
  cycleId: string,
): Promise<Result<KeptDraw>> {
  if (!isServiceWide(actor.role)) {
    return fail(
      forbidden(
        'The kept draw is for the QA lead, the principal social worker and senior leaders.',
      ),
    );
  }
  const kept = await readKeptDraw(services, cycleId);
  return (
    kept ??
    fail(
      notFound(
        `No draw was kept for cycle ${cycleId}: it is not allocated, or was allocated before draws were kept.`,
      ),
    )
  );
}

/** Re-runs the pure draw on the kept seed, rules and register snapshot: does it give the same? */
export async function replayKeptDraw(
  services: Services,
  actor: Actor,
  cycleId: string,
): Promise<Result<{ readonly seed: number; readonly replay: DrawReplay }>> {
  const kept = await keptDrawFor(services, actor, cycleId);
  if (!kept.ok) return kept;
  const replay = replayDraw(kept.value);
  return replay.ok ? ok({ seed: kept.value.seed, replay: replay.value }) : replay;
}
