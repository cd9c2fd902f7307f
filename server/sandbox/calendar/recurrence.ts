import { GraphError } from '../errors.js';
import type { DayOfWeek } from '../org/model.js';
import {
  DAY_MS,
  WEEKDAYS,
  dayOf,
  daysInMonth,
  formatDate,
  parseDate,
  partsOf,
  weekdayFromName,
  weekdayIndex,
} from './days.js';
import { fromWall, ianaZone, toWall } from './zones.js';

// Graph's patternedRecurrence (recurrencePattern + recurrenceRange, FACTS 1.7): validation with the
// service's strictness, and expansion into occurrence instants in the series' own wall clock.

export type PatternType =
  'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
export type WeekIndex = 'first' | 'second' | 'third' | 'fourth' | 'last';
export type RangeType = 'endDate' | 'noEnd' | 'numbered';

export interface RecurrencePattern {
  type: PatternType;
  interval: number;
  month: number;
  dayOfMonth: number;
  daysOfWeek: DayOfWeek[];
  firstDayOfWeek: DayOfWeek;
  index: WeekIndex;
}

export interface RecurrenceRange {
  type: RangeType;
  startDate: string;
  /** "0001-01-01" unless type is endDate, as Graph returns it. */
  endDate: string;
  recurrenceTimeZone: string | null;
  numberOfOccurrences: number;
}

export interface Recurrence {
  pattern: RecurrencePattern;
  range: RecurrenceRange;
}

const PATTERN_TYPES: readonly PatternType[] = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
];
const RANGE_TYPES: readonly RangeType[] = ['endDate', 'noEnd', 'numbered'];
const INDEXES: readonly WeekIndex[] = ['first', 'second', 'third', 'fourth', 'last'];
const PATTERN_KEYS = new Set([
  'type',
  'interval',
  'month',
  'dayOfMonth',
  'daysOfWeek',
  'firstDayOfWeek',
  'index',
  '@odata.type',
]);
const RANGE_KEYS = new Set([
  'type',
  'startDate',
  'endDate',
  'recurrenceTimeZone',
  'numberOfOccurrences',
  '@odata.type',
]);
const RECURRENCE_KEYS = new Set(['pattern', 'range', '@odata.type']);
export const NO_DATE = '0001-01-01';

/** Which of the optional pattern properties each type uses (recurrencepattern.md "Values of type"). */
const USES: Record<PatternType, { daysOfWeek: boolean; dayOfMonth: boolean; month: boolean; index: boolean }> = {
  daily: { daysOfWeek: false, dayOfMonth: false, month: false, index: false },
  weekly: { daysOfWeek: true, dayOfMonth: false, month: false, index: false },
  absoluteMonthly: { daysOfWeek: false, dayOfMonth: true, month: false, index: false },
  relativeMonthly: { daysOfWeek: true, dayOfMonth: false, month: false, index: true },
  absoluteYearly: { daysOfWeek: false, dayOfMonth: true, month: true, index: false },
  relativeYearly: { daysOfWeek: true, dayOfMonth: false, month: true, index: true },
};

function invalid(message: string): GraphError {
  return new GraphError(400, 'ErrorInvalidRequest', message);
}

function enumValue<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  const found = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (!found) throw invalid(`The value '${String(value)}' is not valid for ${what}.`);
  return found;
}

/** Graph accepts numbers sent as strings; anything else that is not an integer is refused. */
function integer(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw invalid(`The value '${String(value)}' is not valid for ${what}.`);
  return n;
}

