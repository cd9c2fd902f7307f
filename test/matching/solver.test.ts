import { describe, expect, it } from 'vitest';
import {
  greedyAssignment,
  solveAssignment,
  type Assignment,
  type AssignmentProblem,
} from '../../server/matching/solver/solve.js';

const edge = (mentee: number, mentor: number, score: number) => ({ mentee, mentor, score });

// The classic trap: greedy takes the single best edge (0-0) and leaves mentee 1 without anyone.
const trap: AssignmentProblem = {
  menteeCount: 2,
  mentorCapacity: [1, 1],
  edges: [edge(0, 0, 10), edge(0, 1, 9), edge(1, 0, 8)],
};

function menteeCounts(a: Assignment): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of a.pairs) counts.set(p.mentee, (counts.get(p.mentee) ?? 0) + 1);
  return counts;
}

describe('solveAssignment', () => {
  it('finds the heavier assignment where greedy takes the single best edge', () => {
    const best = solveAssignment(trap);
    expect(best.pairs).toEqual([edge(0, 1, 9), edge(1, 0, 8)]);
    expect(best.total).toBe(17);
  });

  it('prefers more total score to more pairs', () => {
    const best = solveAssignment({
      menteeCount: 2,
      mentorCapacity: [1, 1],
      edges: [edge(0, 0, 100), edge(0, 1, 1), edge(1, 0, 1)],
    });
    expect(best.pairs).toEqual([edge(0, 0, 100)]);
    expect(best.unmatched).toEqual([1]);
  });

  it('gives a mentor no more mentees than their capacity, keeping the best ones', () => {
    const best = solveAssignment({
      menteeCount: 3,
      mentorCapacity: [2],
      edges: [edge(0, 0, 50), edge(1, 0, 70), edge(2, 0, 60)],
    });
    expect(best.pairs).toEqual([edge(1, 0, 70), edge(2, 0, 60)]);
    expect(best.unmatched).toEqual([0]);
  });

  it('fills a mentor with capacity above one when that is best', () => {
    const best = solveAssignment({
      menteeCount: 3,
      mentorCapacity: [3, 1],
      edges: [edge(0, 0, 80), edge(1, 0, 80), edge(2, 0, 80), edge(2, 1, 10)],
    });
    expect(best.pairs.map((p) => p.mentor)).toEqual([0, 0, 0]);
    expect(best.total).toBe(240);
  });

  it('matches a mentee at most once, even when mentors have room for everyone', () => {
    const best = solveAssignment({
      menteeCount: 2,
      mentorCapacity: [5, 5, 5],
      edges: [edge(0, 0, 30), edge(0, 1, 40), edge(0, 2, 50), edge(1, 2, 20)],
    });
    expect([...menteeCounts(best).values()]).toEqual([1, 1]);
    expect(best.total).toBe(70);
  });

  it('uses one of two duplicate edges for the same pair, the better one', () => {
    const best = solveAssignment({ menteeCount: 1, mentorCapacity: [2], edges: [edge(0, 0, 5), edge(0, 0, 7)] });
    expect(best.pairs).toEqual([edge(0, 0, 7)]);
  });

  it('lists the mentees left without a mentor in ascending order', () => {
    const best = solveAssignment({
      menteeCount: 5,
      mentorCapacity: [1],
      edges: [edge(4, 0, 10), edge(2, 0, 90), edge(0, 0, 20)],
    });
    expect(best.pairs).toEqual([edge(2, 0, 90)]);
    expect(best.unmatched).toEqual([0, 1, 3, 4]);
  });

  it('returns an empty assignment for an empty round', () => {
    expect(solveAssignment({ menteeCount: 0, mentorCapacity: [], edges: [] })).toEqual({
      pairs: [],
      total: 0,
      unmatched: [],
    });
  });

  it('leaves every mentee unmatched when there are no mentors or no edges', () => {
    expect(solveAssignment({ menteeCount: 3, mentorCapacity: [], edges: [] }).unmatched).toEqual([0, 1, 2]);
    expect(solveAssignment({ menteeCount: 2, mentorCapacity: [2, 2], edges: [] }).unmatched).toEqual([0, 1]);
  });

  it('never assigns a mentee to a mentor with zero capacity', () => {
    const best = solveAssignment({
      menteeCount: 2,
      mentorCapacity: [0, 1],
      edges: [edge(0, 0, 99), edge(1, 0, 99), edge(1, 1, 5)],
    });
    expect(best.pairs).toEqual([edge(1, 1, 5)]);
    expect(best.unmatched).toEqual([0]);
  });

  it('keeps fractional scores as given and sums them into the total', () => {
    const best = solveAssignment({
      menteeCount: 2,
      mentorCapacity: [1, 1],
      edges: [edge(0, 0, 73.25), edge(1, 1, 12.125), edge(1, 0, 80.5)],
    });
    expect(best.pairs).toEqual([edge(0, 0, 73.25), edge(1, 1, 12.125)]);
    expect(best.total).toBe(85.375);
  });

  it('tells apart scores one thousandth apart', () => {
    const best = solveAssignment({
      menteeCount: 2,
      mentorCapacity: [1],
      edges: [edge(0, 0, 50.001), edge(1, 0, 50.002)],
    });
    expect(best.pairs).toEqual([edge(1, 0, 50.002)]);
  });

  it('returns the same assignment whatever the order of the edges', () => {
    const edges = [];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++) edges.push(edge(i, j, 10 + ((i * 7 + j * 3) % 5)));
    const problem = { menteeCount: 6, mentorCapacity: [2, 1, 2], edges };
    const reversed = { ...problem, edges: [...edges].reverse() };
    const first = solveAssignment(problem);
    expect(solveAssignment(problem)).toEqual(first);
    expect(solveAssignment(reversed)).toEqual(first);
  });

  it('rejects an edge that names a mentee or mentor out of range', () => {
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [1], edges: [edge(1, 0, 5)] })).toThrow(RangeError);
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [1], edges: [edge(0, 1, 5)] })).toThrow(RangeError);
  });

  it('rejects a score that is not positive and a capacity that is not a non-negative integer', () => {
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [1], edges: [edge(0, 0, 0)] })).toThrow(RangeError);
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [1], edges: [edge(0, 0, Number.NaN)] })).toThrow(
      RangeError,
    );
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [-1], edges: [] })).toThrow(RangeError);
    expect(() => solveAssignment({ menteeCount: 1, mentorCapacity: [1.5], edges: [] })).toThrow(RangeError);
  });
});

