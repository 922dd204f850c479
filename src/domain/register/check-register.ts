import type { Case } from '../records/case';
import { checkRow, type RegisterRow, type RowContext, type RowIssue } from './register-rows';

/** The rows of an export, checked: the cases to take in and every issue, by line. */
export interface RegisterCheck {
  readonly valid: readonly Case[];
  readonly issues: readonly RowIssue[];
  /** Lines with at least one issue (each skipped if the valid rows are accepted). */
  readonly badRows: number;
  /** Every case number the export names, valid row or not: none of these is closed. */
  readonly named: ReadonlySet<string>;
}

/**
 * Checks every row; a case number on more than one row is an issue on each of them (which one
 * holds the truth is for the case management system to say), so neither is taken in.
 */
export function checkRegister(rows: readonly RegisterRow[], context: RowContext): RegisterCheck {
  const checked = rows.map((row) => ({ row, ...checkRow(row, context) }));
  const linesOf = new Map<string, number[]>();
  for (const { row } of checked) {
    const number = row.cells.caseNumber?.trim() ?? '';
    if (number !== '') linesOf.set(number, [...(linesOf.get(number) ?? []), row.line]);
  }
  const column = context.headers.caseNumber ?? 'Case number';
  const valid: Case[] = [];
  const issues: RowIssue[] = [];
  let badRows = 0;
  for (const { row, case: found, issues: own } of checked) {
    const lines = linesOf.get(row.cells.caseNumber?.trim() ?? '') ?? [];
    const others = lines.filter((l) => l !== row.line);
    const duplicate: RowIssue[] =
      others.length === 0
        ? []
        : [
            {
              line: row.line,
              column,
              reason: `The same case number is also on line ${others.slice(0, 3).join(', ')}${others.length > 3 ? ' and others' : ''}.`,
            },
          ];
    const all = [...own, ...duplicate];
    if (all.length > 0) badRows++;
    issues.push(...all);
    if (all.length === 0 && found !== null) valid.push(found);
  }
  return { valid, issues, badRows, named: new Set(linesOf.keys()) };
}
