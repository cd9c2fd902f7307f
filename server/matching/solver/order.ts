import type { EdgeColumns } from './problem.js';

/**
 * Indices of the edges to mentors with room, ordered by mentee, then mentor, then input
 * position: two stable counting sorts, O(edges + people).
 */
export function openEdgeOrder(e: EdgeColumns, menteeCount: number, mentorCapacity: number[]): Int32Array {
  const { mentee, mentor } = e;
  const n = mentorCapacity.length;
  const byMentor = new Int32Array(n + 1);
  let open = 0;
  for (let k = 0; k < mentor.length; k++) {
    if (mentorCapacity[mentor[k]!]! > 0) {
      byMentor[mentor[k]! + 1]!++;
      open++;
    }
  }
  for (let j = 0; j < n; j++) byMentor[j + 1]! += byMentor[j]!;
  const sortedByMentor = new Int32Array(open);
  for (let k = 0; k < mentor.length; k++) {
    if (mentorCapacity[mentor[k]!]! > 0) sortedByMentor[byMentor[mentor[k]!]!++] = k;
  }
  const byMentee = new Int32Array(menteeCount + 1);
  for (const k of sortedByMentor) byMentee[mentee[k]! + 1]!++;
  for (let i = 0; i < menteeCount; i++) byMentee[i + 1]! += byMentee[i]!;
  const order = new Int32Array(open);
  for (const k of sortedByMentor) order[byMentee[mentee[k]!]!++] = k;
  return order;
}

// Which 32-bit half of a float64 holds the low bits on this machine.
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * The same indices re-ordered by score, best first, keeping the given order among equal scores.
 * A positive float64 orders like its 64 bits read as an unsigned integer, so this is a stable
 * LSD radix sort on those bits, 16 at a time: four counting passes, no comparisons.
 */
export function byScoreDescending(e: EdgeColumns, order: Int32Array): Int32Array {
  const size = order.length;
  const keys = new Float64Array(size);
  for (let t = 0; t < size; t++) keys[t] = e.score[order[t]!]!;
  const words = new Uint32Array(keys.buffer);
  let from = new Int32Array(size);
  for (let t = 0; t < size; t++) from[t] = t;
  let to = new Int32Array(size);
  const count = new Int32Array(65_537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? LOW_WORD : 1 - LOW_WORD;
    const shift = pass % 2 === 0 ? 0 : 16;
    // Digits are complemented so that larger scores come first.
    const digit = (t: number): number => 0xffff - ((words[2 * t + word]! >>> shift) & 0xffff);
    count.fill(0);
    for (let t = 0; t < size; t++) count[digit(t) + 1]!++;
    for (let d = 0; d < 65_536; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < size; i++) {
      const t = from[i]!;
      to[count[digit(t)]!++] = t;
    }
    [from, to] = [to, from];
  }
  for (let i = 0; i < size; i++) to[i] = order[from[i]!]!;
  return to;
}
