import { describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';

const data = generateSmallDemoData();

describe('the demo’s thematic audit and dip sample', () => {
  it('has a completed thematic audit led by the QA lead and a dip sample shared by a head of service', () => {
    const roleOf = (id: string) => data.staff.find((s) => s.id === id)?.role;
    const thematic = data.reviews.at(0);
    const dip = data.reviews.at(1);
    if (thematic === undefined || dip === undefined) throw new Error('no demo reviews');
    expect([thematic.kind, thematic.state, roleOf(thematic.ownerId)]).toEqual([
      'ThematicAudit',
      'Completed',
      'QALead',
    ]);
    expect([dip.kind, dip.state, roleOf(dip.ownerId)]).toEqual([
      'DipSample',
      'Shared',
      'HeadOfService',
    ]);
  });

  it('samples open cases of the register by case number only, each answered', () => {
    const open = new Set(data.cases.filter((c) => c.open).map((c) => c.caseNumber));
    for (const review of data.reviews) {
      expect(review.sample.length).toBeGreaterThan(0);
      for (const n of review.sample) expect(open.has(n)).toBe(true);
      expect(review.answers.map((a) => a.caseNumber)).toEqual(review.sample);
    }
  });

  it('names no member of staff or child in its text', () => {
    const text = JSON.stringify(data.reviews);
    for (const s of data.staff) expect(text).not.toContain(s.displayName);
  });
});
