import { describe, expect, it } from 'vitest';
import { emptyTitle } from './TrackerTable';

describe('an empty tracker (issue 12, item 7)', () => {
  it('says the audits are in other services, not that nothing is allocated', () => {
    expect(emptyTitle(8)).toBe("None of this cycle's 8 audits is in your service.");
    expect(emptyTitle(0)).toBe('Nothing allocated yet.');
  });
});
