import { describe, expect, it } from 'vitest';
import { moderatorChoices, reallocationChoices } from './AuditTransitions';

const person = (id: string, role: string, teamId: string | null) =>
  ({
    id,
    name: id,
    role,
    teamId,
  }) as unknown as Parameters<typeof reallocationChoices>[0][number];

const staff = [
  person('tm-own', 'TeamManager', 'team-1'),
  person('tm-now', 'TeamManager', 'team-2'),
  person('tm-other', 'TeamManager', 'team-3'),
  person('sw', 'Practitioner', 'team-1'),
  person('hos', 'HeadOfService', null),
  person('qa', 'QALead', null),
];
const audit = { teamId: 'team-1', auditorId: 'tm-now', moderatorId: 'hos', workerId: 'sw' };

describe('the people offered (issue 12, item 12)', () => {
  it('for reallocation: only team managers of another team, not the auditor or the moderator', () => {
    expect(reallocationChoices(staff, audit).map((c) => c.value)).toEqual(['tm-other']);
  });
  it('as moderator: only moderating roles, not the auditor, the worker or the moderator now', () => {
    expect(moderatorChoices(staff, audit).map((c) => c.value)).toEqual(['qa']);
  });
});

describe('the people picker (issue 12, item 14)', () => {
  it('finds people by any part of their name, role or team', async () => {
    const { matching } = await import('../common/PickForm');
    const options = [
      { value: 'a', label: 'Ada Lovelace', detail: 'Team manager, North 2' },
      { value: 'b', label: 'Alan Turing', detail: 'Practitioner, South 1' },
    ];
    expect(matching(options, 'north').map((o) => o.value)).toEqual(['a']);
    expect(matching(options, 'al practitioner').map((o) => o.value)).toEqual(['b']);
    expect(matching(options, '').map((o) => o.value)).toEqual(['a', 'b']);
  });
});
