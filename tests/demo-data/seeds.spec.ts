import { describe, expect, it } from 'vitest';
import { COUNCIL_SHAPE } from '../../src/demo-data/council-shape';
import { must } from '../../src/demo-data/directory';
import {
  generateDemoData,
  generateSmallDemoData,
  generateWithShape,
} from '../../src/demo-data/generate';
import { RESTING_AUDIT_STATES } from '../../src/demo-data/targets';
import { invalidState } from '../../src/domain/errors';
import { addDays } from '../../src/domain/lifecycle';
import { ACTION_STATES } from '../../src/domain/records';
import { fail } from '../../src/domain/result';

/** The council's code paths (six services, deputies, actions on each area, thematic audits and
 * dip samples in turn, the archive) at a size that runs in a second or two. */
const COUNCIL_IN_MINIATURE = {
  ...COUNCIL_SHAPE,
  practitionersPerTeam: [2, 3],
  openCasesPerPractitioner: [6, 8],
  pastCycles: 14,
  casesPerAuditor: 1,
  thematicAudits: 3,
  thematicCases: 6,
  dipSamples: 4,
  dipSampleCases: 4,
  feedbackEntries: 60,
  observations: 30,
} as const;

describe('the generator on other seeds and days', () => {
  it('runs every transition without a refusal for many seeds and days (small council)', () => {
    for (let i = 0; i < 25; i++) {
      const options = { seed: (i * 2_654_435_761) >>> 0, today: addDays('2026-01-05', i * 29) };
      expect(() => generateSmallDemoData(options)).not.toThrow();
    }
  });

  it('reaches every audit and action state for other seeds and days (full council)', () => {
    for (let i = 0; i < 4; i++) {
      const data = generateDemoData({ seed: 1000 + i, today: addDays('2027-03-01', i * 61) });
      expect(new Set(data.audits.map((a) => a.state))).toEqual(new Set(RESTING_AUDIT_STATES));
      expect(new Set(data.actions.map((a) => a.state))).toEqual(new Set(ACTION_STATES));
    }
  });

  it('runs the council’s code paths without a refusal for other seeds and days', () => {
    for (let i = 0; i < 6; i++) {
      const options = { seed: 7000 + i * 977, today: addDays('2026-06-01', i * 53) };
      const data = generateWithShape(COUNCIL_IN_MINIATURE, options);
      expect(new Set(data.actions.map((a) => a.state))).toEqual(new Set(ACTION_STATES));
      expect(data.cycles.filter((c) => c.kind === 'DipSample')).toHaveLength(4);
    }
  }, 60_000);

  it('throws with the domain’s message when a transition is refused', () => {
    expect(() => must(fail(invalidState('The audit is Closed.')), 'submit A-1')).toThrow(
      'submit A-1: The audit is Closed.',
    );
  });
});
