import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../server/matching/candidates.js';
import { candidatesInSlices } from '../../server/matching/round-run.js';
import { DEFAULT_SETTINGS } from '../../server/matching/rules.js';
import { skillRarity } from '../../server/matching/skills.js';
import { WEEK, randomRound } from './people.js';

// The round job walks the mentees in slices (a turn for the event loop between them): it must
// find exactly what one walk over everyone finds.

describe('the rules-and-scores walk in slices', () => {
  it('finds the same candidates and counts as one walk, whatever the slice', async () => {
    const round = randomRound(7, { mentors: 60, mentees: 130 });
    const ctx = {
      kind: 'mentoring' as const,
      settings: DEFAULT_SETTINGS,
      org: round.org,
      pastPairs: round.pastPairs,
      weekOf: WEEK,
      rarity: skillRarity(round.mentors),
    };
    const whole = candidatePairs(round.mentors, round.mentees, ctx);
    expect(whole.edges.length).toBeGreaterThan(0);
    for (const slice of [1, 7, 50, 1000]) {
      const done: number[] = [];
      const sliced = await candidatesInSlices(round.mentors, round.mentees, ctx, async (d) => void done.push(d), slice);
      expect(sliced.edges).toEqual(whole.edges);
      expect(sliced.excluded).toEqual(whole.excluded);
      expect(done.at(-1)).toBe(1);
      expect(done).toHaveLength(Math.ceil(round.mentees.length / slice));
    }
  });
});
