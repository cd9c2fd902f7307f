import highsLoader, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  greedyAssignment,
  solveAssignment,
  type Assignment,
  type AssignmentProblem,
} from '../../server/matching/solver/solve.js';
import { seeded } from '../helpers/random.js';

// The exact solver against an independent one: HiGHS solves the same problem as a linear
// programme. The bipartite b-matching polytope is integral, so the LP optimum is the optimum of
// the integer problem. Scores are drawn in hundredths, which the solver keeps exactly (it rounds
// to thousandths), so the totals must agree well within one hundredth, far tighter than 0.1%.

// Under NodeNext-style resolution the default export's type is not seen as callable.
const loadHighs = highsLoader as unknown as () => Promise<Highs>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** Random round: mentor capacities 0-3, about `degree` distinct candidates per mentee. */
function randomRound(seed: number, mentees: number, mentors: number, degree: number): AssignmentProblem {
  const rnd = seeded(seed);
  const mentorCapacity = Array.from({ length: mentors }, () => Math.floor(rnd() * 4));
  const edges: AssignmentProblem['edges'] = [];
  for (let i = 0; i < mentees; i++) {
    const count = Math.floor(rnd() * (2 * degree + 1));
    const taken = new Set<number>();
    for (let k = 0; k < count; k++) {
      // Half the candidates among a popular tenth of the mentors, so capacity is contested.
      const j = rnd() < 0.5 ? Math.floor(rnd() * Math.max(1, Math.floor(mentors / 10))) : Math.floor(rnd() * mentors);
      if (taken.has(j)) continue;
      taken.add(j);
      edges.push({ mentee: i, mentor: j, score: Math.round(100 + rnd() * 9_900) / 100 });
    }
  }
  return { menteeCount: mentees, mentorCapacity, edges };
}

/** The problem in CPLEX LP format: x_k for edge k, one row per mentee and per mentor. */
function lpText(p: AssignmentProblem): string {
  const byMentee: string[][] = Array.from({ length: p.menteeCount }, () => []);
  const byMentor: string[][] = p.mentorCapacity.map(() => []);
  p.edges.forEach((e, k) => {
    byMentee[e.mentee]!.push(`x${k}`);
    byMentor[e.mentor]!.push(`x${k}`);
  });
  const lines = ['Maximize', ' obj:'];
  p.edges.forEach((e, k) => lines.push(`  + ${e.score} x${k}`));
  lines.push('Subject To');
  byMentee.forEach((xs, i) => xs.length > 0 && lines.push(` e${i}: ${xs.join(' + ')} <= 1`));
  byMentor.forEach((xs, j) => xs.length > 0 && lines.push(` r${j}: ${xs.join(' + ')} <= ${p.mentorCapacity[j]}`));
  lines.push('Bounds');
  p.edges.forEach((_, k) => lines.push(` 0 <= x${k} <= 1`));
  lines.push('End');
  return lines.join('\n');
}

function lpOptimum(p: AssignmentProblem): number {
  const result = highs.solve(lpText(p), { output_flag: false });
  expect(result.Status).toBe('Optimal');
  return result.ObjectiveValue;
}

function expectFeasible(p: AssignmentProblem, a: Assignment): void {
  const load = new Array<number>(p.mentorCapacity.length).fill(0);
  const seen = new Set<number>();
  for (const pair of a.pairs) {
    expect(seen.has(pair.mentee)).toBe(false);
    seen.add(pair.mentee);
    load[pair.mentor]!++;
  }
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(p.mentorCapacity[j]!));
  expect(seen.size + a.unmatched.length).toBe(p.menteeCount);
}

describe('solveAssignment against an LP solver', () => {
  const sizes = [
    { seed: 1, mentees: 12, mentors: 5, degree: 3 },
    { seed: 2, mentees: 60, mentors: 25, degree: 5 },
    { seed: 3, mentees: 300, mentors: 100, degree: 10 },
    { seed: 4, mentees: 2_000, mentors: 600, degree: 20 },
  ];

  for (const { seed, mentees, mentors, degree } of sizes) {
    it(`reaches the LP optimum for ${mentees} mentees and ${mentors} mentors`, () => {
      const round = randomRound(seed, mentees, mentors, degree);
      const best = solveAssignment(round);
      expectFeasible(round, best);
      const optimum = lpOptimum(round);
      // Less than half a hundredth apart: equal, up to floating-point sums.
      expect(Math.abs(best.total - optimum)).toBeLessThan(0.005);
    });
  }

  it('reaches the LP optimum on many small rounds with ties and spare capacity', () => {
    for (let seed = 100; seed < 140; seed++) {
      const rnd = seeded(seed);
      const round = randomRound(seed, 3 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 6), 3);
      // Whole scores from a small range, so equal totals abound.
      round.edges = round.edges.map((e) => ({ ...e, score: 1 + Math.floor(rnd() * 4) }));
      const best = solveAssignment(round);
      expectFeasible(round, best);
      expect(best.total).toBeCloseTo(round.edges.length > 0 ? lpOptimum(round) : 0, 6);
    }
  });

  it('never does worse than greedy, and does better on a contested round', () => {
    const round = randomRound(5, 1_000, 300, 12);
    const best = solveAssignment(round);
    const greedy = greedyAssignment(round);
    expectFeasible(round, greedy);
    expect(best.total).toBeGreaterThan(greedy.total);
  });
});
