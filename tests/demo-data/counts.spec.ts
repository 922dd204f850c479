import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/demo-data/generate';
import { SCHEDULE_ACTIVITIES } from '../../src/domain/records';
import { about, countBy, data, SEED, TODAY } from './fixture';

const expectWithin = (value: number, [min, max]: [number, number]): void => {
  expect(value).toBeGreaterThanOrEqual(min);
  expect(value).toBeLessThanOrEqual(max);
};

describe('generateDemoData: determinism', () => {
  it('gives deep-equal data for the same seed and day', () => {
    expect(generateDemoData({ seed: SEED, today: TODAY })).toEqual(data);
  });

  it('gives different data for another seed', () => {
    const other = generateDemoData({ seed: SEED + 1, today: TODAY });
    expect(other.staff.map((s) => s.displayName)).not.toEqual(data.staff.map((s) => s.displayName));
    expect(other.audits.map((a) => a.caseNumber)).not.toEqual(data.audits.map((a) => a.caseNumber));
  });
});

describe('generateDemoData: the shape of a mid-sized council', () => {
  it('has 4 service areas, about 25 teams and about 200 staff', () => {
    expect(data.serviceAreas.map((a) => a.name)).toEqual([
      'Early Help and Front Door',
      'Children in Need and Protection',
      'Children Looked After',
      'Care Leavers and Permanence',
    ]);
    expectWithin(data.teams.length, about(25));
    expectWithin(data.staff.length, about(200));
  });

  it('fills every post: a team manager and ~6 practitioners per team, leaders once', () => {
    const roles = countBy(data.staff, (s) => s.role);
    expect(roles.get('TeamManager')).toBe(data.teams.length);
    expect(roles.get('HeadOfService')).toBe(4);
    expect(roles.get('PrincipalSocialWorker')).toBe(1);
    expect(roles.get('AssistantDirector')).toBe(1);
    expect(roles.get('Director')).toBe(1);
    expectWithin(roles.get('QALead') ?? 0, [1, 2]);
    for (const team of data.teams) {
      const members = data.staff.filter((s) => s.teamId === team.id);
      expect(members.filter((s) => s.role === 'TeamManager')).toHaveLength(1);
      expectWithin(members.filter((s) => s.role === 'Practitioner').length, [5, 8]);
      expect(members.every((s) => s.serviceAreaId === team.serviceAreaId)).toBe(true);
    }
  });

  it('has about 2,500 open cases plus some closed, each held by a practitioner of its team', () => {
    const open = data.cases.filter((c) => c.open);
    expectWithin(open.length, about(2500));
    expect(data.cases.length - open.length).toBeGreaterThan(0);
    const staff = new Map(data.staff.map((s) => [s.id, s]));
    for (const c of data.cases) {
      const worker = staff.get(c.allocatedWorkerId);
      expect(worker?.role).toBe('Practitioner');
      expect(worker?.teamId).toBe(c.teamId);
      expect(worker?.serviceAreaId).toBe(c.serviceAreaId);
    }
  });

  it('spreads cohorts sensibly per service area', () => {
    const main = (areaId: string): string => {
      const counts = countBy(
        data.cases.filter((c) => c.serviceAreaId === areaId),
        (c) => c.cohort,
      );
      return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    };
    expect(main('SA-EH')).toBe('EarlyHelp');
    expect(main('SA-CLA')).toBe('ChildLookedAfter');
    expect(main('SA-CL')).toBe('CareLeaver');
    expect(['ChildInNeed', 'ChildProtection']).toContain(main('SA-CP'));
  });

  it('has three past six-weekly cycles and a current one, a thematic audit and a dip sample', () => {
    const six = data.cycles.filter((c) => c.kind === 'CaseFileAudit');
    expect(six).toHaveLength(4);
    six.slice(1).forEach((c, i) => {
      const gap = (Date.parse(c.startDate) - Date.parse(six[i].startDate)) / 86_400_000;
      expect(gap).toBe(42);
    });
    const current = six[3];
    expect(current.startDate <= TODAY && TODAY <= current.endDate).toBe(true);
    expect(data.cycles.filter((c) => c.kind === 'Thematic')).toHaveLength(1);
    expect(data.cycles.filter((c) => c.kind === 'DipSample')).toHaveLength(1);
  });

  it('has about 60 feedback entries from every source with every sentiment', () => {
    expectWithin(data.feedback.length, about(60));
    expect(countBy(data.feedback, (f) => `${f.source}/${f.sentiment}`).size).toBe(21);
  });

  it('has about 30 observations, mostly in practice week', () => {
    expectWithin(data.observations.length, about(30));
    const settings = countBy(data.observations, (o) => o.setting);
    expect(settings.get('PracticeWeek') ?? 0).toBeGreaterThan(data.observations.length / 2);
  });

  it('has every activity of the QA schedule, with an owner and a frequency', () => {
    expect(data.schedule.map((s) => s.activity).sort()).toEqual([...SCHEDULE_ACTIVITIES].sort());
  });
});
