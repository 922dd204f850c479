import { describe, expect, it } from 'vitest';
import { aCycle, aSubmittedAudit } from '../fixtures/builders';
import type { Grade } from '../records/grade';
import { reportFigures } from './report-figures';
import { extremesText, reportTables } from './report-tables';
import { DEFAULT_GRADE_TARGETS } from './targets';

const figuresOf = (grades: readonly Grade[]) =>
  reportFigures({
    cycles: [aCycle()],
    period: [aCycle().id],
    audits: grades.map((overallGrade, i) =>
      aSubmittedAudit({
        id: `AUD-${String(i)}`,
        caseNumber: `CF-${String(100000 + i)}`,
        overallGrade,
      }),
    ),
    moderations: [],
    actions: [],
    reaudits: [],
    feedback: [],
    targets: DEFAULT_GRADE_TARGETS,
    today: '2025-05-01',
  });

const cell = (tables: ReturnType<typeof reportTables>, id: string, row: string, column: string) => {
  const table = tables.find((t) => t.id === id);
  const r = table?.rows.find((x) => x[0] === row);
  return r?.[table?.columns.indexOf(column) ?? -1];
};

describe('the report tables every page and document prints', () => {
  it('prints a small group as a count, with no target judged', () => {
    const tables = reportTables(figuresOf(['Good', 'Inadequate']), (id) => id);
    expect(cell(tables, 'summary', 'Good or better', 'Figure')).toBe('1 of 2 (small group)');
    expect(cell(tables, 'summary', 'Good or better', 'Against target')).toBe(
      'Too few audits to judge',
    );
  });

  it('prints shares of five or more as percentages against the targets', () => {
    const tables = reportTables(
      figuresOf(['Good', 'Good', 'Good', 'Inadequate', 'Requires improvement to be good']),
      (id) => id,
    );
    expect(cell(tables, 'summary', 'Good or better', 'Figure')).toBe('60% (3 of 5)');
    expect(cell(tables, 'summary', 'Good or better', 'Against target')).toBe('Target met');
    expect(cell(tables, 'summary', 'Inadequate', 'Against target')).toBe('Target missed');
    expect(tables.find((t) => t.id === 'inadequate')?.rows).toEqual([
      ['CF-100003', 'svc-north', 'team-n1'],
    ]);
  });

  it('names no strongest or weakest area from one audit', () => {
    expect(extremesText(figuresOf(['Good']))).toMatch(/^No strongest or weakest area/);
  });

  it('gives every table column headings and rows as wide', () => {
    for (const t of reportTables(figuresOf(['Good', 'Outstanding']), (id) => id)) {
      expect(t.columns.length).toBeGreaterThan(1);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    }
  });
});
