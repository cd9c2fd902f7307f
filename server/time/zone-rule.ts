// A time zone given by its rule rather than its name: what Outlook sends as a customTimeZone
// ("Customized Time Zone" in mailbox settings and getSchedule answers), kept as a POSIX TZ string
// so that a zone stays one string everywhere (WeeklyHours, database columns, cache keys).
//
// The string has the POSIX form with numeric names in angle brackets, as tzdata writes them:
// "<-0800>8<-0700>7,M3.2.0,M11.1.0" is UTC-8, UTC-7 in daylight time from 02:00 on the second
// Sunday of March to 02:00 on the first Sunday of November. It always starts with "<", which no
// IANA name does, so zones.ts tells the two apart by the first character.
//
// Windows and POSIX agree on what a transition means (SetDynamicTimeZoneInformation, POSIX.1
// "TZ"): its time is the local wall time in force *before* the change, week 5 is the last such
// weekday of the month, and the rule repeats every year. Windows counts the bias west of UTC
// (UTC = local + bias, + daylightBias in daylight time), POSIX counts the offset west too.

import { DAY, MINUTE } from './wall.js';

/** One yearly change: the `week`-th `weekday` (0 = Sunday) of `month`, 5 meaning the last. */
export interface Transition {
  month: number;
  week: number;
  weekday: number;
  /** Local wall time of the change, in seconds after midnight, in the time in force before it. */
  seconds: number;
}

export interface ZoneRule {
  /** Standard time: local minus UTC, in minutes (UTC-8 is -480). */
  standard: number;
  /** Daylight time, when the zone has it. */
  daylight?: { offset: number; start: Transition; end: Transition };
}

/** Outlook's customTimeZone (microsoft.graph.customTimeZone), as Graph writes it. */
export interface CustomTimeZone {
  '@odata.type'?: string;
  /** Minutes west of UTC: UTC = local + bias. */
  bias?: number;
  name?: string;
  standardOffset?: OutlookTransition;
  daylightOffset?: OutlookTransition & { daylightBias?: number };
}

interface OutlookTransition {
  /** "02:00:00.0000000": local time before the change. */
  time?: string;
  /** 1..5, 5 = the last in the month. */
  dayOccurrence?: number;
  dayOfWeek?: string;
  /** 1..12; 0 (or absent) on the daylight side means no daylight time. */
  month?: number;
  /** 0 = every year. Graph documents nothing else; other values are read as every year too. */
  year?: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The rule of an Outlook customTimeZone; undefined when it is not one we can read. */
export function ruleOfCustomZone(zone: CustomTimeZone): ZoneRule | undefined {
  if (typeof zone.bias !== 'number' || !Number.isInteger(zone.bias) || Math.abs(zone.bias) > 18 * 60) return undefined;
  const standard = zone.bias === 0 ? 0 : -zone.bias;
  const d = zone.daylightOffset;
  const bias = d?.daylightBias ?? 0;
  // No daylight month, or a daylight time equal to standard time, is a zone without daylight time.
  if (!d || !d.month || bias === 0) return { standard };
  const start = transitionOf(d);
  const end = zone.standardOffset ? transitionOf(zone.standardOffset) : undefined;
  if (!start || !end || !Number.isInteger(bias) || Math.abs(standard - bias) > 18 * 60) return undefined;
  return { standard, daylight: { offset: standard - bias, start, end } };
}

function transitionOf(t: OutlookTransition): Transition | undefined {
  const weekday = WEEKDAYS.indexOf(String(t.dayOfWeek ?? '').toLowerCase());
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t.time ?? '00:00:00');
  const { month, dayOccurrence: week } = t;
  if (weekday < 0 || !time || !month || month < 1 || month > 12 || !week || week < 1 || week > 5) return undefined;
  return { month, week, weekday, seconds: Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) };
}

/** The rule as its POSIX TZ string (see the top of this file). */
export function formatRule(rule: ZoneRule): string {
  const std = `${zoneName(rule.standard)}${posixOffset(rule.standard)}`;
  if (!rule.daylight) return std;
  const { offset, start, end } = rule.daylight;
  return `${std}${zoneName(offset)}${posixOffset(offset)},${posixRule(start)},${posixRule(end)}`;
}

const zoneName = (offset: number): string =>
  `<${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}>`;
