import { formatDate, type Locale } from '../../../lib/i18n';
import type { Programme } from './api/programmes';
import type { messages } from './messages';

type Words = (typeof messages)['en'];

/** A day ("2027-03-01") as people read it; dates are calendar days, not instants. */
export function day(value: string, locale: Locale): string {
  return formatDate(`${value}T12:00:00Z`, { ...locale, timeZone: 'UTC' }, { dateStyle: 'medium' });
}

function range(from: string | null, to: string | null, t: Words, locale: Locale): string | null {
  if (from && to) return t.range(day(from, locale), day(to, locale));
  if (from) return t.from(day(from, locale));
  if (to) return t.until(day(to, locale));
  return null;
}

export const datesOf = (p: Programme, t: Words, locale: Locale) => range(p.startsOn, p.endsOn, t, locale) ?? t.noDates;
export const joiningOf = (p: Programme, t: Words, locale: Locale) =>
  range(p.enrolFrom, p.enrolUntil, t, locale) ?? t.anytime;
