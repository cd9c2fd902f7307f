import { createContext, useContext } from 'react';

export type Language = 'en' | 'it';

export interface Locale {
  language: Language;
  /** The tag given to Intl: the user's own when it matches the language, else the language. */
  tag: string;
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
  return new Intl.DateTimeFormat(locale.tag, options).format(typeof date === 'string' ? new Date(date) : date);
}