function object(value: unknown, type: string, keys: Set<string>): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalid(`A value of type 'microsoft.graph.${type}' is required.`);
  for (const key of Object.keys(value)) {
    if (!keys.has(key)) throw invalid(`The property '${key}' does not exist on type 'microsoft.graph.${type}'.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Validates a request's recurrence. Each type's required properties must be present; properties a
 * type does not use may only carry the neutral values Graph itself returns for them (0, [],
 * "first"), so a body read back from Graph can be sent again, but "any property that you include
 * that does not have a supported value would result in an error" (recurrencepattern.md).
 */
export function parseRecurrence(input: unknown): Recurrence {
  const top = object(input, 'patternedRecurrence', RECURRENCE_KEYS);
  const p = object(top.pattern, 'recurrencePattern', PATTERN_KEYS);
  const r = object(top.range, 'recurrenceRange', RANGE_KEYS);

  const type = enumValue(p.type, PATTERN_TYPES, 'recurrencePattern.type');
  const uses = USES[type];
  const interval = integer(p.interval, 'recurrencePattern.interval');
  if (interval === undefined) throw invalid('The recurrence pattern interval is required.');
  if (interval < 1 || interval > 99)
    throw invalid(`The value '${interval}' is not valid for recurrencePattern.interval.`);

  const rawDays = p.daysOfWeek ?? [];
  if (!Array.isArray(rawDays)) throw invalid('recurrencePattern.daysOfWeek must be a collection.');
  const daysOfWeek = [...new Set(rawDays.map((d) => enumValue(d, WEEKDAYS, 'recurrencePattern.daysOfWeek')))];
  const dayOfMonth = integer(p.dayOfMonth, 'recurrencePattern.dayOfMonth') ?? 0;
  const month = integer(p.month, 'recurrencePattern.month') ?? 0;
  const index =
    p.index === undefined || p.index === null ? 'first' : enumValue(p.index, INDEXES, 'recurrencePattern.index');
  const firstDayOfWeek =
    p.firstDayOfWeek === undefined || p.firstDayOfWeek === null
      ? 'sunday'
      : enumValue(p.firstDayOfWeek, WEEKDAYS, 'recurrencePattern.firstDayOfWeek');

  if (uses.daysOfWeek && daysOfWeek.length === 0)
    throw invalid(`The recurrence pattern type '${type}' requires daysOfWeek.`);
  if (!uses.daysOfWeek && daysOfWeek.length > 0)
    throw invalid(`daysOfWeek is not supported for the recurrence pattern type '${type}'.`);
  if (uses.dayOfMonth && (dayOfMonth < 1 || dayOfMonth > 31))
    throw invalid(`The recurrence pattern type '${type}' requires dayOfMonth between 1 and 31.`);
  if (!uses.dayOfMonth && dayOfMonth !== 0)
    throw invalid(`dayOfMonth is not supported for the recurrence pattern type '${type}'.`);
  if (uses.month && (month < 1 || month > 12))
    throw invalid(`The recurrence pattern type '${type}' requires month between 1 and 12.`);
  if (!uses.month && month !== 0) throw invalid(`month is not supported for the recurrence pattern type '${type}'.`);
  if (!uses.index && index !== 'first')
    throw invalid(`index is not supported for the recurrence pattern type '${type}'.`);

  const rangeType = enumValue(r.type, RANGE_TYPES, 'recurrenceRange.type');
  if (typeof r.startDate !== 'string' || parseDate(r.startDate) === undefined)
    throw invalid('The recurrence range requires a valid startDate.');
  const endText = r.endDate === undefined || r.endDate === null ? NO_DATE : r.endDate;
  if (typeof endText !== 'string' || (endText !== NO_DATE && parseDate(endText) === undefined))
    throw invalid('The recurrence range endDate is not a valid date.');
  const count = integer(r.numberOfOccurrences, 'recurrenceRange.numberOfOccurrences') ?? 0;
  let recurrenceTimeZone: string | null = null;
  if (r.recurrenceTimeZone !== undefined && r.recurrenceTimeZone !== null && r.recurrenceTimeZone !== '') {
    if (typeof r.recurrenceTimeZone !== 'string' || !ianaZone(r.recurrenceTimeZone)) {
      throw new GraphError(
        400,
        'TimeZoneNotSupportedException',
        `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${String(r.recurrenceTimeZone)}'.`,
      );
    }
    recurrenceTimeZone = r.recurrenceTimeZone;
  }
  if (rangeType === 'endDate') {
    if (endText === NO_DATE) throw invalid("The recurrence range type 'endDate' requires endDate.");
    if (endText < r.startDate) throw invalid('The recurrence range endDate must not be before startDate.');
  } else if (endText !== NO_DATE) {
    throw invalid(`endDate is not supported for the recurrence range type '${rangeType}'.`);
  }
  if (rangeType === 'numbered' && count < 1)
    throw invalid("The recurrence range type 'numbered' requires numberOfOccurrences of at least 1.");
  if (rangeType !== 'numbered' && count !== 0)
    throw invalid(`numberOfOccurrences is not supported for the recurrence range type '${rangeType}'.`);

  return {
    pattern: { type, interval, month, dayOfMonth, daysOfWeek, firstDayOfWeek, index },
    range: {
      type: rangeType,
      startDate: r.startDate,
      endDate: endText,
      recurrenceTimeZone,
      numberOfOccurrences: count,
    },
  };
}

