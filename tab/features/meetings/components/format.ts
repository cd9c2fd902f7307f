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

/** Options for a zone, or none for the device's own. */
const inZone = (timeZone: string | null | undefined) => (timeZone ? { timeZone } : {});

/** The wall clock of an instant in a zone, to tell whether two zones read the same time. */
function wall(ms: number, timeZone: string | null | undefined, parts: 'day' | 'minute'): string {
  return new Intl.DateTimeFormat('en-US', {
    ...inZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(parts === 'minute' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(ms);
}

/**
 * A session as the other person's clock reads it ("16:00–16:30"; "Sat 00:30–01:00" when their day
 * is another), or null when it reads the same as the reader's: zones are compared by the time they
 * show, since two names can share offsets. Null too for an unknown or unreadable zone.
 */
export function theirTime(session: { start: string; end: string }, locale: Locale, theirZone: string | null) {
  if (!theirZone) return null;
  const [start, end] = [Date.parse(session.start), Date.parse(session.end)];
  try {
    if (wall(start, locale.timeZone, 'minute') === wall(start, theirZone, 'minute')) return null;
    const sameDay = wall(start, locale.timeZone, 'day') === wall(start, theirZone, 'day');
    return new Intl.DateTimeFormat(locale.tag, {
      timeZone: theirZone,
      ...(sameDay ? {} : { weekday: 'short' }),
      hour: '2-digit',
      minute: '2-digit',
    }).formatRange(start, end);
  } catch {
    // A zone name this browser does not know: better no second time than a wrong one.
    return null;
  }
}

/** "Thu 17 Dec, 10:00–10:30" / "gio 17 dic, 10:00–10:30": a free time offered, short enough for a phone. */
export function formatSlot(slot: { start: string; end: string }, locale: Locale): string {
  return new Intl.DateTimeFormat(locale.tag, {
    ...zoneOf(locale),
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).formatRange(new Date(slot.start), new Date(slot.end));
}

/**
 * Where a moved session was, as short as says it: its day ("Thu 17 Dec"), or only its time
 * ("10:00") when it moved within the same day.
 */
export function formatMovedFrom(
  session: { start: string; movedFrom: string },
  locale: Locale,
): { day: string } | { time: string } {
  const [from, to] = [Date.parse(session.movedFrom), Date.parse(session.start)];
  if (wall(from, locale.timeZone, 'day') === wall(to, locale.timeZone, 'day')) {
    return { time: new Intl.DateTimeFormat(locale.tag, { ...zoneOf(locale), timeStyle: 'short' }).format(from) };
  }
  return {
    day: new Intl.DateTimeFormat(locale.tag, {
      ...zoneOf(locale),
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).format(from),
  };
}

/** The first of a person's names, for short phrases ("16:00 for Priya"); empty when unnamed. */
export const firstName = (displayName: string): string => displayName.trim().split(/\s+/)[0] ?? '';
