import type { Rng } from './mulberry32';

/** A Fisher–Yates shuffle driven by the seeded generator; the input is left untouched. */
export const shuffle = <T>(items: readonly T[], rng: Rng): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const held = out[i];
    out[i] = out[j];
    out[j] = held;
  }
  return out;
};
