// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { connectToTeams } from './teams-host';

describe('connecting to Teams', () => {
  it('outside Teams resolves to no host at once, without loading teams-js or throwing', async () => {
    const started = Date.now();
    await expect(connectToTeams(window, 4000)).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('in a frame that is not Teams gives up after the timeout instead of hanging', async () => {
    const framed = { parent: {}, opener: null } as unknown as Window;
    await expect(connectToTeams(framed, 200)).resolves.toBeNull();
  });
});
