/**
 * Actions agreed at the end of an audit, and each action's journey through the real transitions:
 * progress, review in supervision, completion with evidence, verification by the QA lead and
 * closure by the head of service (sometimes returned first), or not completed with a reason.
 */
import type { ActionInput } from '../domain/lifecycle';
import {
  approveClosure,
  completeAction,
  markReviewedInSupervision,
  recordNotCompleted,
  recordProgress,
  returnClosure,
  verifyAction,
} from '../domain/lifecycle';
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { ActionState, Allocation, Area, Grade } from '../domain/records';
import { AREAS, gradeRank } from '../domain/records';
import {
  ACTION_DESCRIPTIONS,
  COMPLETION_EVIDENCE,
  NOT_COMPLETED_REASONS,
  PROGRESS_NOTES,
  RETURN_REASONS,
  SUPERVISION_NOTES,
} from './action-phrases';
import { dateOfMinutes } from './dates';
import type { Directory } from './directory';
import { must } from './directory';
import type { Ledger } from './ledger';
import { between, chance, pick, weighted } from './pick';
import type { Schedule, Timeline } from './timeline';

/** How many actions an audit with this grade agrees (0 means none is needed). */
const actionCount = (rng: Rng, grade: Grade, atLeast: number): number => {
  const n =
    grade === 'Outstanding'
      ? chance(rng, 0.7)
        ? 0
        : 1
      : grade === 'Good'
        ? weighted(rng, { '0': 30, '1': 45, '2': 25 })
        : grade === 'Inadequate'
          ? between(rng, 2, 4)
          : between(rng, 1, 3);
  return Math.max(Number(n), atLeast);
};

/** The actions, each about one of the weakest areas, owned by the worker or the team manager. */
export const planActionInputs = (
  rng: Rng,
  allocation: Allocation,
  overall: Grade,
  grades: Readonly<Record<Area, Grade>>,
  atLeast: number,
): ActionInput[] => {
  const weakest = shuffle(AREAS, rng).sort((a, b) => gradeRank(grades[b]) - gradeRank(grades[a]));
  return Array.from({ length: actionCount(rng, overall, atLeast) }, (_, i): ActionInput => {
    const area = weakest[i % weakest.length];
    const immediate = overall === 'Inadequate' ? i === 0 : chance(rng, 0.15);
    const timescale = weighted(rng, { default: 50, '14': 15, '42': 20, '56': 15 });
    return {
      description: pick(rng, ACTION_DESCRIPTIONS[area]),
      ownerId: chance(rng, 0.75) ? allocation.workerId : allocation.teamManagerId,
      immediate,
      ...(immediate || timescale === 'default' ? {} : { timescaleDays: Number(timescale) }),
    };
  });
};

export interface ActionJourney {
  readonly id: string;
  readonly ownerId: string;
  readonly workerId: string;
  readonly teamManagerId: string;
  readonly serviceAreaId: string;
  readonly target: ActionState;
}

export interface ActionWorld {
  readonly rng: Rng;
  readonly dir: Directory;
  readonly ledger: Ledger;
  readonly schedule: Schedule;
}

/** Schedules the action's steps to its target state; returns the time of its last step. */
export const planActionJourney = (w: ActionWorld, j: ActionJourney, tl: Timeline): number => {
  const { rng, dir, ledger, schedule } = w;
  const owner = dir.actor(j.ownerId);
  const parties = { workerId: j.workerId };
  const apply = (
    at: number,
    what: string,
    step: (now: string) => ReturnType<typeof verifyAction>,
  ) => {
    schedule.add(at, (now) => {
      ledger.actions.set(j.id, must(step(now), `${what} ${j.id}`).next);
    });
  };
  const notes = shuffle(PROGRESS_NOTES, rng);
  let noteIndex = 0;
  const progress = (at: number) => {
    const note = notes[noteIndex++ % notes.length];
    apply(at, 'record progress on', (now) =>
      recordProgress(ledger.action(j.id), owner, { now, note }, parties),
    );
  };
  const review = (at: number) => {
    const note = pick(rng, SUPERVISION_NOTES);
    const tm = dir.actor(j.teamManagerId);
    apply(at, 'review in supervision', (now) =>
      markReviewedInSupervision(ledger.action(j.id), tm, { now, date: dateOfMinutes(at), note }),
    );
  };
  const complete = (at: number) => {
    const evidence = pick(rng, COMPLETION_EVIDENCE);
    apply(at, 'complete', (now) =>
      completeAction(ledger.action(j.id), owner, { now, evidence }, parties),
    );
  };
  const qaLead = dir.qaLead();
  const hos = dir.headOfService(j.serviceAreaId);
  const verify = (at: number) => {
    apply(at, 'verify', (now) => verifyAction(ledger.action(j.id), qaLead, { now }));
  };

  const t = j.target;
  if (t === 'NotCompleted') {
    if (chance(rng, 0.5)) progress(tl.next(2, 10));
    const reason = pick(rng, NOT_COMPLETED_REASONS);
    apply(tl.next(14, 40), 'record not completed', (now) =>
      recordNotCompleted(ledger.action(j.id), qaLead, { now, reason }),
    );
    return tl.at;
  }
  if (t === 'Open') {
    if (chance(rng, 0.3)) review(tl.next(5, 14));
    return tl.at;
  }
  progress(tl.next(2, 10));
  if (t === 'InProgress' && chance(rng, 0.5)) progress(tl.next(5, 15));
  if (chance(rng, t === 'InProgress' ? 0.6 : 0.7)) review(tl.next(3, 14));
  if (t === 'InProgress') return tl.at;
  complete(tl.next(4, 20));
  if (t === 'Completed') return tl.at;
  verify(tl.next(2, 7));
  if (t === 'Verified') return tl.at;
  if (chance(rng, 0.12)) {
    const reason = pick(rng, RETURN_REASONS);
    apply(tl.next(1, 4), 'return closure of', (now) =>
      returnClosure(ledger.action(j.id), hos, { now, reason }),
    );
    progress(tl.next(2, 6));
    complete(tl.next(3, 10));
    verify(tl.next(2, 5));
  }
  apply(tl.next(1, 5), 'approve closure of', (now) =>
    approveClosure(ledger.action(j.id), hos, { now }),
  );
  return tl.at;
};
