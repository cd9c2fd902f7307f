import type { Network } from './network.js';
import { createUpdateSpace, updatePrices, type UpdateSpace } from './price-update.js';

// Epsilon shrinks by this factor per phase (Goldberg 1997 and LEMON use 8-16).
const ALPHA = 16;
// A global price update after this many relabels per node: each costs about one pass over the
// arcs and saves many relabels (on the benchmark round 0.5 was slower and 2 no faster).
const RELABELS_PER_UPDATE = 1;

interface State {
  net: Network;
  pi: Float64Array;
  cur: Int32Array;
  queue: Int32Array;
  space: UpdateSpace;
}

/**
 * Minimum-cost flow by cost scaling (Goldberg and Tarjan; Goldberg 1997, "An efficient
 * implementation of a scaling minimum-cost flow algorithm"): each phase turns an
 * (ALPHA * eps)-optimal flow into an eps-optimal one by FIFO push-relabel with push look-ahead
 * and global price updates, down to eps = 1, which is optimal for costs scaled as buildNetwork
 * scales them: O(log_ALPHA(nC)) phases, each O(n^3) in the worst case with FIFO order and in
 * practice a few passes over the arcs on matching rounds. No recursion; arcs and nodes are
 * visited in index order, so the result is deterministic. Leaves the flow in net.residual and
 * every excess at zero.
 */
export function minCostFlow(net: Network): void {
  const n = net.nodeCount;
  const state: State = {
    net,
    pi: new Float64Array(n),
    cur: new Int32Array(n),
    queue: new Int32Array(n),
    space: createUpdateSpace(n),
  };
  let eps = net.maxCost;
  do {
    eps = Math.max(1, Math.floor(eps / ALPHA));
    refine(state, eps);
    assertExact(state.pi);
  } while (eps > 1);
}

// buildNetwork keeps costs far enough below 2^53 that prices (about 1.5 x maxCost on the
// benchmark round) stay exact, with room for a reduced cost's sum of three terms. This checks
// it, at O(n) a phase, rather than trusting the bound.
const PRICE_LIMIT = 2 ** 51;

function assertExact(pi: Float64Array): void {
  for (let v = 0; v < pi.length; v++) {
    const p = pi[v]!;
    if (!(p > -PRICE_LIMIT && p < PRICE_LIMIT)) {
      throw new RangeError('cost scaling: prices left the range of exact integers');
    }
  }
}

/** The highest price for v that keeps every residual arc out of it eps-optimal, less eps. */
function relabel(net: Network, pi: Float64Array, v: number, eps: number): number {
  const { first, head, residual, cost } = net;
  let best = -Infinity;
  const end = first[v + 1]!;
  for (let b = first[v]!; b < end; b++) {
    if (residual[b]! > 0) {
      const value = pi[head[b]!]! - cost[b]!;
      if (value > best) best = value;
    }
  }
  // A node without residual arcs keeps its price. An active node always has one (a path to a
  // deficit), and so does every node look-ahead reaches in a matching network.
  if (best === -Infinity) return pi[v]!;
  const price = best - eps;
  pi[v] = price;
  return price;
}

function refine(s: State, eps: number): void {
  const { net, pi, cur, queue, space } = s;
  const { nodeCount, first, head, rev, residual, cost, excess } = net;

  // Saturate every arc with a negative reduced cost: the pseudoflow is then 0-optimal.
  for (let u = 0; u < nodeCount; u++) {
    const pu = pi[u]!;
    const end = first[u + 1]!;
    for (let a = first[u]!; a < end; a++) {
      const r = residual[a]!;
      if (r > 0 && cost[a]! + pu - pi[head[a]!]! < 0) {
        residual[a] = 0;
        residual[rev[a]!]! += r;
        excess[u]! -= r;
        excess[head[a]!]! += r;
      }
    }
  }

  let qHead = 0;
  let qSize = 0;
  for (let u = 0; u < nodeCount; u++) {
    if (excess[u]! > 0) queue[qSize++] = u;
  }
  if (qSize === 0) return;
  updatePrices(net, pi, eps, space);
  cur.set(first.subarray(0, nodeCount));

  const relabelBudget = RELABELS_PER_UPDATE * nodeCount;
  let relabels = 0;
  while (qSize > 0) {
    const v = queue[qHead]!;
    qHead = qHead + 1 === nodeCount ? 0 : qHead + 1;
    qSize--;

    // Discharge v: push along admissible arcs (residual, reduced cost < 0); relabel when none.
    let ex = excess[v]!;
    let pv = pi[v]!;
    const end = first[v + 1]!;
    let a = cur[v]!;
    for (;;) {
      for (; a < end; a++) {
        const r = residual[a]!;
        if (r === 0) continue;
        const w = head[a]!;
        if (cost[a]! + pv - pi[w]! >= 0) continue;
        if (excess[w]! >= 0) {
          // Look-ahead: if w has no admissible arc to pass the flow on, relabel w rather than
          // push flow that would come straight back.
          const wEnd = first[w + 1]!;
          const pw = pi[w]!;
          let c = cur[w]!;
          while (c < wEnd && (residual[c] === 0 || cost[c]! + pw - pi[head[c]!]! >= 0)) c++;
          if (c < wEnd) cur[w] = c;
          else {
            relabel(net, pi, w, eps);
            cur[w] = first[w]!;
            relabels++;
            if (cost[a]! + pv - pi[w]! >= 0) continue;
          }
        }
        const delta = r < ex ? r : ex;
        residual[a] = r - delta;
        residual[rev[a]!]! += delta;
        const ew = excess[w]!;
        excess[w] = ew + delta;
        if (ew <= 0 && ew + delta > 0) {
          let tail = qHead + qSize;
          if (tail >= nodeCount) tail -= nodeCount;
          queue[tail] = w;
          qSize++;
        }
        ex -= delta;
        if (ex === 0) break;
      }
      if (ex === 0) break;
      pv = relabel(net, pi, v, eps);
      a = first[v]!;
      relabels++;
    }
    excess[v] = 0;
    cur[v] = a;

    if (relabels >= relabelBudget && qSize > 0) {
      updatePrices(net, pi, eps, space);
      cur.set(first.subarray(0, nodeCount));
      relabels = 0;
    }
  }
}
