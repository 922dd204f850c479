import { describe, expect, it } from 'vitest';
import { ResourceBudget } from './budget.js';

describe('ResourceBudget', () => {
  it('throttles past the budget and names the seconds until enough units leave the minute', () => {
    let now = 0;
    const budget = new ResourceBudget(4, () => now);
    expect(budget.charge(2).kind).toBe('ok');
    now = 20_000;
    expect(budget.charge(2).kind).toBe('ok');
    now = 30_000;
    expect(budget.charge(1)).toMatchObject({ kind: 'throttled', retryAfterSeconds: 30 });
  });

  it('a minute later the spent units have left the window', () => {
    let now = 0;
    const budget = new ResourceBudget(2, () => now);
    budget.charge(2);
    now = 60_001;
    expect(budget.charge(2).kind).toBe('ok');
  });

  it('sends RateLimit headers only from 80% of the budget', () => {
    const budget = new ResourceBudget(10, () => 0);
    expect(budget.charge(7).headers).toEqual({});
    expect(budget.charge(1).headers).toEqual({
      'RateLimit-Limit': '10',
      'RateLimit-Remaining': '2',
      'RateLimit-Reset': '60',
    });
  });
});
