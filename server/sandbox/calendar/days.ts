import type { DayOfWeek } from '../org/model.js';

// Calendar dates as whole days since 1970-01-01 ("day numbers"): the arithmetic recurrence and the
// baseline need (add days, weekdays, month ends) without any notion of time zone.

export const DAY_MS = 86_400_000;
export const WEEKDAYS: readonly DayOfWeek[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" to a day number; undefined when malformed or not a real date. */
export function parseDate(text: string): number | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayOf(y, mo, d);
}

export function formatDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekdayName(day: number): DayOfWeek {
  return WEEKDAYS[weekdayIndex(day)] as DayOfWeek;
}

/** Accepts any casing ("Monday" in the docs' own samples, "monday" in responses). */
export function weekdayFromName(name: string): number | undefined {
  const i = WEEKDAYS.indexOf(name.toLowerCase() as DayOfWeek);
  return i < 0 ? undefined : i;
}

export function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / DAY_MS);
}

export function partsOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - ((weekdayIndex(day) + 6) % 7);
}
