import { describe, expect, it } from 'vitest';
import { NAME_POOLS, asciiName } from '../../../server/sandbox/org/names.js';

describe('name pools', () => {
  it.each(Object.entries(NAME_POOLS))(
    'hold at least 80 distinct given names and 80 distinct surnames (%s)',
    (_, pool) => {
      const given = [...pool.female, ...pool.male].map((n) => n.text);
      const surnames = pool.surnames.map((n) => n.text);
      expect(new Set(given).size).toBe(given.length);
      expect(new Set(surnames).size).toBe(surnames.length);
      expect(given.length).toBeGreaterThanOrEqual(80);
      expect(surnames.length).toBeGreaterThanOrEqual(80);
    },
  );

  it('turn accents, apostrophes and spaces into plain lower-case ASCII for addresses', () => {
    expect(asciiName('Niccolò')).toBe('niccolo');
    expect(asciiName("D'Angelo")).toBe('dangelo');
    expect(asciiName('De Luca')).toBe('deluca');
    expect(asciiName("O'Brien")).toBe('obrien');
  });
});
