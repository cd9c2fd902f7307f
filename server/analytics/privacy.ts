import type { Cell, Shown, Suppressed } from './schemas.js';

// The group-size rule, applied where the API builds its answer: a figure that describes fewer
// people than the tenant's limit is never sent, only the reason it is missing. Pure: it takes
// counts the database aggregated, never rows about people.

export const SUPPRESSED: Suppressed = { suppressed: true, reason: 'group_too_small' };

/** The smallest limit any tenant may have (issue 12: 5 people; a tenant may only raise it). */
export const MIN_GROUP_FLOOR = 5;

/** `value` over a group of `people`, or suppressed when the group is under `limit` (or value is not a number). */
export function cell(value: number | null | undefined, people: number, limit: number): Cell {
  if (people < Math.max(limit, MIN_GROUP_FLOOR) || value === null || value === undefined || !Number.isFinite(value))
    return SUPPRESSED;
  return { value, people };
}

/** A count of people: the group is the people counted. */
export const countCell = (count: number, limit: number): Cell => cell(count, count, limit);

/** `part / whole` where the figure describes the `people` of the part's group. */
export const shareCell = (part: number, whole: number, people: number, limit: number): Cell =>
  whole > 0 ? cell(part / whole, people, limit) : SUPPRESSED;

export const isShown = (c: Cell): c is Shown => !('suppressed' in c);

/**
 * Secondary suppression for the groups of one breakdown whose total is shown elsewhere: with a
 * single group suppressed, the total minus the others would give it back, so the smallest shown
 * group is suppressed too. Answers the indexes to suppress (those already suppressed included).
 */
export function breakdownSuppression(counts: readonly number[], limit: number): Set<number> {
  const hidden = new Set(counts.flatMap((n, i) => (n < Math.max(limit, MIN_GROUP_FLOOR) ? [i] : [])));
  if (hidden.size === 1 && counts.length > 1) {
    let smallest = -1;
    counts.forEach((n, i) => {
      if (!hidden.has(i) && (smallest < 0 || n < counts[smallest]!)) smallest = i;
    });
    if (smallest >= 0) hidden.add(smallest);
  }
  return hidden;
}
