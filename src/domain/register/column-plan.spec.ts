import { describe, expect, it } from 'vitest';
import { columnMappingSchema, DEFAULT_MAPPING } from './column-mapping';
import { planColumns } from './column-plan';

describe('planning the columns of an export', () => {
  it('reads each field from the first of its headers the file has, ignoring case and spacing', () => {
    const plan = planColumns(
      ['person id', 'TEAM NAME', 'Worker  Email', 'Legal Status', 'Open Date', 'Notes'],
      DEFAULT_MAPPING,
    );
    expect(plan.read).toEqual({ caseNumber: 0, team: 1, worker: 2, cohort: 3, startDate: 4 });
    expect(plan.ignored).toEqual(['Notes']);
    expect(plan.missing).toEqual([]);
  });

  it('drops identifying columns, even one the mapping names, and says which', () => {
    const mapping = {
      ...DEFAULT_MAPPING,
      columns: { ...DEFAULT_MAPPING.columns, team: ['Surname', 'Team'] },
    };
    const plan = planColumns(['Case Reference', 'Surname', 'Team', 'Date of Birth'], mapping);
    expect(plan.dropped).toEqual(['Surname', 'Date of Birth']);
    expect(plan.read.team).toBe(2);
  });

  it('names every required field the file has no column for', () => {
    const plan = planColumns(['Case Reference', 'Forename'], DEFAULT_MAPPING);
    expect(plan.missing).toEqual(['team', 'worker', 'cohort']);
  });
});

describe('a saved mapping', () => {
  it('accepts the default mapping', () => {
    expect(columnMappingSchema.safeParse(DEFAULT_MAPPING).success).toBe(true);
  });

  it('refuses a header that could identify a child, naming the field', () => {
    const parsed = columnMappingSchema.safeParse({
      ...DEFAULT_MAPPING,
      columns: { ...DEFAULT_MAPPING.columns, caseNumber: ['NHS Number'] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['columns', 'caseNumber', 0],
      message: 'could identify a child, so Audit Loop never reads it',
    });
  });

  it('keys cohort values as the rows are matched', () => {
    const parsed = columnMappingSchema.parse({
      ...DEFAULT_MAPPING,
      cohortValues: { ' CP  Plan ': 'ChildProtection' },
    });
    expect(parsed.cohortValues).toEqual({ 'cp plan': 'ChildProtection' });
  });
});
