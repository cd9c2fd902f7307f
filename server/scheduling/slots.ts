// Free meeting slots for people in different offices, as interval arithmetic: build each person's
// working intervals on real instants, intersect across people, subtract busy time and each
// person's own lunch, then walk the result on a grid (cal.com `packages/lib/date-ranges.ts`,
// `packages/lib/slots.ts`). Pure: no clock is read; wall times go through server/time.

import { intersect, lastStartingBy, subtract, type Interval } from '../time/ranges.js';
import { clockMinutes, DAY, HOUR, MINUTE } from '../time/wall.js';
import { localDays } from '../time/weekly-hours.js';
import { zoneClock } from '../time/zone-clock.js';

export interface PersonWeek {
  timeZone: string;
  /** ISO weekdays, 1 = Monday .. 7 = Sunday, of the person's own calendar. */
  days: number[];
  /** Local "HH:MM"; an end at or before the start is a shift that ends the next morning. */
  start: string;
  end: string;
  busy: Interval[];
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

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
export const DEFAULT_LUNCH = { start: '12:30', end: '14:00' };

/** Each working day of `p` that meets [from, to), as UTC instants clipped to the window. */
export function workingRanges(p: PersonWeek, from: number, to: number): Interval[] {
  return intersect(dailyRanges(p.timeZone, p.days, p.start, p.end, from, to), [{ start: from, end: to }]);
}

/** Local "start"-"end" on each of `days` whose day meets [from, to), unclipped (time/weekly-hours.ts). */
function dailyRanges(
  timeZone: string,
  days: readonly number[],
  startText: string,
  endText: string,
  from: number,
  to: number,
): Interval[] {
  return localDays(zoneClock(timeZone), days, startText, endText, from, to);
}

/** When `p` is free to meet within [from, to): working hours less busy time and lunch. */
function openRanges(p: PersonWeek, from: number, to: number, lunch: { start: string; end: string }): Interval[] {
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
export function freeSlots(people: readonly PersonWeek[], req: SlotRequest): Interval[] {
  const { from, to, durationMinutes, minNoticeMs, stepMinutes = 15, lunch = DEFAULT_LUNCH } = req;
  if (!(durationMinutes > 0) || !(stepMinutes > 0)) throw new RangeError('duration and step must be positive');
  if (people.length === 0) return [];
  let open: Interval[] = [{ start: Math.max(from, from + minNoticeMs), end: to }];
  for (const p of people) open = intersect(open, openRanges(p, from, to, lunch));
  const step = stepMinutes * MINUTE;
  const duration = durationMinutes * MINUTE;
  const slots: Interval[] = [];
  for (const r of open) {
    for (let start = Math.ceil(r.start / step) * step; start + duration <= r.end; start += step)
      slots.push({ start, end: start + duration });
  }
  return slots;
}

/**
 * How central `slot` sits in each person's working day, the least over people: 1 when its middle
 * is the middle of everyone's day, falling linearly to 0 at the day's edges, and halved when it
 * touches anyone's first or last hour (people arriving or leaving). 0 for anyone whose working day
 * does not contain the slot.
 */
export function fairness(slot: Interval, people: readonly PersonWeek[]): number {
  return fairnessIn(
    slot,
    people.map((p) => dailyRanges(p.timeZone, p.days, p.start, p.end, slot.start - DAY, slot.end + DAY)),
  );
}

/**
 * fairness, given each person's working days (time/weekly-hours.ts localDays) instead of their
 * week: the least over people of how central the slot sits in their day, halved in a first or
 * last hour, 0 when a day does not contain it. The planner computes the days once per horizon.
 */
export function fairnessIn(slot: Interval, people: readonly (readonly Interval[])[]): number {
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
