import { SCORE_RESOLUTION, integerWeight, type EdgeColumns } from './problem.js';
import { openEdgeOrder } from './order.js';
import type { AssignmentProblem } from './types.js';

/**
 * A residual network in compressed form: node u's arcs are first[u]..first[u+1]-1, arc a goes to
 * head[a], its partner (the reverse arc) is rev[a]. Costs and prices are integers held in
 * float64, exact below 2^53.
 */
export interface Network {
  nodeCount: number;
  first: Int32Array;
  head: Int32Array;
  rev: Int32Array;
  residual: Int32Array;
  cost: Float64Array;
  /** Supply (+) or demand (-) per node; the solver turns it into a flow and leaves it zero. */
  excess: Int32Array;
  /** Largest |cost|, the solver's first epsilon. */
  maxCost: number;
}

export interface MatchingNetwork {
  net: Network;
  /** Input edge indices in arc order: by mentee, then mentor, then input position. */
  edgeOrder: Int32Array;
  /** The forward arc of edgeOrder[k]. */
  edgeArc: Int32Array;
}

// Prices move by at most about nodeCount * maxCost over a whole solve (Goldberg-Tarjan's bound
// summed over the scaling phases; in practice about 1.5 * maxCost). Keep that below 2^51, where
// minCostFlow checks them, so reduced costs stay exact integers in float64.
const EXACT_LIMIT = 2 ** 51;

/**
 * The round as a transportation network: each mentee supplies one unit; it flows either to a
 * mentor (cost -weight) and on to the sink, or straight to the sink (cost 0: unmatched). Mentor j
 * passes at most mentorCapacity[j] units. The sink demands one unit per mentee, so every
 * feasible flow is a b-matching and the cheapest one is the heaviest matching.
 *
 * Costs are multiplied by nodeCount + 1: a circulation that is 1-optimal on those costs is
 * optimal on the weights, since a residual cycle has at most nodeCount arcs.
 */
export function buildNetwork(p: AssignmentProblem, e: EdgeColumns): MatchingNetwork {
  const m = p.menteeCount;
  const caps = p.mentorCapacity;
  const n = caps.length;
  const sink = m + n;
  const nodeCount = m + n + 1;
  const scale = nodeCount + 1;

  const edgeOrder = openEdgeOrder(e, m, caps);
  const usable = edgeOrder.length;
  const byMentee = new Int32Array(m + 1);
  for (let t = 0; t < usable; t++) byMentee[e.mentee[edgeOrder[t]!]! + 1]!++;
  for (let i = 0; i < m; i++) byMentee[i + 1]! += byMentee[i]!;

  // Arc counts per node: a mentee has its edges and its unmatched arc; a mentor the reverses of
  // its edges and its arc to the sink; the sink the reverses of both kinds.
  const first = new Int32Array(nodeCount + 1);
  let openMentors = 0;
  for (let i = 0; i < m; i++) first[i + 1] = byMentee[i + 1]! - byMentee[i]! + 1;
  for (let j = 0; j < n; j++) if (caps[j]! > 0) openMentors++;
  for (let t = 0; t < usable; t++) first[m + e.mentor[edgeOrder[t]!]! + 1]!++;
  for (let j = 0; j < n; j++) if (caps[j]! > 0) first[m + j + 1]!++;
  first[sink + 1] = m + openMentors;
  for (let u = 0; u < nodeCount; u++) first[u + 1]! += first[u]!;

  const arcCount = first[nodeCount]!;
  const head = new Int32Array(arcCount);
  const rev = new Int32Array(arcCount);
  const residual = new Int32Array(arcCount);
  const cost = new Float64Array(arcCount);
  const next = first.slice(0, nodeCount);
  const addArc = (u: number, v: number, capacity: number, c: number): number => {
    const a = next[u]!++;
    const b = next[v]!++;
    head[a] = v;
    head[b] = u;
    rev[a] = b;
    rev[b] = a;
    residual[a] = capacity;
    cost[a] = c;
    cost[b] = -c;
    return a;
  };

  let maxWeight = 0;
  const edgeArc = new Int32Array(usable);
  for (let i = 0; i < m; i++) {
    for (let t = byMentee[i]!; t < byMentee[i + 1]!; t++) {
      const k = edgeOrder[t]!;
      const w = integerWeight(e.score[k]!);
      if (w > maxWeight) maxWeight = w;
      edgeArc[t] = addArc(i, m + e.mentor[k]!, 1, -w * scale);
    }
    addArc(i, sink, 1, 0);
  }
  for (let j = 0; j < n; j++) if (caps[j]! > 0) addArc(m + j, sink, Math.min(caps[j]!, m), 0);

  const maxCost = maxWeight * scale;
  if (maxCost * nodeCount > EXACT_LIMIT) {
    throw new RangeError(
      `${m} mentees and ${n} mentors with scores up to ${maxWeight / SCORE_RESOLUTION} are beyond exact integer arithmetic`,
    );
  }
  const excess = new Int32Array(nodeCount);
  excess.fill(1, 0, m);
  excess[sink] = -m;
  return { net: { nodeCount, first, head, rev, residual, cost, excess, maxCost }, edgeOrder, edgeArc };
}
