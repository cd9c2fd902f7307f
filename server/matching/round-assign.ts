import type { MentorSlot, Participant, RuleViolation, ScoredPair } from './model.js';
import type { RuleCounts, UnmatchedReason } from './round-schemas.js';
import type { ThreadAnswer } from './solver/in-thread.js';
import { greedyAssignment, solveAssignment, type Assignment, type AssignmentProblem } from './solver/solve.js';

// A round's assignment with HR's choices: a locked pair is forced (its mentee leaves the problem
// and its mentor has one place fewer), an excluded pair's edge is removed. The optimum and
// greedy's baseline are then taken over the same remaining edges and places, each with the locked
// pairs' scores added, so the two totals compare like with like. Pure: no database, no clock.

export interface AssignInput {
  mentees: readonly Participant[];
  /** Mentors with a free place (load < capacity). */
  mentors: readonly MentorSlot[];
  /** candidatePairs' edges: each mentee's best mentors under the hard rules. */
  edges: readonly ScoredPair[];
  /** Locks already checked against the rules and places (lockable), scored. */
  locks: readonly ScoredPair[];
  /** Excluded pairs as "mentorId|menteeId". */
  exclusions: ReadonlySet<string>;
  /** candidatePairs' counts of mentors each rule kept away, by mentee. */
  excluded: ReadonlyMap<string, ReadonlyMap<RuleViolation, number>>;
}

export interface AssignedPair extends ScoredPair {
  locked: boolean;
}

export interface AssignOutput {
  /** Best first (ties: mentee id), locked pairs among them. */
  pairs: AssignedPair[];
  unmatched: { menteeId: string; reason: UnmatchedReason; excluded: RuleCounts }[];
  total: number;
  greedyTotal: number;
  solveMs: number;
  /** Candidate edges HR's exclusions removed. */
  excludedByHr: number;
  ruleCounts: RuleCounts;
  unmatchedRuleCounts: RuleCounts;
}

export const pairKey = (mentorId: string, menteeId: string): string => `${mentorId}|${menteeId}`;

/** Works out the exact and greedy assignments: here (solveHere), or in a worker thread (solveInThread). */
export type Solve = (p: AssignmentProblem) => Promise<ThreadAnswer>;

const columns = (a: Assignment) => ({
  mentee: Int32Array.from(a.pairs, (x) => x.mentee),
  mentor: Int32Array.from(a.pairs, (x) => x.mentor),
  total: a.total,
});

/** In the calling thread. */
export const solveHere: Solve = (p) => {
  const started = performance.now();
  const best = columns(solveAssignment(p));
  const solveMs = Math.round(performance.now() - started);
  return Promise.resolve({ best, greedy: columns(greedyAssignment(p)), solveMs });
};

export async function assignWithChoices(input: AssignInput, solve: Solve = solveHere): Promise<AssignOutput> {
  const lockedMentee = new Set(input.locks.map((l) => l.menteeId));
  const lockedPlaces = new Map<string, number>();
  for (const l of input.locks) lockedPlaces.set(l.mentorId, (lockedPlaces.get(l.mentorId) ?? 0) + 1);

  const mentees = input.mentees.filter((m) => !lockedMentee.has(m.id));
  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(input.mentors.map((m, i) => [m.participant.id, i]));
  const capacity = input.mentors.map((m) =>
    Math.max(0, m.capacity - m.load - (lockedPlaces.get(m.participant.id) ?? 0)),
  );

  let excludedByHr = 0;
  const lostToHr = new Set<string>();
  const kept: ScoredPair[] = [];
  for (const e of input.edges) {
    if (lockedMentee.has(e.menteeId)) continue;
    if (input.exclusions.has(pairKey(e.mentorId, e.menteeId))) {
      excludedByHr++;
      lostToHr.add(e.menteeId);
      continue;
    }
    kept.push(e);
  }
  const problem = {
    menteeCount: mentees.length,
    mentorCapacity: capacity,
    edges: kept.map((e) => ({
      mentee: menteeIndex.get(e.menteeId)!,
      mentor: mentorIndex.get(e.mentorId)!,
      score: e.score,
    })),
  };
  const { best, greedy, solveMs } = await solve(problem);

  const byPair = new Map(kept.map((e) => [pairKey(e.mentorId, e.menteeId), e]));
  const lockedTotal = input.locks.reduce((s, l) => s + l.score, 0);
  const pairs: AssignedPair[] = [
    ...input.locks.map((l) => ({ ...l, locked: true })),
    ...Array.from(best.mentee, (i, k) => ({
      ...byPair.get(pairKey(input.mentors[best.mentor[k]!]!.participant.id, mentees[i]!.id))!,
      locked: false,
    })),
  ].sort((a, b) => b.score - a.score || (a.menteeId < b.menteeId ? -1 : a.menteeId > b.menteeId ? 1 : 0));

  const withEdges = new Set(kept.map((e) => e.menteeId));
  const ruleCounts: RuleCounts = {};
  const unmatchedRuleCounts: RuleCounts = {};
  const add = (into: RuleCounts, counts: ReadonlyMap<RuleViolation, number> | undefined) => {
    for (const [rule, n] of counts ?? []) into[rule] = (into[rule] ?? 0) + n;
  };
  for (const m of input.mentees) add(ruleCounts, input.excluded.get(m.id));
  const matched = new Uint8Array(mentees.length);
  for (const i of best.mentee) matched[i] = 1;
  const unmatched = mentees.flatMap((m, i) => {
    if (matched[i]) return [];
    const id = m.id;
    const counts = input.excluded.get(id);
    add(unmatchedRuleCounts, counts);
    const reason: UnmatchedReason = withEdges.has(id)
      ? 'places_taken'
      : lostToHr.has(id)
        ? 'excluded_by_hr'
        : 'no_eligible_mentor';
    return [{ menteeId: id, reason, excluded: Object.fromEntries(counts ?? []) as RuleCounts }];
  });
  return {
    pairs,
    unmatched,
    total: round2(best.total + lockedTotal),
    greedyTotal: round2(greedy.total + lockedTotal),
    solveMs,
    excludedByHr,
    ruleCounts,
    unmatchedRuleCounts,
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
