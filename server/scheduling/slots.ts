// Free meeting slots for people in different offices, as interval arithmetic: build each person's
// working ranges on real instants, intersect across people, subtract busy time and each person's
// own lunch, then walk the result on a grid (cal.com `packages/lib/date-ranges.ts`,
// `packages/lib/slots.ts`). Pure: no clock is read; wall times go through matching/hours.ts.

import { clockMinutes } from '../matching/hours.js';
import { zoneClock } from './clock.js';
import { fairnessIn, localDays } from './days.js';

/** Epoch milliseconds, start inclusive, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

export interface PersonWeek {
  timeZone: string;
  /** ISO weekdays, 1 = Monday .. 7 = Sunday, of the person's own calendar. */
  days: number[];
  /** Local "HH:MM"; an end at or before the start is a shift that ends the next morning. */
  start: string;
  end: string;
  busy: Range[];
}

export interface SlotRequest {
  /** The search window, epoch ms. */
  from: number;
  to: number;
  durationMinutes: number;
  /** Nothing starts before from + minNoticeMs. */
  minNoticeMs: number;
  /** Slot start granularity; default 15. */
  stepMinutes?: number;
  /** Local lunch hours avoided in each person's own zone; default 12:30-14:00. */
  lunch?: { start: string; end: string };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
export const DEFAULT_LUNCH = { start: '12:30', end: '14:00' };

/** Sorted, non-empty, non-overlapping ranges; touching ranges become one. */
export function normalize(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The instants in both `a` and `b`. */
export function intersect(a: readonly Range[], b: readonly Range[]): Range[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Range[] = [];
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
export function subtract(a: readonly Range[], b: readonly Range[]): Range[] {
  const cuts = normalize(b);
  const out: Range[] = [];
  let j = 0;
  for (const r of normalize(a)) {
    let start = r.start;
    // Cuts are sorted and a's ranges are too, so a cut that ends before this range ends before
    // every later one.
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

/** Each working day of `p` that meets [from, to), as UTC instants clipped to the window. */
export function workingRanges(p: PersonWeek, from: number, to: number): Range[] {
  return intersect(dailyRanges(p.timeZone, p.days, p.start, p.end, from, to), [{ start: from, end: to }]);
}

/** Local "start"-"end" on each of `days` whose range meets [from, to), unclipped (days.ts). */
function dailyRanges(timeZone: string, days: readonly number[], startText: string, endText: string, from: number, to: number): Range[] {
  return localDays(zoneClock(timeZone), days, startText, endText, from, to);
}

/** When `p` is free to meet within [from, to): working hours less busy time and lunch. */
function openRanges(p: PersonWeek, from: number, to: number, lunch: { start: string; end: string }): Range[] {
  // Unlike a shift, lunch never runs past midnight: an end not after the start is no lunch, where
  // dailyRanges would read it as a whole day.
  const noLunch = clockMinutes(lunch.end) <= clockMinutes(lunch.start);
  const lunches = noLunch ? [] : dailyRanges(p.timeZone, EVERY_DAY, lunch.start, lunch.end, from, to);
  return subtract(subtract(workingRanges(p, from, to), p.busy), lunches);
}

/**
 * Every slot of `durationMinutes` that sits inside everyone's working hours and outside everyone's
 * busy time and lunch, starting no earlier than from + minNoticeMs and ending by `to`, sorted.
 * Starts are whole multiples of the step on the UTC clock, so with a 15-minute step they read as
 * quarter hours in every zone we have (Bangalore is UTC+05:30).
 */
export function freeSlots(people: readonly PersonWeek[], req: SlotRequest): Range[] {
  const { from, to, durationMinutes, minNoticeMs, stepMinutes = 15, lunch = DEFAULT_LUNCH } = req;
  if (!(durationMinutes > 0) || !(stepMinutes > 0)) throw new RangeError('duration and step must be positive');
  if (people.length === 0) return [];
  let open: Range[] = [{ start: Math.max(from, from + minNoticeMs), end: to }];
  for (const p of people) open = intersect(open, openRanges(p, from, to, lunch));
  const step = stepMinutes * MINUTE;
  const duration = durationMinutes * MINUTE;
  const slots: Range[] = [];
  for (const r of open) {
    for (let start = Math.ceil(r.start / step) * step; start + duration <= r.end; start += step) slots.push({ start, end: start + duration });
  }
  return slots;
}

/**
 * How central `slot` sits in each person's working day, the least over people: 1 when its middle
 * is the middle of everyone's day, falling linearly to 0 at the day's edges, and halved when it
 * touches anyone's first or last hour (people arriving or leaving). 0 for anyone whose working day
 * does not contain the slot.
 */
export function fairness(slot: Range, people: readonly PersonWeek[]): number {
  return fairnessIn(slot, people.map((p) => dailyRanges(p.timeZone, p.days, p.start, p.end, slot.start - DAY, slot.end + DAY)));
}
