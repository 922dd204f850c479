/**
 * Where each audit and action has got to, by how far along its cycle is: the current cycle is
 * mostly allocated or in progress, the most recent past one has audits at every stage, and the
 * older ones are mostly closed (the archive almost all). Quotas (at least one of each stage) make
 * every state appear. An audit never rests in Agreed or Resolved: once moderation agrees, or a
 * disagreement is resolved, it moves on to ActionsOpen (or Closed) in the same write.
 */
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { ActionState, AuditState } from '../domain/records';
import { AUDIT_STATES } from '../domain/records';
import type { CycleAge } from './cycles';
import { quotas } from './pick';

type Weights<K extends string> = Readonly<Partial<Record<K, number>>>;

/** The states an audit can be in between two steps: Agreed and Resolved move straight on. */
export type RestingAuditState = Exclude<AuditState, 'Agreed' | 'Resolved'>;

export const RESTING_AUDIT_STATES: readonly RestingAuditState[] = AUDIT_STATES.filter(
  (s): s is RestingAuditState => s !== 'Agreed' && s !== 'Resolved',
);

export const AUDIT_TARGETS: Readonly<Record<CycleAge, Weights<RestingAuditState>>> = {
  current: { Allocated: 20, InProgress: 68, Submitted: 12 },
  recent: { Submitted: 6, Disagreed: 5, ActionsOpen: 64, Closed: 25 },
  older: { ActionsOpen: 35, Closed: 65 },
  oldest: { ActionsOpen: 10, Closed: 90 },
  archived: { ActionsOpen: 1.5, Closed: 98.5 },
};

/** Stages that only a moderated audit can reach. */
const NEEDS_MODERATION: readonly RestingAuditState[] = ['Disagreed'];

/** Target states for the audits, in their order; the moderation stages only where moderated. */
export const assignAuditTargets = (
  rng: Rng,
  age: CycleAge,
  moderated: readonly boolean[],
): RestingAuditState[] => {
  const counts = quotas(moderated.length, AUDIT_TARGETS[age]);
  const order = shuffle(
    moderated.map((m, i) => ({ m, i })),
    rng,
  );
  const targets: (RestingAuditState | undefined)[] = moderated.map(() => undefined);
  for (const stage of NEEDS_MODERATION) {
    let left = counts.get(stage) ?? 0;
    for (const { m, i } of order) {
      if (left === 0) break;
      if (m && targets[i] === undefined) {
        targets[i] = stage;
        left--;
      }
    }
  }
  const others = shuffle(
    [...counts.entries()]
      .filter(([stage]) => !NEEDS_MODERATION.includes(stage))
      .flatMap(([stage, n]) => Array.from({ length: n }, () => stage)),
    rng,
  );
  return targets.map((t) => t ?? others.pop() ?? 'ActionsOpen');
};

/** Target states for an audit's actions, by where the audit is going and how old it is. */
export const actionTargetWeights = (
  audit: RestingAuditState,
  age: CycleAge,
): Weights<ActionState> => {
  if (audit === 'Closed') return { Closed: 85, NotCompleted: 15 };
  if (audit !== 'ActionsOpen') return { Open: 50, InProgress: 50 };
  switch (age) {
    case 'current':
    case 'recent':
      return { Open: 15, InProgress: 35, Completed: 15, Verified: 15, Closed: 15, NotCompleted: 5 };
    case 'archived':
      return { Open: 2, InProgress: 30, Completed: 10, Verified: 10, Closed: 35, NotCompleted: 13 };
    default:
      return { Open: 5, InProgress: 30, Completed: 10, Verified: 15, Closed: 30, NotCompleted: 10 };
  }
};
