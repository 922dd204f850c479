/** What the feedback register and the observations draw from, worked out once. */
import type { Rng } from '../domain/random';
import type { Audit, Case } from '../domain/records';
import { SIX_WEEKS } from './cycles';
import type { Directory } from './directory';
import type { DemoShape } from './shape';

export interface RegisterSources {
  readonly rng: Rng;
  readonly dir: Directory;
  readonly cases: readonly Case[];
  readonly audits: readonly Audit[];
  readonly today: string;
  readonly shape: DemoShape;
}

export interface RegisterContext extends RegisterSources {
  readonly submitted: readonly Audit[];
  readonly observed: readonly Audit[];
  readonly openCases: readonly Case[];
  readonly openCasesOf: ReadonlyMap<string, readonly Case[]>;
  /** How far back feedback and observations go: the cycles' span, and at least 180 days. */
  readonly historyDays: number;
}

/** The sources, with what every entry draws from worked out once. */
export const registerContext = (sources: RegisterSources): RegisterContext => {
  const openCases = sources.cases.filter((c) => c.open);
  const openCasesOf = new Map<string, Case[]>();
  for (const c of openCases) {
    const held = openCasesOf.get(c.allocatedWorkerId);
    if (held === undefined) openCasesOf.set(c.allocatedWorkerId, [c]);
    else held.push(c);
  }
  return {
    ...sources,
    submitted: sources.audits.filter((a) => a.submittedAt !== null),
    observed: sources.audits.filter((a) => a.practiceObserved && a.meetingDate !== null),
    openCases,
    openCasesOf,
    historyDays: Math.max(180, (sources.shape.pastCycles + 1) * SIX_WEEKS),
  };
};
