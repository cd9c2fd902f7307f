import { describe, expect, it } from 'vitest';
import { createRandom, randomGuid } from '../../../server/sandbox/org/random.js';

const draws = (seed: number, stream: string, n = 8) => {
  const rng = createRandom(seed, stream);
  return Array.from({ length: n }, () => rng.uint32());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and stream', () => {
    expect(draws(42, 'people')).toEqual(draws(42, 'people'));
  });

  it('gives unrelated sequences for other seeds, other streams and seeds beyond 32 bits', () => {
    const base = draws(42, 'people');
    expect(draws(43, 'people')).not.toEqual(base);
    expect(draws(42, 'ids')).not.toEqual(base);
    expect(draws(42 + 2 ** 32, 'people')).not.toEqual(base);
  });

  it('draws uniformly enough in [0, 1)', () => {
    const rng = createRandom(1, 'uniform');
    const buckets = new Array<number>(10).fill(0);
    for (let k = 0; k < 100_000; k++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('makes lower-case version-4 GUIDs with the RFC 4122 variant', () => {
    const rng = createRandom(9, 'ids');
    for (let k = 0; k < 1_000; k++)
      expect(randomGuid(rng)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
