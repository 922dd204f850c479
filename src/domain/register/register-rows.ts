import type { Case, Cohort } from '../records/case';
import { cohortKey, REGISTER_FIELD_LABELS, type RegisterField } from './column-mapping';
import type { RegisterLookups } from './register-people';
import { parseExportDate } from './register-dates';

/** One data row of an export: its line in the file and the cells of the fields read. */
export interface RegisterRow {
  readonly line: number;
  readonly cells: Readonly<Partial<Record<RegisterField, string>>>;
}

/** What is wrong with a row, in plain words: where (line, column) and why. */
export interface RowIssue {
  readonly line: number;
  /** The column's header in the file (or the field's name when the file has no such column). */
  readonly column: string;
  readonly reason: string;
}

export interface RowContext {
  readonly lookups: RegisterLookups;
  readonly cohortValues: Readonly<Record<string, Cohort>>;
  /** The file's header for each field read. */
  readonly headers: Readonly<Partial<Record<RegisterField, string>>>;
}

/** A spreadsheet runs a cell starting with one of these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const CASE_NUMBER = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]{0,49}$/;

const startsLikeFormula = (cell: string): boolean =>
  FORMULA_START.test(cell) || FORMULA_START.test(cell.trimStart());

/** The row as a case on the register (open), or every issue it has. */
export function checkRow(
  row: RegisterRow,
  context: RowContext,
): { readonly case: Case | null; readonly issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const column = (field: RegisterField) => context.headers[field] ?? REGISTER_FIELD_LABELS[field];
  const issue = (field: RegisterField, reason: string) =>
    issues.push({ line: row.line, column: column(field), reason });
  const cell = (field: RegisterField): string | null => {
    const raw = row.cells[field] ?? '';
    if (startsLikeFormula(raw)) {
      const first = raw.trimStart().charAt(0) || raw.charAt(0);
      issue(
        field,
        `Starts with "${first === '\t' ? 'a tab' : first}", which a spreadsheet could run as a formula.`,
      );
      return null;
    }
    return raw.trim();
  };

  const caseNumber = cell('caseNumber');
  if (caseNumber === '') issue('caseNumber', 'The case number is missing.');
  else if (caseNumber !== null && !CASE_NUMBER.test(caseNumber))
    issue(
      'caseNumber',
      'A case number is letters and digits (with - / _ or .), at most 50, with at least one digit.',
    );

  const teamValue = cell('team');
  const team = teamValue ? context.lookups.team(teamValue) : undefined;
  if (teamValue === '') issue('team', 'The team is missing.');
  else if (teamValue !== null && team === undefined)
    issue(
      'team',
      `No team on the Teams list is called "${teamValue.slice(0, 60)}" or has that code.`,
    );

  const workerValue = cell('worker');
  const worker = workerValue ? context.lookups.worker(workerValue) : undefined;
  if (workerValue === '') issue('worker', 'The allocated worker is missing.');
  else if (workerValue !== null && worker === undefined)
    issue('worker', 'No member of staff on the Staff list has this e-mail, id or name.');
  else if (worker !== undefined && !worker.active)
    issue('worker', 'This member of staff is no longer active on the Staff list.');

  const cohortValue = cell('cohort');
  const cohort = cohortValue ? context.cohortValues[cohortKey(cohortValue)] : undefined;
  if (cohortValue === '') issue('cohort', 'The cohort is missing.');
  else if (cohortValue !== null && cohort === undefined)
    issue('cohort', `"${cohortValue.slice(0, 60)}" is not in the mapping's cohort values.`);

  if (row.cells.startDate !== undefined) {
    const start = cell('startDate');
    if (start !== null && start !== '' && parseExportDate(start) === null)
      issue(
        'startDate',
        `"${start.slice(0, 30)}" is not a date: write it as 31/01/2025 or 2025-01-31.`,
      );
  }

  if (issues.length > 0 || !caseNumber || !team || !worker || !cohort)
    return { case: null, issues };
  return {
    case: {
      caseNumber,
      teamId: team.id,
      serviceAreaId: team.serviceAreaId,
      allocatedWorkerId: worker.id,
      cohort,
      open: true,
    },
    issues,
  };
}