const posixOffset = (offset: number): string => posixTime(-offset * 60);
const posixRule = (t: Transition): string =>
  `M${t.month}.${t.week}.${t.weekday}${t.seconds === 7200 ? '' : `/${posixTime(t.seconds)}`}`;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Seconds as POSIX "[-]h[:mm[:ss]]", with no more than it needs. */
function posixTime(seconds: number): string {
  const s = Math.abs(seconds);
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  const text = sec ? `${h}:${pad(m)}:${pad(sec)}` : m ? `${h}:${pad(m)}` : `${h}`;
  return seconds < 0 ? `-${text}` : text;
}

const NAME = String.raw`(?:<[+\-\w]+>|[A-Za-z]{3,})`;
const TIME = String.raw`[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?`;
const RULE = String.raw`M(\d{1,2})\.([1-5])\.([0-6])(?:/(${TIME}))?`;
const POSIX = new RegExp(`^${NAME}(${TIME})(?:${NAME}(${TIME})?,${RULE},${RULE})?$`);

/**
 * A POSIX TZ string with M-form rules (what formatRule writes, and the like) as a rule; undefined
 * for anything else, including daylight time without its rules (POSIX leaves those to the system).
 */
export function parseRule(text: string): ZoneRule | undefined {
  const m = POSIX.exec(text);
  if (!m) return undefined;
  const standard = -secondsOf(m[1]!) / 60 || 0; // never -0
  if (m[3] === undefined) return Number.isInteger(standard) ? { standard } : undefined;
  // POSIX: daylight time without its own offset is one hour ahead of standard time.
  const offset = m[2] !== undefined ? -secondsOf(m[2]) / 60 : standard + 60;
  const start = {
    month: Number(m[3]),
    week: Number(m[4]),
    weekday: Number(m[5]),
    seconds: m[6] ? secondsOf(m[6]) : 7200,
  };
  const end = {
    month: Number(m[7]),
    week: Number(m[8]),
    weekday: Number(m[9]),
    seconds: m[10] ? secondsOf(m[10]) : 7200,
  };
  if (
    !Number.isInteger(standard) ||
    !Number.isInteger(offset) ||
    start.month > 12 ||
    end.month > 12 ||
    !start.month ||
    !end.month
  )
    return undefined;
  return { standard, daylight: { offset, start, end } };
}

function secondsOf(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0, s = 0] = text.replace(/^[+-]/, '').split(':').map(Number);
  return sign * (h * 3600 + m * 60 + s);
}

/** A rule ready to answer offsets: its transitions are worked out once per year asked about. */
export interface CompiledRule {
  readonly rule: ZoneRule;
  /** Local time minus UTC, in milliseconds, at `instant`. */
  offsetAt(instant: number): number;
  /** The instants at which daylight time starts and ends in `year`, when the zone has it. */
  transitions(year: number): { start: number; end: number } | undefined;
}

export function compileRule(rule: ZoneRule): CompiledRule {
  const standard = rule.standard * MINUTE;
  const years = new Map<number, { start: number; end: number }>();
  const transitions = (year: number): { start: number; end: number } | undefined => {
    const d = rule.daylight;
    if (!d) return undefined;
    let found = years.get(year);
    if (!found) {
      // Each change happens at a wall time of the time in force before it.
      found = { start: wallOf(year, d.start) - standard, end: wallOf(year, d.end) - d.offset * MINUTE };
      if (years.size > 400) years.clear();
      years.set(year, found);
    }
    return found;
  };
  const offsetAt = (instant: number): number => {
    const d = rule.daylight;
    if (!d) return standard;
    const { start, end } = transitions(new Date(instant + standard).getUTCFullYear())!;
    // Northern rules have daylight time inside the year; southern ones across its end.
    const daylight = start < end ? instant >= start && instant < end : instant >= start || instant < end;
    return daylight ? d.offset * MINUTE : standard;
  };
  return { rule, offsetAt, transitions };
}

/** The wall time of a transition in `year`. */
function wallOf(year: number, t: Transition): number {
  const first = Date.UTC(year, t.month - 1, 1);
  const days = new Date(Date.UTC(year, t.month, 0)).getUTCDate();
  let date = 1 + ((t.weekday - new Date(first).getUTCDay() + 7) % 7) + (t.week - 1) * 7;
  while (date > days) date -= 7;
  return first + (date - 1) * DAY + t.seconds * 1000;
}
