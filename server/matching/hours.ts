// How much of a working day two people share, each working in their own time zone.
//
// Working hours are local wall times ("09:00" in Europe/Rome), so the overlap of two people in
// different zones moves when one of them changes clocks and the other has not yet: Rome and New
// York share 3 hours most of the year but 4 in the weeks of 2026-03-09 (the US is already on
// summer time) and 2026-10-26 (Europe is back on winter time). So the overlap is always computed
// for a given week, on real instants: each local day's start and end become UTC milliseconds, and
// the intervals are intersected as numbers (cal.com `packages/lib/date-ranges.ts` does the same).
//
// Time zones go through Intl only: no library, and no clock is read.

import type { WeeklyHours } from './model.js';

/** One working day as UTC milliseconds, start inclusive, end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The typical overlap, in minutes, of two people's working days in the week of `weekOf`.
 *
 * Each person's working days are the dates of that week (Monday to Sunday of their own calendar)
 * whose ISO weekday is in `days`. Every non-empty intersection of one day of the first with one
 * day of the second is a shared stretch; the result is the *median* stretch (the lower one for an
 * even count), 0 when there is none. The median rather than the minimum: it is what a pair meets
 * on an ordinary day of that week, and one odd day (a zone that changes clocks on a Friday) does
 * not decide it. Pairing days by instants rather than by weekday is what keeps Tokyo and Los
 * Angeles right: a Tokyo Tuesday morning is a Los Angeles Monday afternoon.
 *
 * `weekOf` is "YYYY-MM-DD"; a date that is not a Monday stands for the week (ISO, Monday first)
 * that contains it.
 */
export function dailyOverlapMinutes(a: WeeklyHours, b: WeeklyHours, weekOf: string): number {
  return typicalOverlap(weekIntervals(a, weekOf), weekIntervals(b, weekOf));
}

/** The median of the non-empty pairwise intersections, in whole minutes; see dailyOverlapMinutes. */
export function typicalOverlap(a: readonly Interval[], b: readonly Interval[]): number {
  const stretches: number[] = [];
  for (const x of a) {
    for (const y of b) {
      const minutes = Math.round((Math.min(x.end, y.end) - Math.max(x.start, y.start)) / MINUTE);
      if (minutes > 0) stretches.push(minutes);
    }
  }
  if (stretches.length === 0) return 0;
  stretches.sort((p, q) => p - q);
  return stretches[(stretches.length - 1) >> 1]!;
}

// Scoring one person against hundreds asks for the same week of the same schedule each time, and
// Intl is the slow part; a company has a few dozen schedules. Bounded, so a server that runs for
// years does not keep every week it ever looked at.
const weeks = new Map<string, readonly Interval[]>();
const WEEKS_KEPT = 2048;

/**
 * A person's working days in the week of `weekOf` as UTC intervals, in date order. An end at or
 * before the start is a shift that ends the next morning ("22:00"-"06:00").
 */
export function weekIntervals(hours: WeeklyHours, weekOf: string): readonly Interval[] {
  const key = `${weekOf}|${hours.timeZone}|${hours.days.join(',')}|${hours.start}|${hours.end}`;
  let intervals = weeks.get(key);
  if (!intervals) {
    if (weeks.size >= WEEKS_KEPT) weeks.clear();
    intervals = Object.freeze(computeWeek(hours, weekOf));
    weeks.set(key, intervals);
  }
  return intervals;
}

function computeWeek(hours: WeeklyHours, weekOf: string): Interval[] {
  const monday = mondayOf(weekOf);
  const start = clockMinutes(hours.start);
  let end = clockMinutes(hours.end);
  if (end <= start) end += 24 * 60;
  const intervals: Interval[] = [];
  for (let k = 0; k < 7; k++) {
    if (!hours.days.includes(k + 1)) continue;
    const midnight = monday + k * DAY; // the local date, written as if it were UTC
    intervals.push(Object.freeze({ start: toInstant(hours.timeZone, midnight + start * MINUTE), end: toInstant(hours.timeZone, midnight + end * MINUTE) }));
  }
  return intervals;
}

/** "HH:MM" (or "HH:MM:SS...", as Graph writes it) as minutes after midnight; "24:00" is allowed. */
export function clockMinutes(text: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) throw new RangeError(`not a time of day: "${text}"`);
  return minutes;
}

/** The Monday of the ISO week containing "YYYY-MM-DD", as UTC midnight milliseconds. */
function mondayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: "${date}"`);
  const isoWeekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
  return day - (isoWeekday - 1) * DAY;
}

/**
 * The instant at which the clocks of `timeZone` show `wall` (a local date-time written as UTC
 * milliseconds). Resolved as Temporal's "compatible" disambiguation: a time that happens twice (the
 * autumn hour) is the earlier one, a time that never happens (the spring gap) moves forward by the
 * gap, as a wall clock would.
 */
export function toInstant(timeZone: string, wall: number): number {
  // Offsets a day either side: clocks change at most once in two days in every zone we know of.
  const before = offsetAt(timeZone, wall - DAY);
  const after = offsetAt(timeZone, wall + DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyHolds = offsetAt(timeZone, early) === before;
  const lateHolds = offsetAt(timeZone, late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  return wall - before;
}

// Building a DateTimeFormat costs far more than using one; a tenant has a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local time minus UTC, in milliseconds, at `instant`. */
function offsetAt(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const local = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  return local - Math.floor(instant / 1000) * 1000;
}
