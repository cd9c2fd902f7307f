// How much of a working day two people share, each working in their own time zone.
//
// Working hours are local wall times ("09:00" in Europe/Rome), so the overlap of two people in
// different zones moves when one of them changes clocks and the other has not yet: Rome and New
// York share 3 hours most of the year but 4 in the weeks of 2026-03-09 (the US is already on
// summer time) and 2026-10-26 (Europe is back on winter time). So the overlap is always computed
// for a given week, on real instants (time/weekly-hours.ts), and the intervals are intersected as
// numbers (cal.com `packages/lib/date-ranges.ts` does the same). No clock is read.

import type { Interval } from '../time/ranges.js';
import { weekIntervals, type WeeklyHours } from '../time/weekly-hours.js';
import { MINUTE } from '../time/wall.js';

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
