import { describe, expect, it } from 'vitest';
import { fnv1a } from './hash';

describe('fnv1a', () => {
  // Test vectors from the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv): 32-bit FNV-1a.
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives different seeds for different case numbers', () => {
    expect(fnv1a('CF-100234')).not.toBe(fnv1a('CF-100235'));
  });
});
