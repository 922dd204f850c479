import type { Case } from '../records/case';
import type { Assignment } from './balanced-assignment';
import { assignBalanced } from './balanced-assignment';

/** A drawn case no auditor had room for, and the case from the unsampled pool that took its place. */
export interface Replacement {
  readonly dropped: string;
  readonly replacement: string;
}

/** Candidates tried for each dropped case before giving up (each try is one balanced assignment). */
const TRIES = 20;

export interface Replaced {
  readonly assignment: Assignment<Case>;
  readonly replacements: readonly Replacement[];
  /** The pool without the cases that became replacements, in its order. */
  readonly pool: readonly Case[];
}

/**
 * Replaces each case dropped to balance auditor load with one from the unsampled pool, so the
 * cycle keeps the sample size it asked for: the pool is in its random order, and when the draw
 * is stratified a case of the dropped case's cohort comes first, so the cohorts keep their
 * shares. A candidate is taken only when every case placed so far, and it, can still be placed
 * with loads within one. No random number is used, so a draw with nothing dropped is unchanged.
 */
export const replaceDropped = (
  first: Assignment<Case>,
  pool: readonly Case[],
  workerIds: readonly string[],
  mayTake: (c: Case, workerId: string) => boolean,
  sameCohortFirst: boolean,
): Replaced => {
  let assignment = first;
  let remaining = [...pool];
  const replacements: Replacement[] = [];
  for (const dropped of first.unassigned) {
    const candidates = sameCohortFirst
      ? [
          ...remaining.filter((c) => c.cohort === dropped.cohort),
          ...remaining.filter((c) => c.cohort !== dropped.cohort),
        ]
      : remaining;
    const placed = assignment.assigned.map((a) => a.item);
    for (const candidate of candidates.slice(0, TRIES)) {
      const trial = assignBalanced([...placed, candidate], workerIds, mayTake);
      if (trial.unassigned.length > 0) continue;
      assignment = { assigned: trial.assigned, unassigned: [] };
      remaining = remaining.filter((c) => c !== candidate);
      replacements.push({ dropped: dropped.caseNumber, replacement: candidate.caseNumber });
      break;
    }
  }
  return {
    assignment: { ...assignment, unassigned: first.unassigned },
    replacements,
    pool: remaining,
  };
};
