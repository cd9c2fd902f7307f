import type { Assignment, AssignmentEdge, AssignmentProblem } from './types.js';

/**
 * The exact solver works on integer weights: a score counts in thousandths, rounded to the
 * nearest (and at least one, so a tiny positive score still prefers a pair to none). Its optimum
 * is exact for these weights; measured in raw scores it is within about 0.001 per pair of the
 * raw optimum, and equal to it when scores have at most three decimals.
 */
export const SCORE_RESOLUTION = 1000;

export function integerWeight(score: number): number {
  return Math.max(1, Math.round(score * SCORE_RESOLUTION));
}

/** The edges as columns: one pass over the objects, then every later pass reads typed arrays. */
export interface EdgeColumns {
  mentee: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

/** Checks the problem, throwing a RangeError that names its first malformed part, and reads it. */
export function readProblem(p: AssignmentProblem): EdgeColumns {
  const { menteeCount, mentorCapacity, edges } = p;
  if (!Number.isInteger(menteeCount) || menteeCount < 0) {
    throw new RangeError(`menteeCount must be a non-negative integer, got ${menteeCount}`);
  }
  for (let j = 0; j < mentorCapacity.length; j++) {
    const c = mentorCapacity[j]!;
    if (!Number.isInteger(c) || c < 0)
      throw new RangeError(`mentorCapacity[${j}] must be a non-negative integer, got ${c}`);
  }
  const columns = {
    mentee: new Int32Array(edges.length),
    mentor: new Int32Array(edges.length),
    score: new Float64Array(edges.length),
  };
  for (let k = 0; k < edges.length; k++) {
    const { mentee, mentor, score } = edges[k]!;
    if (!Number.isInteger(mentee) || mentee < 0 || mentee >= menteeCount) {
      throw new RangeError(`edges[${k}].mentee ${mentee} is not in 0..${menteeCount - 1}`);
    }
    if (!Number.isInteger(mentor) || mentor < 0 || mentor >= mentorCapacity.length) {
      throw new RangeError(`edges[${k}].mentor ${mentor} is not in 0..${mentorCapacity.length - 1}`);
    }
    if (!Number.isFinite(score) || score <= 0)
      throw new RangeError(`edges[${k}].score must be a positive number, got ${score}`);
    columns.mentee[k] = mentee;
    columns.mentor[k] = mentor;
    columns.score[k] = score;
  }
  return columns;
}

/** Builds the result from the chosen edge per mentee (-1: none). */
export function assemble(edges: AssignmentEdge[], chosen: Int32Array): Assignment {
  const pairs: AssignmentEdge[] = [];
  const unmatched: number[] = [];
  let total = 0;
  for (let i = 0; i < chosen.length; i++) {
    const k = chosen[i]!;
    if (k < 0) {
      unmatched.push(i);
      continue;
    }
    const { mentee, mentor, score } = edges[k]!;
    pairs.push({ mentee, mentor, score });
    total += score;
  }
  return { pairs, total, unmatched };
}
