/**
 * The actions agreed at the end of an audit (section 7, step 7): either a few on the weakest
 * areas, or, as many councils record them on the audit form, one for each development point of
 * each area (none for an Outstanding area, a Good one now and then, more the weaker it is).
 */
import type { ActionInput } from '../domain/lifecycle';
import { GRADES_NEEDING_NO_ACTION } from '../domain/lifecycle';
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';
import type { Allocation, Area, Grade } from '../domain/records';
import { AREAS, gradeRank } from '../domain/records';
import { ACTION_DESCRIPTIONS, FURTHER_ACTION_DESCRIPTIONS } from './action-phrases';
import { between, chance, pick, weighted } from './pick';
import type { ActionPlanning } from './shape';

type Grades = Readonly<Record<Area, Grade>>;

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

/** Development points recorded for an area with this grade. */
const pointsFor = (rng: Rng, grade: Grade): number => {
  switch (grade) {
    case 'Outstanding':
      return 0;
    case 'Good':
      return chance(rng, 0.35) ? 1 : 0;
    case 'Requires improvement to be good':
      return chance(rng, 0.5) ? 2 : 1;
    case 'Inadequate':
      return chance(rng, 0.4) ? 3 : 2;
  }
};

const weakestFirst = (rng: Rng, grades: Grades): Area[] =>
  shuffle(AREAS, rng).sort((a, b) => gradeRank(grades[b]) - gradeRank(grades[a]));

/** A few actions, each about one of the weakest areas, owned by the worker or the team manager. */
const onWeakestAreas = (
  rng: Rng,
  allocation: Allocation,
  overall: Grade,
  grades: Grades,
  atLeast: number,
): ActionInput[] => {
  const weakest = weakestFirst(rng, grades);
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

/** One action for each development point of each area, weakest areas first. */
const onEachArea = (
  rng: Rng,
  allocation: Allocation,
  overall: Grade,
  grades: Grades,
  atLeast: number,
): ActionInput[] => {
  const needed = GRADES_NEEDING_NO_ACTION.includes(overall) ? atLeast : Math.max(1, atLeast);
  const weakest = weakestFirst(rng, grades);
  const points = weakest.map((area) => pointsFor(rng, grades[area]));
  if (points.reduce((sum, n) => sum + n, 0) < needed) points[0] = needed;
  const planned = weakest.flatMap((area, a) => {
    const pool = shuffle([...ACTION_DESCRIPTIONS[area], ...FURTHER_ACTION_DESCRIPTIONS[area]], rng);
    return Array.from({ length: points[a] }, (_, i) => ({
      area,
      description: pool[i % pool.length],
    }));
  });
  return planned.map(({ area, description }, i): ActionInput => {
    const immediate = overall === 'Inadequate' ? i === 0 : chance(rng, 0.1);
    const timescale = weighted(rng, { default: 50, '14': 15, '42': 20, '56': 15 });
    const byManager = chance(rng, area === 'managementGrip' ? 0.8 : 0.2);
    return {
      description,
      ownerId: byManager ? allocation.teamManagerId : allocation.workerId,
      immediate,
      ...(immediate || timescale === 'default' ? {} : { timescaleDays: Number(timescale) }),
    };
  });
};

export const planActionInputs = (
  planning: ActionPlanning,
  rng: Rng,
  allocation: Allocation,
  overall: Grade,
  grades: Grades,
  atLeast: number,
): ActionInput[] =>
  (planning === 'eachArea' ? onEachArea : onWeakestAreas)(
    rng,
    allocation,
    overall,
    grades,
    atLeast,
  );
