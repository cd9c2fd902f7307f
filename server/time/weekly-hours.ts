// A person's working week, and the working days it gives on real instants: over one week (for
// matching's overlap of two schedules) or over a whole horizon (for planning meeting series).
//
// Working hours are local wall times ("09:00" in Europe/Rome), so the same schedule gives
// different instants from week to week when the zone changes clocks; each local day's start and
// end become UTC milliseconds through the zone (offsets.ts, zone-clock.ts).

import type { Interval } from './ranges.js';
import { toInstant } from './offsets.js';
import type { ZoneClock } from './zone-clock.js';
import { DAY, MINUTE, clockMinutes, isoWeekday, mondayWall, parseDate } from './wall.js';

export interface WeeklyHours {
  /** IANA name, e.g. "Europe/Rome", or an Outlook custom zone's rule string (zones.ts). */
  timeZone: string;
  /** ISO weekdays worked, 1 = Monday .. 7 = Sunday. */
  days: number[];
  /** Local "HH:MM"; an end at or before the start is a shift that ends the next morning. */
  start: string;
  end: string;
}

// Scoring one person against hundreds asks for the same week of the same schedule each time, and
// converting times is the slow part; a company has a few dozen schedules. Bounded, so a server
// that runs for years does not keep every week it ever looked at.
const weeks = new Map<string, readonly Interval[]>();
const WEEKS_KEPT = 2048;

/**
 * A person's working days in the week of `weekOf` as UTC intervals, in date order, frozen and
 * shared between callers. `weekOf` is "YYYY-MM-DD"; a date that is not a Monday stands for the
 * week (ISO, Monday first) that contains it.
 */
export function weekIntervals(hours: WeeklyHours, weekOf: string): readonly Interval[] {
  const key = `${weekOf}|${hours.timeZone}|${hours.days.join(',')}|${hours.start}|${hours.end}`;
  let intervals = weeks.get(key);
  if (!intervals) {
    if (weeks.size >= WEEKS_KEPT) weeks.clear();
    const monday = mondayWall(parseDate(weekOf));
    const [start, end] = shift(hours.start, hours.end);
    const days: Interval[] = [];
    for (let k = 0; k < 7; k++) {
      if (!hours.days.includes(k + 1)) continue;
      const midnight = monday + k * DAY;
      days.push(
        Object.freeze({
          start: toInstant(hours.timeZone, midnight + start),
          end: toInstant(hours.timeZone, midnight + end),
        }),
      );
    }
    intervals = Object.freeze(days);
    weeks.set(key, intervals);
  }
  return intervals;
}

/**
 * Local `start`-`end` on each ISO weekday in `days` whose interval meets [from, to), unclipped and
 * unmerged, in order: a schedule's working days over a whole horizon, computed once and then
 * searched (ranges.ts contains). Local dates are walked as UTC midnights with two days' margin
 * either side, since no zone is more than 14 hours from UTC.
 */
export function localDays(
  clock: ZoneClock,
  days: readonly number[],
  startText: string,
  endText: string,
  from: number,
  to: number,
): Interval[] {
  const [start, end] = shift(startText, endText);
  const out: Interval[] = [];
  for (let midnight = Math.floor(from / DAY) * DAY - 2 * DAY; midnight < to + 2 * DAY; midnight += DAY) {
    if (!days.includes(isoWeekday(midnight))) continue;
    const day = { start: clock.instant(midnight + start), end: clock.instant(midnight + end) };
    if (day.end > from && day.start < to) out.push(day);
  }
  return out;
}

/** A day's start and end as milliseconds after local midnight; an end at or before the start is the next day's. */
function shift(startText: string, endText: string): [number, number] {
  const start = clockMinutes(startText);
  let end = clockMinutes(endText);
  if (end <= start) end += 24 * 60;
  return [start * MINUTE, end * MINUTE];
}
