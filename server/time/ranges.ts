// Interval arithmetic on instants: build ranges, intersect across people, subtract busy time
// (cal.com `packages/lib/date-ranges.ts`). Pure: numbers in, numbers out.

/** A stretch of time: epoch milliseconds, start inclusive, end exclusive. The one name for it. */
export interface Interval {
  start: number;
  end: number;
}

/** Sorted, non-empty, non-overlapping intervals; touching intervals become one. */
export function normalize(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
  const out: Interval[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The instants in both `a` and `b`. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (end > start) out.push({ start, end });
    if (p.end < q.end) i++;
    else j++;
  }
  return out;
}

/** The instants in `a` and not in `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const cuts = normalize(b);
  const out: Interval[] = [];
  let j = 0;
  for (const r of normalize(a)) {
    let start = r.start;
    // Cuts are sorted and a's intervals are too, so a cut that ends before this interval ends
    // before every later one.
    while (j < cuts.length && cuts[j]!.end <= start) j++;
    for (let k = j; k < cuts.length && cuts[k]!.start < r.end; k++) {
      const cut = cuts[k]!;
      if (cut.start > start) out.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < r.end) out.push({ start, end: r.end });
  }
  return out;
}

/** The last of `sorted` (by start) that starts at or before `at`, if any: a binary search. */
export function lastStartingBy(sorted: readonly Interval[], at: number): Interval | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** Whether `slot` lies inside one of `intervals`, which are sorted and do not overlap. */
export function contains(intervals: readonly Interval[], slot: Interval): boolean {
  const r = lastStartingBy(intervals, slot.start);
  return r !== undefined && slot.end <= r.end;
}
