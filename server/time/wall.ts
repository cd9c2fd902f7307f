// Wall times and calendar dates as plain numbers. A "wall" is a local date-time written as if it
// were UTC epoch milliseconds (2026-03-30T09:00 local is Date.UTC(2026, 2, 30, 9)), so date
// arithmetic on it needs no time zone; offsets.ts turns a wall into an instant for a zone.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,7})?$/;

/** "YYYY-MM-DDTHH:MM:SS" (Graph may add up to seven decimals) as a wall time. */
export function parseWall(text: string): number {
  const m = WALL.exec(text);
  const wall = m
    ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
    : NaN;
  if (!m || Number.isNaN(wall) || formatWall(wall) !== text.slice(0, 19))
    throw new RangeError(`not a local date-time: "${text}"`);
  return wall;
}

/** A wall time as Graph's dateTimeTimeZone.dateTime wants it: "YYYY-MM-DDTHH:MM:SS". */
export function formatWall(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19);
}

/** "HH:MM" (or "HH:MM:SS...", as Graph writes it) as minutes after midnight; "24:00" is allowed. */
export function clockMinutes(text: string): number {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) throw new RangeError(`not a time of day: "${text}"`);
  return minutes;
}

/** "YYYY-MM-DD" as the wall time of its midnight; a RangeError for anything else. */
export function parseDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!match || Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a date: "${date}"`);
  return day;
}

/** ISO weekday of a wall time: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(wall: number): number {
  return ((new Date(wall).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the ISO week containing the wall time, as its midnight. */
export function mondayWall(wall: number): number {
  const midnight = Math.floor(wall / DAY) * DAY;
  return midnight - (isoWeekday(midnight) - 1) * DAY;
}

/** The Monday of the ISO week containing "YYYY-MM-DD", as "YYYY-MM-DD". */
export function mondayOf(date: string): string {
  return formatWall(mondayWall(parseDate(date))).slice(0, 10);
}
