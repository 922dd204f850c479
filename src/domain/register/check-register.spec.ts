import { describe, expect, it } from 'vitest';
import type { StaffMember, Team } from '../records/staff';
import { checkRegister } from './check-register';
import { DEFAULT_MAPPING, type RegisterField } from './column-mapping';
import { parseExportDate } from './register-dates';
import { registerLookups } from './register-people';
import type { RegisterRow } from './register-rows';

const TEAMS: Team[] = [{ id: 'team-n1', name: 'North assessment', serviceAreaId: 'svc-n' }];
const worker = (id: string, over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  aadObjectId: `oid-${id}`,
  displayName: `Worker ${id}`,
  role: 'Practitioner',
  teamId: 'team-n1',
  serviceAreaId: 'svc-n',
  active: true,
  email: `${id}@council.example`,
  ...over,
});
const STAFF = [worker('sw-1'), worker('sw-2', { active: false })];
const context = {
  lookups: registerLookups(TEAMS, STAFF),
  cohortValues: DEFAULT_MAPPING.cohortValues,
  headers: {
    caseNumber: 'Case Reference',
    team: 'Team',
    worker: 'Worker Email',
    cohort: 'Legal Status',
    startDate: 'Start Date',
  },
};
let line = 1;
const row = (cells: Partial<Record<RegisterField, string>> = {}): RegisterRow => ({
  line: ++line,
  cells: {
    caseNumber: `CF-${String(100 + line)}`,
    team: 'north ASSESSMENT',
    worker: 'SW-1@council.example',
    cohort: 'CP Plan',
    startDate: '01/03/2025',
    ...cells,
  },
});

describe('checking the rows of an export', () => {
  it('takes a good row in as an open case, matching team by name and worker by e-mail', () => {
    const check = checkRegister([{ ...row(), line: 2 }], context);
    expect(check.issues).toEqual([]);
    expect(check.valid).toEqual([
      {
        caseNumber: expect.stringMatching(/^CF-/) as unknown,
        teamId: 'team-n1',
        serviceAreaId: 'svc-n',
        allocatedWorkerId: 'sw-1',
        cohort: 'ChildProtection',
        open: true,
      },
    ]);
  });

  it('matches a team by its code and a worker by Staff id', () => {
    const check = checkRegister([row({ team: 'TEAM-N1', worker: 'sw-1' })], context);
    expect(check.valid).toHaveLength(1);
  });

  it.each<[string, Partial<Record<RegisterField, string>>, string, RegExp]>([
    ['a missing case number', { caseNumber: ' ' }, 'Case Reference', /case number is missing/],
    [
      'an unknown team',
      { team: 'Nowhere' },
      'Team',
      /No team on the Teams list is called "Nowhere"/,
    ],
    ['an unknown worker', { worker: 'x@council.example' }, 'Worker Email', /No member of staff/],
    ['an inactive worker', { worker: 'sw-2' }, 'Worker Email', /no longer active/],
    [
      'an unknown cohort',
      { cohort: 'Adoption' },
      'Legal Status',
      /"Adoption" is not in the mapping/,
    ],
    ['a bad date', { startDate: '31/02/2025' }, 'Start Date', /"31\/02\/2025" is not a date/],
    ['a formula', { team: '=HYPERLINK("x")' }, 'Team', /Starts with "=".*formula/],
    ['a plus', { cohort: '+CIN' }, 'Legal Status', /Starts with "\+"/],
    ['a minus', { worker: '-1+1' }, 'Worker Email', /Starts with "-"/],
    ['an at sign', { caseNumber: '@SUM(1)' }, 'Case Reference', /Starts with "@"/],
  ])('gives %s its line, column and reason', (_what, cells, column, reason) => {
    const bad = row(cells);
    const check = checkRegister([bad], context);
    expect(check.valid).toEqual([]);
    expect(check.badRows).toBe(1);
    expect(check.issues).toEqual([
      { line: bad.line, column, reason: expect.stringMatching(reason) as unknown },
    ]);
  });

  it('refuses every row of a case number that is on two lines, naming the other', () => {
    const a = row({ caseNumber: 'CF-900' });
    const b = row({ caseNumber: 'CF-900' });
    const check = checkRegister([a, b, row()], context);
    expect(check.valid).toHaveLength(1);
    expect(check.issues).toEqual([
      {
        line: a.line,
        column: 'Case Reference',
        reason: `The same case number is also on line ${String(b.line)}.`,
      },
      {
        line: b.line,
        column: 'Case Reference',
        reason: `The same case number is also on line ${String(a.line)}.`,
      },
    ]);
    expect(check.named.has('CF-900')).toBe(true);
  });

  it('still counts the case number of a bad row as named, so it is never closed', () => {
    const check = checkRegister([row({ caseNumber: 'CF-901', team: 'Nowhere' })], context);
    expect(check.named).toEqual(new Set(['CF-901']));
  });
});

describe('dates in an export', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025-03-01T00:00:00Z', '2025-03-01'],
    ['01/03/2025', '2025-03-01'],
    ['1-3-2025', '2025-03-01'],
    ['01.03.2025', '2025-03-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseExportDate(text)).toBe(iso);
  });

  it.each(['31/02/2025', '03/13/2025', 'soon', '2025-3-1', ''])('refuses %j', (text) => {
    expect(parseExportDate(text)).toBeNull();
  });
});
