import type { Locale } from '../../../lib/i18n';

// Session times in the reader's zone (Locale.timeZone, from their mailbox settings) and language.

const zoneOf = (locale: Locale) => (locale.timeZone ? { timeZone: locale.timeZone } : {});

/** "Thursday, 3 December 2026, 10:00–10:45" / "giovedì 3 dicembre 2026, 10:00–10:45". */
export function formatSession(session: { start: string; end: string }, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale.tag, { ...zoneOf(locale), dateStyle: 'full', timeStyle: 'short' });
  return format.formatRange(new Date(session.start), new Date(session.end));
}

/** "Thursday, 3 December 2026, 10:00": a session named in a button's label or a question. */
export function formatStart(session: { start: string }, locale: Locale): string {
  return new Intl.DateTimeFormat(locale.tag, { ...zoneOf(locale), dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(session.start),
  );
}

/** "Central European Time", or null when dates follow the device's zone. */
export function zoneName(locale: Locale): string | null {
  if (!locale.timeZone) return null;
  const name = new Intl.DateTimeFormat(locale.tag, { timeZone: locale.timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ?? locale.timeZone;
}
