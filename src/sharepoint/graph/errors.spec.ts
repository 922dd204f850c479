import { describe, expect, it } from 'vitest';
import { checkResponse, GraphRequestError } from './errors';

const failed =
  (status: number, code = 'x', headers: Record<string, string> = {}) =>
  () =>
    checkResponse({ status, headers, body: { error: { code, message: 'm' } } }, 'op');

describe('the one error check', () => {
  it('passes 2xx responses through', () => {
    expect(checkResponse({ status: 204, headers: {}, body: undefined }, 'op').status).toBe(204);
  });

  it.each([
    [400, 'invalid'],
    [403, 'unavailable'],
    [404, 'not-found'],
    [409, 'conflict'],
    [412, 'conflict'],
    [429, 'throttled'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ])('maps %i to the store reason %s', (status, reason) => {
    expect(failed(status)).toThrow(expect.objectContaining({ reason }) as Error);
  });

  it('keeps the status, the Graph code and how long to wait', () => {
    try {
      failed(429, 'activityLimitReached', { 'retry-after': '3' })();
    } catch (error) {
      expect(error).toBeInstanceOf(GraphRequestError);
      expect(error).toMatchObject({
        status: 429,
        graphCode: 'activityLimitReached',
        retryAfterMs: 3000,
      });
      return;
    }
    throw new Error('expected a throw');
  });
});
