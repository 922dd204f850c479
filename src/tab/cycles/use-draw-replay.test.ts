import { describe, expect, it } from 'vitest';
import { differenceText, replaySentence } from './use-draw-replay';

const replay = { allocations: 8, exclusions: 32, differences: [], differenceCount: 0 };

describe('re-running a draw', () => {
  it('says it replays to the same allocations when it matches', () => {
    expect(replaySentence({ seed: 7, replay: { ...replay, matches: true } })).toBe(
      'The draw replays to the same 8 allocations (seed 7, 32 cases left out for the same reasons).',
    );
  });
  it('says how many differences there are, and what each is', () => {
    expect(
      replaySentence({ seed: 7, replay: { ...replay, matches: false, differenceCount: 1 } }),
    ).toBe('The draw does not replay to the kept allocation: 1 difference (seed 7).');
    expect(
      differenceText({ caseNumber: 'CF-1', field: 'auditorId', kept: 'tm1', replayed: 'tm2' }),
    ).toBe('auditorId: kept tm1, replay tm2');
  });
});
