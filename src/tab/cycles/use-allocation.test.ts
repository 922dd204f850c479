import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, rulesOf } from './use-allocation';
import { newCycleIssues } from './use-cycles';

describe('allocation rules', () => {
  it('moderate every audit by default, the shares as fractions', () => {
    expect(rulesOf(DEFAULT_RULES).rules).toMatchObject({
      sampleSize: { kind: 'perAuditor', casesPerAuditor: 2 },
      stratifyByCohort: true,
      excludeRecentCycles: 2,
      moderation: { share: 1, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
    });
  });
  it('refuse nonsense, field by field', () => {
    const { rules, issues } = rulesOf({
      ...DEFAULT_RULES,
      casesPerAuditor: '0',
      moderationShare: '150',
    });
    expect(rules).toBeNull();
    expect(Object.keys(issues)).toEqual(['casesPerAuditor', 'moderationShare']);
  });
});

describe('a new cycle', () => {
  it('needs a name, real dates in order, and a theme unless it is a case file audit', () => {
    expect(
      newCycleIssues({
        name: '',
        kind: 'DipSample',
        startDate: '2025-05-01',
        endDate: '2025-04-01',
        theme: '',
      }),
    ).toEqual({
      name: 'Give the cycle a name',
      endDate: 'The end must not be before the start',
      theme: 'Say what this audit looks at',
    });
  });
});
