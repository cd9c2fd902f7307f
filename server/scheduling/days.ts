// Working days over a whole planning horizon, computed once per schedule and then queried by
// binary search: the planner asks for each occurrence of each candidate series, far too often to
// go through Intl each time. Local dates are walked as UTC midnights with two days' margin either
// side, since no zone is more than 14 hours from UTC. slots.ts builds on the same functions.

import { clockMinutes } from '../matching/hours.js';
import type { Range } from './slots.js';
import type { ZoneClock } from './clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Local `start`-`end` on each ISO weekday in `days` whose range meets [from, to), unclipped and
 * unmerged, in order: slots.ts dailyRanges. An end at or before the start ends the next day.
 */
export function localDays(clock: ZoneClock, days: readonly number[], startText: string, endText: string, from: number, to: number): Range[] {
  const start = clockMinutes(startText);
  let end = clockMinutes(endText);
  if (end <= start) end += 24 * 60;
  const out: Range[] = [];
  for (let midnight = Math.floor(from / DAY) * DAY - 2 * DAY; midnight < to + 2 * DAY; midnight += DAY) {
    const isoWeekday = ((new Date(midnight).getUTCDay() + 6) % 7) + 1;
    if (!days.includes(isoWeekday)) continue;
    const range = { start: clock.instant(midnight + start * MINUTE), end: clock.instant(midnight + end * MINUTE) };
    if (range.end > from && range.start < to) out.push(range);
  }
  return out;
}

/** The last of `sorted` (by start) that starts at or before `at`, if any. */
function lastStartingBy(sorted: readonly Range[], at: number): Range | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** Whether `slot` lies inside one of `ranges`, which are sorted and do not overlap. */
export function contains(ranges: readonly Range[], slot: Range): boolean {
  const r = lastStartingBy(ranges, slot.start);
  return r !== undefined && slot.end <= r.end;
}

/**
 * slots.ts fairness, given each person's working days (from localDays) instead of their week:
 * the least over people of how central the slot sits in their day, halved in a first or last hour,
 * 0 when a day does not contain it.
 */
export function fairnessIn(slot: Range, people: readonly (readonly Range[])[]): number {
  let least = 1;
  for (const days of people) {
    const day = lastStartingBy(days, slot.start);
    if (!day || slot.end > day.end) return 0;
    const position = ((slot.start + slot.end) / 2 - day.start) / (day.end - day.start);
    let score = 1 - 2 * Math.abs(position - 0.5);
    if (slot.start < day.start + HOUR || slot.end > day.end - HOUR) score /= 2;
    least = Math.min(least, score);
  }
  return least;
}
