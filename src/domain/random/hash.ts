/**
 * FNV-1a, 32-bit: turns a text key (say a case number) into a seed, so that a choice made for
 * that key is the same every time it is made.
 */
export const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};
