import { formatDate, type Locale } from '../../../lib/i18n';

// A pause ends on a calendar day ("YYYY-MM-DD"), counted in the person's own zone as the server
// counts it (server/matching/pause.ts): from tomorrow to about six months ahead.

const DAY = 86_400_000;
/** The server's MAX_PAUSE_DAYS (server/matching/decide.ts): it refuses a later day with pause_too_long. */
export const LONGEST_PAUSE_DAYS = 183;
/** What the date field starts at: a month is a common break (a holiday, a busy quarter's end). */
export const DEFAULT_PAUSE_DAYS = 28;

/** Today in `timeZone` (the device's when unknown), as "YYYY-MM-DD". */
export function today(now: number, timeZone?: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** A calendar day in words ("Tue 12 Jan"), the same day wherever the reader is. */
export function formatDay(day: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return formatDate(`${day}T12:00:00Z`, { ...locale, timeZone: 'UTC' }, options);
}
