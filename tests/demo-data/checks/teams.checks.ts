/**
 * Cases match their team's service: a case's cohort is one its team serves, judged by what the
 * team's name says it does (a Children in Care team holds children looked after) and by the
 * cohorts its service area's teams serve; and the team's service area is the case's.
 */
import { expect, it } from 'vitest';
import type { DemoData } from '../../../src/demo-data/generate';
import type { Cohort } from '../../../src/domain/records';

/** Teams whose name says which cohorts they serve. */
const SERVED_BY_NAME: readonly (readonly [RegExp, readonly Cohort[]])[] = [
  [/^Children in Care\b/, ['ChildLookedAfter']],
  [/^Leaving Care\b/, ['CareLeaver']],
  [/^Early Help\b/, ['EarlyHelp']],
  [/^Child in Need\b/, ['ChildInNeed']],
  [/^Permanence\b/, ['ChildLookedAfter']],
  [/^Safeguarding\b/, ['ChildInNeed', 'ChildProtection']],
];

export const teamsChecks = (data: DemoData): void => {
  const teams = new Map(data.teams.map((t) => [t.id, t]));

  it('puts each case in a team of its own service area', () => {
    const wrong = data.cases.filter((c) => teams.get(c.teamId)?.serviceAreaId !== c.serviceAreaId);
    expect(wrong).toEqual([]);
  });

  it('gives each team only cases of the cohorts its name says it serves', () => {
    const wrong = data.cases.flatMap((c) => {
      const name = teams.get(c.teamId)?.name ?? '';
      const served = SERVED_BY_NAME.find(([pattern]) => pattern.test(name))?.[1];
      return served === undefined || served.includes(c.cohort) ? [] : [`${name}: ${c.cohort}`];
    });
    expect([...new Set(wrong)]).toEqual([]);
    const named = data.cases.filter((c) =>
      SERVED_BY_NAME.some(([pattern]) => pattern.test(teams.get(c.teamId)?.name ?? '')),
    );
    expect(named.length).toBeGreaterThan(data.cases.length / 2);
  });

  it('keeps audits and actions in the case’s team, service and cohort', () => {
    const cases = new Map(data.cases.map((c) => [c.caseNumber, c]));
    const wrong = [
      ...data.audits.filter((a) => {
        const c = cases.get(a.caseNumber);
        return (
          c?.teamId !== a.teamId || c.serviceAreaId !== a.serviceAreaId || c.cohort !== a.cohort
        );
      }),
      ...data.actions.filter((a) => cases.get(a.caseNumber)?.teamId !== a.teamId),
    ];
    expect(wrong.map((r) => r.id)).toEqual([]);
  });
};
