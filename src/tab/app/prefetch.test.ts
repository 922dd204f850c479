import { describe, expect, it, vi } from 'vitest';
import type { HomeResponse } from '../../contract/home';
import type { Endpoints } from '../api/endpoints';
import { settle, withPrefetchedHome } from './prefetch';

const home = (label: string) => ({ label }) as unknown as HomeResponse;

const endpoints = () => {
  const fromServer = vi.fn(() => Promise.resolve(home('fresh')));
  return { api: { home: fromServer } as unknown as Endpoints, fromServer };
};

describe('the home data asked for at start-up', () => {
  it('answers the first request once, then the server is asked', async () => {
    const { api, fromServer } = endpoints();
    const prefetched = withPrefetchedHome(api, settle(Promise.resolve(home('early'))));
    await expect(prefetched.home()).resolves.toEqual(home('early'));
    await expect(prefetched.home()).resolves.toEqual(home('fresh'));
    expect(fromServer).toHaveBeenCalledOnce();
  });

  it('is not used once it is stale', async () => {
    const { api, fromServer } = endpoints();
    let clock = 0;
    const prefetched = withPrefetchedHome(
      api,
      settle(Promise.resolve(home('early'))),
      () => clock,
      1000,
    );
    clock = 1000;
    await expect(prefetched.home()).resolves.toEqual(home('fresh'));
    expect(fromServer).toHaveBeenCalledOnce();
  });

  it('passes its failure to the page, which may retry', async () => {
    const { api } = endpoints();
    const prefetched = withPrefetchedHome(api, settle(Promise.reject(new Error('busy'))));
    await expect(prefetched.home()).rejects.toThrow('busy');
    await expect(prefetched.home()).resolves.toEqual(home('fresh'));
  });
});