/** The nth (or last) day in a month whose weekday is one of `weekdays`. */
function relativeDay(year: number, month: number, weekdays: Set<number>, index: WeekIndex): number | undefined {
  const first = dayOf(year, month, 1);
  const matches: number[] = [];
  for (let d = 0; d < daysInMonth(year, month); d++) {
    if (weekdays.has(weekdayIndex(first + d))) matches.push(first + d);
  }
  return index === 'last' ? matches[matches.length - 1] : matches[INDEXES.indexOf(index)];
}

function clampedDay(year: number, month: number, dayOfMonth: number): number {
  // Outlook puts "day 31" on the last day of shorter months rather than skipping them.
  return dayOf(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

/** Candidate days of the pattern from the start day on, ignoring the range's end. */
function* patternDays(p: RecurrencePattern, start: number): Generator<number> {
  const weekdays = new Set(p.daysOfWeek.map((d) => weekdayFromName(d) ?? 0));
  const { year, month } = partsOf(start);
  for (let k = 0; ; k++) {
    switch (p.type) {
      case 'daily':
        yield start + k * p.interval;
        break;
      case 'weekly': {
        const fdw = weekdayFromName(p.firstDayOfWeek) ?? 0;
        const weekStart = start - ((weekdayIndex(start) - fdw + 7) % 7) + k * 7 * p.interval;
        for (let i = 0; i < 7; i++)
          if (weekdays.has(weekdayIndex(weekStart + i)) && weekStart + i >= start) yield weekStart + i;
        break;
      }
      case 'absoluteMonthly':
      case 'relativeMonthly': {
        const m = month - 1 + k * p.interval;
        const y = year + Math.floor(m / 12);
        const mo = (m % 12) + 1;
        const d =
          p.type === 'absoluteMonthly' ? clampedDay(y, mo, p.dayOfMonth) : relativeDay(y, mo, weekdays, p.index);
        if (d !== undefined && d >= start) yield d;
        break;
      }
      case 'absoluteYearly':
      case 'relativeYearly': {
        const y = year + k * p.interval;
        const d =
          p.type === 'absoluteYearly'
            ? clampedDay(y, p.month, p.dayOfMonth)
            : relativeDay(y, p.month, weekdays, p.index);
        if (d !== undefined && d >= start) yield d;
        break;
      }
    }
  }
}

/** The series' occurrence days (day numbers) in order, honouring the range; stops after `lastDay`. */
export function* occurrenceDays(rec: Recurrence, lastDay: number): Generator<number> {
  const start = parseDate(rec.range.startDate) as number;
  const end = rec.range.type === 'endDate' ? (parseDate(rec.range.endDate) as number) : Infinity;
  let count = 0;
  for (const day of patternDays(rec.pattern, start)) {
    if (day > end || day > lastDay) return;
    if (rec.range.type === 'numbered' && count >= rec.range.numberOfOccurrences) return;
    count += 1;
    yield day;
  }
}

export interface SeriesTiming {
  /** Start of the event as created; its wall-clock time of day is every occurrence's. */
  start: number;
  durationMs: number;
  /** IANA zone of the event's start. */
  zone: string;
}

export interface Occurrence {
  /** The occurrence's original local date, "YYYY-MM-DD": its stable key in the series. */
  date: string;
  start: number;
  end: number;
}

/**
 * Occurrences overlapping [from, to). Times are computed on the series' wall clock, so a weekly
 * 09:00 Rome meeting stays at 09:00 Rome when Europe changes to summer time.
 */
export function expandRecurrence(rec: Recurrence, timing: SeriesTiming, from: number, to: number): Occurrence[] {
  const timeOfDay = ((toWall(timing.start, timing.zone) % DAY_MS) + DAY_MS) % DAY_MS;
  const lastDay = Math.floor((to + 2 * DAY_MS) / DAY_MS);
  const out: Occurrence[] = [];
  for (const day of occurrenceDays(rec, lastDay)) {
    const start = fromWall(day * DAY_MS + timeOfDay, timing.zone);
    if (start >= to) break;
    const end = start + timing.durationMs;
    if (end > from || (start >= from && timing.durationMs === 0)) out.push({ date: formatDate(day), start, end });
  }
  return out;
}

/** The occurrence that starts on local date `date`, if the series has one. */
export function occurrenceOn(rec: Recurrence, timing: SeriesTiming, date: string): Occurrence | undefined {
  const day = parseDate(date);
  if (day === undefined) return undefined;
  for (const d of occurrenceDays(rec, day)) {
    if (d === day) {
      const timeOfDay = ((toWall(timing.start, timing.zone) % DAY_MS) + DAY_MS) % DAY_MS;
      const start = fromWall(day * DAY_MS + timeOfDay, timing.zone);
      return { date, start, end: start + timing.durationMs };
    }
  }
  return undefined;
}
