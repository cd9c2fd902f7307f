import { describe, expect, it } from 'vitest';
import type { TitleRule } from '../../server/org/model.js';
import { computeSeniority } from '../../server/org/seniority.js';
import { previewTitleRules } from '../../server/org/title-preview.js';
import { SANDBOX_TODAY, sandboxPeople } from './sandbox-people.js';

// The preview places again only the people a tenant rule reads (before or after): its figures
// must be exactly those of two whole runs of the seniority code.

const { people } = sandboxPeople(42, 600);

/** Moves between two whole runs, as "from>to" → people. */
function wholeRuns(current: TitleRule[], proposed: TitleRule[]) {
  const before = computeSeniority(people, { today: SANDBOX_TODAY, titleRules: current });
  const after = computeSeniority(people, { today: SANDBOX_TODAY, titleRules: proposed });
  const moves = new Map<string, number>();
  for (const p of people) {
    const [from, to] = [before.get(p.id)!.level, after.get(p.id)!.level];
    if (from !== to) moves.set(`${from}>${to}`, (moves.get(`${from}>${to}`) ?? 0) + 1);
  }
  const levels = Array.from({ length: 10 }, (_, i) => ({
    level: i + 1,
    now: people.filter((p) => before.get(p.id)!.level === i + 1).length,
    then: people.filter((p) => after.get(p.id)!.level === i + 1).length,
  }));
  return { moves, levels };
}

const asMap = (moves: { from: number; to: number; people: number }[]) =>
  new Map(moves.map((m) => [`${m.from}>${m.to}`, m.people]));

describe('the title rules preview', () => {
  const cases: [string, TitleRule[], TitleRule[]][] = [
    ['a new rule', [], [{ phrase: 'Developer', level: 6 }]],
    ['a rule removed', [{ phrase: 'Manager', level: 8 }], []],
    [
      'a rule changed and one added',
      [{ phrase: 'Engineer', level: 2 }],
      [
        { phrase: 'Engineer', level: 5 },
        { phrase: 'Direttore', level: 9 },
      ],
    ],
    ['no change', [{ phrase: 'Analyst', level: 4 }], [{ phrase: 'Analyst', level: 4 }]],
  ];
  for (const [name, current, proposed] of cases) {
    it(`gives the moves and levels of two whole runs: ${name}`, () => {
      const preview = previewTitleRules(people, current, proposed, SANDBOX_TODAY);
      const expected = wholeRuns(current, proposed);
      expect(asMap(preview.moves)).toEqual(expected.moves);
      expect(preview.levels).toEqual(expected.levels);
      expect(preview.moved).toBe([...expected.moves.values()].reduce((a, b) => a + b, 0));
      expect(preview.rules.reduce((sum, r) => sum + r.people, 0)).toBe(preview.moved);
      expect(preview.moved > 0).toBe(name !== 'no change');
    });
  }
});
