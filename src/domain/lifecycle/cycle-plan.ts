import { can } from '../access/can';
import { isIsoDate } from '../calendar/calendar';
import { cycleNameFor, yearOfCycles } from '../cycles/year-of-cycles';
import type { FieldIssue } from '../errors';
import { forbidden, invalid, invalidState } from '../errors';
import type { Actor } from '../records/actor';
import type { Cycle, Timescales } from '../records/cycle';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Transition } from './transition';

const QA_ONLY = 'Only the QA lead plans cycles and allocates.';
const mayPlan = (actor: Actor): boolean => can(actor, 'allocate', new Set());

/**
 * The QA lead plans a year of six-weekly case file audit cycles from a start date. Cycles are
 * keyed by their start date, so generating the same year again plans none twice; a case file
 * audit already starting on one of the dates (planned by hand) is kept and not doubled.
 */
export const planYear = (
  existing: readonly Cycle[],
  actor: Actor,
  input: { readonly startDate: string; readonly timescales?: Timescales },
): Result<Transition<readonly Cycle[]>> => {
  if (!mayPlan(actor)) return fail(forbidden(QA_ONLY));
  if (!isIsoDate(input.startDate)) {
    return fail(invalid([{ field: 'startDate', message: 'must be a real date (YYYY-MM-DD)' }]));
  }
  const ids = new Set(existing.map((c) => c.id));
  const starts = new Set(
    existing.filter((c) => c.kind === 'CaseFileAudit').map((c) => c.startDate),
  );
  const next = yearOfCycles(input.startDate, input.timescales).filter(
    (c) => !ids.has(c.id) && !starts.has(c.startDate),
  );
  return ok({ next, events: [] });
};

export interface CycleEdit {
  readonly startDate: string;
  readonly endDate: string;
  readonly timescales: Timescales;
}

/** The QA lead moves a planned cycle's dates or changes its timescales; an allocated one is fixed. */
export const editPlannedCycle = (
  cycle: Cycle,
  actor: Actor,
  edit: CycleEdit,
): Result<Transition<Cycle>> => {
  if (!mayPlan(actor)) return fail(forbidden(QA_ONLY));
  if (cycle.state !== 'Planned') {
    return fail(
      invalidState(
        `The cycle is ${cycle.state.toLowerCase()}: its dates and timescales were given at allocation and stay as they are.`,
      ),
    );
  }
  const issues: FieldIssue[] = [];
  if (!isIsoDate(edit.startDate))
    issues.push({ field: 'startDate', message: 'must be a real date' });
  if (!isIsoDate(edit.endDate)) issues.push({ field: 'endDate', message: 'must be a real date' });
  if (issues.length === 0 && edit.endDate < edit.startDate) {
    issues.push({ field: 'endDate', message: 'must not be before the start date' });
  }
  if (issues.length > 0) return fail(invalid(issues));
  // A name made from the dates follows them; a name the QA lead typed stays.
  const named = cycle.name === cycleNameFor(cycle.startDate, cycle.endDate);
  const name = named ? cycleNameFor(edit.startDate, edit.endDate) : cycle.name;
  return ok({ next: { ...cycle, ...edit, name }, events: [] });
};
