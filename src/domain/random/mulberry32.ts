/** A seeded source of uniform numbers: the domain never calls Math.random. */
export interface Rng {
  /** A uniform number in [0, 1). */
  readonly next: () => number;
  /** A uniform whole number in [0, n). */
  readonly below: (n: number) => number;
}

/** The largest seed: seeds are unsigned 32-bit whole numbers. */
export const MAX_SEED = 0xffffffff;

export const isSeed = (value: number): boolean =>
  Number.isInteger(value) && value >= 0 && value <= MAX_SEED;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit generator with a full 2^32 period, small
 * enough to read and fast enough for every draw. Same seed, same sequence, on every platform.
 */
export const mulberry32 = (seed: number): Rng => {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => Math.floor(next() * n) };
};
