import { describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { countBy } from './fixture';

const small = generateSmallDemoData();

describe('generateSmallDemoData', () => {
  it('is deterministic', () => {
    expect(generateSmallDemoData()).toEqual(small);
  });

  it('has 1 service area, 3 teams, about 25 staff and about 60 cases', () => {
    expect(small.serviceAreas).toHaveLength(1);
    expect(small.teams).toHaveLength(3);
    expect(small.staff.length).toBeGreaterThanOrEqual(22);
    expect(small.staff.length).toBeLessThanOrEqual(28);
    expect(small.cases.length).toBeGreaterThanOrEqual(54);
    expect(small.cases.length).toBeLessThanOrEqual(75);
  });

  it('has one past case file audit cycle and a current one, with audits run through', () => {
    expect(small.cycles.map((c) => c.kind)).toEqual(['CaseFileAudit', 'CaseFileAudit']);
    const byCycle = countBy(small.audits, (a) => a.cycleId);
    expect(byCycle.size).toBe(2);
    expect(small.actions.length).toBeGreaterThan(0);
    expect(small.moderations.length).toBeGreaterThan(0);
  });
});
