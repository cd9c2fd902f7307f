import { minCostFlow } from './cost-scaling.js';
import { buildNetwork } from './network.js';
import { byScoreDescending, openEdgeOrder } from './order.js';
import { assemble, readProblem } from './problem.js';
import type { Assignment, AssignmentProblem } from './types.js';

export type { Assignment, AssignmentEdge, AssignmentProblem } from './types.js';
export { SCORE_RESOLUTION } from './problem.js';

/**
 * The programme round's optimum: the assignment with the largest total score such that each
 * mentee has at most one mentor and mentor j at most mentorCapacity[j] mentees. Leaving a mentee
 * unmatched is allowed. Exact for scores in thousandths (see SCORE_RESOLUTION); deterministic,
 * and independent of the order of the edges. Throws a RangeError on a malformed problem.
 */
export function solveAssignment(p: AssignmentProblem): Assignment {
  const columns = readProblem(p);
  const { net, edgeOrder, edgeArc } = buildNetwork(p, columns);
  minCostFlow(net);
  const chosen = new Int32Array(p.menteeCount).fill(-1);
  for (let t = 0; t < edgeOrder.length; t++) {
    const k = edgeOrder[t]!;
    if (net.residual[edgeArc[t]!] === 0) chosen[columns.mentee[k]!] = k;
  }
  return assemble(p.edges, chosen);
}

/**
 * The baseline a human would write: take edges best first (ties by mentee, then mentor, then
 * input order) while both sides have room. Often several percent below the optimum.
 */
export function greedyAssignment(p: AssignmentProblem): Assignment {
  const columns = readProblem(p);
  const order = byScoreDescending(columns, openEdgeOrder(columns, p.menteeCount, p.mentorCapacity));
  const room = Int32Array.from(p.mentorCapacity, (c) => Math.min(c, p.menteeCount));
  const chosen = new Int32Array(p.menteeCount).fill(-1);
  for (const k of order) {
    const mentee = columns.mentee[k]!;
    const mentor = columns.mentor[k]!;
    if (chosen[mentee] === -1 && room[mentor]! > 0) {
      chosen[mentee] = k;
      room[mentor]!--;
    }
  }
  return assemble(p.edges, chosen);
}
