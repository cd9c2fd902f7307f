import type { Network } from './network.js';

/** Scratch arrays for price updates, allocated once per solve. */
export interface UpdateSpace {
  dist: Int32Array;
  bucket: Int32Array;
  next: Int32Array;
  prev: Int32Array;
  done: Uint8Array;
}

const UNSEEN = 0x7fffffff;

export function createUpdateSpace(nodeCount: number): UpdateSpace {
  return {
    dist: new Int32Array(nodeCount),
    // Distances past this are rare; a node beyond it is treated as unscanned, which stays valid.
    bucket: new Int32Array(2 * nodeCount + 2),
    next: new Int32Array(nodeCount),
    prev: new Int32Array(nodeCount),
    done: new Uint8Array(nodeCount),
  };
}

/**
 * Goldberg's global price update: with arc lengths floor(reducedCost / eps) + 1, which are never
 * negative in an eps-optimal pseudoflow, find each node's distance d to a node with a deficit
 * (Dial's buckets, walking the residual arcs backwards) and lower its price by eps * d. Every
 * node with excess then has an admissible path to a deficit and eps-optimality holds. The search
 * stops once all excess has been reached; nodes not reached by then take that distance, which
 * still bounds their true one from below.
 */
export function updatePrices(net: Network, pi: Float64Array, eps: number, s: UpdateSpace): void {
  const { nodeCount, first, head, rev, residual, cost, excess } = net;
  const { dist, bucket, next, prev, done } = s;
  const bucketCount = bucket.length;
  dist.fill(UNSEEN);
  done.fill(0);
  bucket.fill(-1);

  const insert = (v: number, d: number): void => {
    const h = bucket[d]!;
    next[v] = h;
    prev[v] = -1;
    if (h >= 0) prev[h] = v;
    bucket[d] = v;
    dist[v] = d;
  };
  const remove = (v: number): void => {
    const p = prev[v]!;
    const q = next[v]!;
    if (p >= 0) next[p] = q;
    else bucket[dist[v]!] = q;
    if (q >= 0) prev[q] = p;
  };

  let remaining = 0;
  for (let v = 0; v < nodeCount; v++) {
    const e = excess[v]!;
    if (e > 0) remaining += e;
    else if (e < 0) insert(v, 0);
  }
  if (remaining === 0) return;

  let top = 0;
  let k = 0;
  search: for (; k < bucketCount; k++) {
    for (let w = bucket[k]!; w >= 0; w = bucket[k]!) {
      remove(w);
      done[w] = 1;
      const e = excess[w]!;
      if (e > 0) {
        remaining -= e;
        if (remaining === 0) break search;
      }
      const pw = pi[w]!;
      const end = first[w + 1]!;
      for (let b = first[w]!; b < end; b++) {
        const v = head[b]!;
        if (done[v] === 1) continue;
        const a = rev[b]!;
        if (residual[a] === 0) continue;
        const d = k + Math.floor((cost[a]! + pi[v]! - pw) / eps) + 1;
        if (d < dist[v]! && d < bucketCount) {
          if (dist[v] !== UNSEEN) remove(v);
          insert(v, d);
          if (d > top) top = d;
        }
      }
    }
    if (k >= top) break;
  }

  for (let v = 0; v < nodeCount; v++) {
    const d = done[v] === 1 ? dist[v]! : k;
    if (d > 0) pi[v] = pi[v]! - eps * d;
  }
}
