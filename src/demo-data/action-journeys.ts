/**
 * Each action's journey through the real transitions: progress, review in supervision,
 * completion with evidence by its owner, verification by a QA lead and closure by the head of
 * service (sometimes returned first), or not completed with a reason. Whoever verifies or
 * approves never owns or completed the action; once its loop closes, the audit moves on.
 */
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
import type { ActionState } from '../domain/records';
import {
  COMPLETION_EVIDENCE,
  NOT_COMPLETED_REASONS,
  PROGRESS_NOTES,
  RETURN_REASONS,
  SUPERVISION_NOTES,
} from './action-phrases';
import { dateOfMinutes } from './dates';
import type { Directory } from './directory';
import { must } from './directory';
import { moveAuditOn } from './follow-on';
import type { Ledger } from './ledger';
import { chance, pick } from './pick';
import type { Schedule, Timeline } from './timeline';

export interface ActionJourney {
  readonly id: string;
  readonly auditId: string;
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
    closesLoop = false,
  ) => {
    schedule.add(at, (now) => {
      ledger.putAction(must(step(now), `${what} ${j.id}`).next);
      if (closesLoop) moveAuditOn(ledger, j.auditId, now);
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
  const qaLead = dir.qaLeadFor(j.serviceAreaId);
  const hos = dir.headOfService(j.serviceAreaId);
  const verify = (at: number) => {
    apply(at, 'verify', (now) => verifyAction(ledger.action(j.id), qaLead, { now }));
  };

  const t = j.target;
  if (t === 'NotCompleted') {
    if (chance(rng, 0.5)) progress(tl.next(2, 10));
    const reason = pick(rng, NOT_COMPLETED_REASONS);
    apply(
      tl.next(14, 40),
      'record not completed',
      (now) => recordNotCompleted(ledger.action(j.id), qaLead, { now, reason }),
      true,
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
  apply(
    tl.next(1, 5),
    'approve closure of',
    (now) => approveClosure(ledger.action(j.id), hos, { now }),
    true,
  );
  return tl.at;
};
