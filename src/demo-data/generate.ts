/**
 * Synthetic demo data of a mid-sized council, made by running the real domain: the allocation
 * draw for every cycle, and every audit and action driven through the real transitions by the
 * actors the permission matrix requires. Pure and deterministic: the same seed and `today`
 * always give the same data. Staff names are synthetic; children are never named.
 */
import type { DemoSize } from '../app/config/config';
import { fnv1a, mulberry32 } from '../domain/random';
import type {
  Action,
  Audit,
  Case,
  Cycle,
  FeedbackEntry,
  LearningTheme,
  Moderation,
  Observation,
  Review,
  ScheduleActivity,
  ServiceArea,
  StaffMember,
  Team,
  ThemeDecision,
} from '../domain/records';
import { buildCases } from './cases';
import { COUNCIL_SHAPE } from './council-shape';
import { runCycles } from './cycle-audits';
import { buildCycles } from './cycles';
import { Directory } from './directory';
import { buildOrganisation } from './organisation';
import { buildQaSchedule } from './qa-schedule';
import { registerContext } from './register-context';
import { buildReviews } from './reviews';
import { buildThemeDecisions, DEMO_THEMES } from './learning-themes';
import { buildFeedback, buildObservations } from './registers';
import type { DemoShape } from './shape';
import { FULL_SHAPE, SMALL_SHAPE } from './shape';

export interface DemoData {
  readonly serviceAreas: readonly ServiceArea[];
  readonly teams: readonly Team[];
  readonly staff: readonly StaffMember[];
  readonly cases: readonly Case[];
  readonly cycles: readonly Cycle[];
  readonly audits: readonly Audit[];
  readonly moderations: readonly Moderation[];
  readonly actions: readonly Action[];
  readonly feedback: readonly FeedbackEntry[];
  readonly observations: readonly Observation[];
  readonly schedule: readonly ScheduleActivity[];
  readonly reviews: readonly Review[];
  readonly learningThemes: readonly LearningTheme[];
  readonly themeDecisions: readonly ThemeDecision[];
}

export interface DemoOptions {
  /** Unsigned 32-bit whole number. */
  readonly seed: number;
  /** ISO date (YYYY-MM-DD): cycles, due dates and states are as they would be on this day. */
  readonly today: string;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 20261125, today: '2026-11-25' };

/** Each part of the data draws from its own stream, so changing one part leaves the others. */
const stream = (seed: number, part: string) => mulberry32(fnv1a(`${String(seed)}|${part}`));

export const generateWithShape = (shape: DemoShape, { seed, today }: DemoOptions): DemoData => {
  const org = buildOrganisation(shape, seed, stream(seed, 'organisation'));
  const dir = new Directory(org.staff);
  const cases = buildCases(shape, org.staff, stream(seed, 'cases'));
  const planned = buildCycles(shape, today, seed);
  const cycles = planned.map((p) => p.cycle);
  const run = {
    rng: stream(seed, 'audits'),
    dir,
    teams: org.teams,
    cases,
    shape,
    today,
  };
  const { audits, moderations, actions } = runCycles(run, planned);
  const registers = registerContext({
    rng: stream(seed, 'registers'),
    dir,
    cases,
    audits,
    today,
    shape,
  });
  return {
    ...org,
    cases,
    cycles,
    audits,
    moderations,
    actions,
    feedback: buildFeedback(registers, shape.feedbackEntries),
    observations: buildObservations(registers, shape.observations),
    schedule: buildQaSchedule(cycles, today),
    reviews: buildReviews(org.staff, org.teams, cases, today),
    learningThemes: DEMO_THEMES,
    themeDecisions: buildThemeDecisions(org.staff, cycles, audits, today),
  };
};

/** The full demo: 4 service areas, 25 teams, about 200 staff and 2,500 open cases. */
export const generateDemoData = (options: DemoOptions): DemoData =>
  generateWithShape(FULL_SHAPE, options);

/** A small council (1 service area, 3 teams, ~25 staff, ~60 cases) for fast integration tests. */
export const generateSmallDemoData = (options: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoData =>
  generateWithShape(SMALL_SHAPE, options);

/**
 * A large council (6 service areas, 54 teams, ~390 staff, ~12,300 open cases) with five and a
 * half years of six-weekly cycles: about 10,500 audits and 55,000 actions, for benchmarks.
 */
export const generateCouncilDemoData = (options: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoData =>
  generateWithShape(COUNCIL_SHAPE, options);

/** The size `AUDITLOOP_DEMO_SIZE` picks: small, full (the default) or council. */
export const generateDemoDataOfSize = (size: DemoSize, options: DemoOptions): DemoData =>
  size === 'small'
    ? generateSmallDemoData(options)
    : size === 'council'
      ? generateCouncilDemoData(options)
      : generateDemoData(options);
