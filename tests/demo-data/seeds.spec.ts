import { describe, expect, it } from 'vitest';
import { must } from '../../src/demo-data/directory';
import { generateDemoData, generateSmallDemoData } from '../../src/demo-data/generate';
import { invalidState } from '../../src/domain/errors';
import { addDays } from '../../src/domain/lifecycle';
import { ACTION_STATES, AUDIT_STATES } from '../../src/domain/records';
import { fail } from '../../src/domain/result';

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
      expect(new Set(data.audits.map((a) => a.state))).toEqual(new Set(AUDIT_STATES));
      expect(new Set(data.actions.map((a) => a.state))).toEqual(new Set(ACTION_STATES));
    }
  });

  it('throws with the domain’s message when a transition is refused', () => {
    expect(() => must(fail(invalidState('The audit is Closed.')), 'submit A-1')).toThrow(
      'submit A-1: The audit is Closed.',
    );
  });
});