describe('greedyAssignment', () => {
  it('takes the best edge first, as a baseline should', () => {
    const greedy = greedyAssignment(trap);
    expect(greedy.pairs).toEqual([edge(0, 0, 10)]);
    expect(greedy.unmatched).toEqual([1]);
    expect(greedy.total).toBe(10);
  });

  it('respects capacities and matches a mentee at most once', () => {
    const greedy = greedyAssignment({
      menteeCount: 3,
      mentorCapacity: [2, 1],
      edges: [edge(0, 0, 9), edge(0, 1, 8), edge(1, 0, 7), edge(2, 0, 6), edge(2, 1, 5)],
    });
    expect(greedy.pairs).toEqual([edge(0, 0, 9), edge(1, 0, 7), edge(2, 1, 5)]);
  });

  it('breaks ties between equal scores by mentee, then mentor', () => {
    const greedy = greedyAssignment({
      menteeCount: 2,
      mentorCapacity: [1, 1],
      edges: [edge(1, 1, 5), edge(1, 0, 5), edge(0, 1, 5), edge(0, 0, 5)],
    });
    expect(greedy.pairs).toEqual([edge(0, 0, 5), edge(1, 1, 5)]);
  });

  it('picks what a plain comparison sort would, on a random round with fractional scores and ties', () => {
    let state = 12_345;
    const next = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
    const edges = Array.from({ length: 3_000 }, () =>
      edge(
        Math.floor(next() * 300),
        Math.floor(next() * 80),
        next() < 0.3 ? 50 : Math.round(next() * 1e6) / 1e4 + 0.001,
      ),
    );
    const problem = { menteeCount: 300, mentorCapacity: Array.from({ length: 80 }, (_, j) => j % 4), edges };
    const order = [...edges.keys()].sort(
      (x, y) =>
        edges[y]!.score - edges[x]!.score ||
        edges[x]!.mentee - edges[y]!.mentee ||
        edges[x]!.mentor - edges[y]!.mentor ||
        x - y,
    );
    const room = [...problem.mentorCapacity];
    const taken = new Set<number>();
    const expected = [];
    for (const k of order) {
      const { mentee, mentor } = edges[k]!;
      if (taken.has(mentee) || room[mentor]! === 0) continue;
      taken.add(mentee);
      room[mentor]!--;
      expected.push(edges[k]!);
    }
    expect(greedyAssignment(problem).pairs).toEqual(expected.sort((x, y) => x.mentee - y.mentee));
  });
});
