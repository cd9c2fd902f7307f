import { createContext, useContext } from 'react';

export type Language = 'en' | 'it';

export interface Locale {
  language: Language;
  /** The tag given to Intl: the user's own when it matches the language, else the language. */
  tag: string;
  /** IANA zone dates are shown in: the person's own (mailbox settings) once known, else the device's. */
  timeZone?: string;
}

/** it, it-IT, it-CH ... read Italian; every other language reads English. */
export function localeFrom(tag: string | undefined | null): Locale {
  const normalised = (tag ?? '').trim();
  const language: Language = /^it(-|_|$)/i.test(normalised) ? 'it' : 'en';
  const matches = normalised.toLowerCase().startsWith(language);
  return { language, tag: matches ? normalised.replace('_', '-') : language };
}

export const LocaleContext = createContext<Locale>({ language: 'en', tag: 'en' });

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/**
 * Each feature keeps its own strings next to its components, typed by the English set, so a
 * missing Italian string is a type error and features do not share one growing file.
 */
export type Messages<M> = Record<Language, M>;

export function useMessages<M>(messages: Messages<M>): M {
  return messages[useLocale().language];
}

export function formatDate(
  date: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const zone = locale.timeZone ? { timeZone: locale.timeZone } : {};
  return new Intl.DateTimeFormat(locale.tag, { ...zone, ...options }).format(
    typeof date === 'string' ? new Date(date) : date,
  );
}

/** The zone if Intl knows it, else undefined (the device's zone): a bad name must not break every date. */
export function knownTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  return new Intl.NumberFormat(locale.tag, options).format(value);
}

/** "A, B and C" / "A, B e C". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale.tag, { style: 'long', type: 'conjunction' }).format(items);
}

/** A language's name in the reader's language ("Italian (Italy)"), or the tag when Intl has none. */
export function languageName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale.tag, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
