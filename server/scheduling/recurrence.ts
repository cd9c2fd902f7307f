// A mentoring series as Microsoft Graph's patternedRecurrence, and its expansion the way Outlook
// expands it: in the organizer's wall clock, so a 15:00 Rome meeting stays at 15:00 Rome when
// Europe changes clocks and its instant moves (recurrencepattern.md, recurrencerange.md).
// Pure: dates are day numbers, wall times go through a ZoneClock.

import type { Cadence } from '../matching/schemas.js';
import type { Interval } from '../time/ranges.js';
import { formatWall, parseWall } from '../time/wall.js';
import { zoneClock, type ZoneClock } from '../time/zone-clock.js';

export type { Cadence };
export type WeekIndex = 'first' | 'second' | 'third' | 'fourth';

export interface GraphRecurrence {
  pattern:
    | { type: 'weekly'; interval: 1 | 2; daysOfWeek: [string]; firstDayOfWeek: 'monday' }
    | { type: 'relativeMonthly'; interval: 1; daysOfWeek: [string]; index: WeekIndex };
  range: { type: 'numbered'; startDate: string; numberOfOccurrences: number; recurrenceTimeZone: string };
}

const DAY = 86_400_000;
/** Graph's names, lower case, indexed by getUTCDay (0 = Sunday). */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const INDEXES: readonly WeekIndex[] = ['first', 'second', 'third', 'fourth'];
/** About six months of each cadence. */
const COUNT: Record<Cadence, number> = { weekly: 24, biweekly: 12, monthly: 6 };

/** 0 = Sunday .. 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/**
 * The series whose first occurrence is on the local date of `firstWall`. Undefined for a monthly
 * series from day 29 on: that weekday's index would be "fifth", which Graph does not have, and
 * "last" would drift to another week in other months.
 */
export function seriesRecurrence(cadence: Cadence, firstWall: number, timeZone: string): GraphRecurrence | undefined {
  const day = Math.floor(firstWall / DAY);
  const date = new Date(day * DAY).getUTCDate();
  const daysOfWeek: [string] = [WEEKDAYS[weekdayOf(day)]!];
  const range = {
    type: 'numbered' as const,
    startDate: formatWall(day * DAY).slice(0, 10),
    numberOfOccurrences: COUNT[cadence],
    recurrenceTimeZone: timeZone,
  };
  if (cadence !== 'monthly') {
    return {
      pattern: { type: 'weekly', interval: cadence === 'weekly' ? 1 : 2, daysOfWeek, firstDayOfWeek: 'monday' },
      range,
    };
  }
  const index = INDEXES[Math.floor((date - 1) / 7)];
  return index ? { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek, index }, range } : undefined;
}

/**
 * Every occurrence of the series that starts before `until`, in order. `localStart` is the first
 * event's start in `timeZone` ("YYYY-MM-DDTHH:MM:SS"); its time of day is every occurrence's.
 */
export function occurrences(
  recurrence: GraphRecurrence,
  localStart: string,
  timeZone: string,
  durationMinutes: number,
  until = Infinity,
): Interval[] {
  parseWall(`${recurrence.range.startDate}T00:00:00`); // throws on a malformed date
  return expandSeries(recurrence, parseWall(localStart), zoneClock(timeZone), durationMinutes * 60_000, until);
}

/** occurrences() on a wall time and a shared clock, for callers that expand many series. */
export function expandSeries(
  recurrence: GraphRecurrence,
  startWall: number,
  clock: ZoneClock,
  durationMs: number,
  until = Infinity,
): Interval[] {
  const timeOfDay = startWall - Math.floor(startWall / DAY) * DAY;
  const out: Interval[] = [];
  for (const day of patternDays(recurrence)) {
    if (out.length >= recurrence.range.numberOfOccurrences) break;
    const start = clock.instant(day * DAY + timeOfDay);
    if (start >= until) break;
    out.push({ start, end: start + durationMs });
  }
  return out;
}

/** The pattern's dates (day numbers) from the range's start date on, without end. */
function* patternDays({ pattern, range }: GraphRecurrence): Generator<number> {
  const [year, month, date] = range.startDate.split('-').map(Number) as [number, number, number];
  const first = Date.UTC(year, month - 1, date) / DAY;
  const weekday = WEEKDAYS.indexOf(pattern.daysOfWeek[0].toLowerCase() as (typeof WEEKDAYS)[number]);
  if (weekday < 0) throw new RangeError(`not a day of the week: "${pattern.daysOfWeek[0]}"`);
  if (pattern.type === 'weekly') {
    const monday = first - ((weekdayOf(first) + 6) % 7);
    for (let week = monday; ; week += 7 * pattern.interval) {
      const day = week + ((weekday + 6) % 7);
      if (day >= first) yield day;
    }
  }
  const start = new Date(first * DAY);
  for (let k = 0; ; k += pattern.interval) {
    const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1) / DAY;
    const day = monthStart + ((weekday - weekdayOf(monthStart) + 7) % 7) + 7 * INDEXES.indexOf(pattern.index);
    if (day >= first) yield day;
  }
}
