// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { formatDate, localeFrom } from '../../tab/lib/i18n';

describe('localeFrom', () => {
  it.each(['it', 'it-IT', 'it-it', 'it-CH', 'IT_it'])('reads %s as Italian', (tag) => {
    expect(localeFrom(tag).language).toBe('it');
  });

  it.each(['en-US', 'en-gb', 'fr-FR', 'de', 'ita-fake', '', undefined])('reads %s as English', (tag) => {
    expect(localeFrom(tag).language).toBe('en');
  });

  it("keeps the user's own tag for Intl when it matches the language", () => {
    expect(localeFrom('it-CH').tag).toBe('it-CH');
    expect(localeFrom('en-GB').tag).toBe('en-GB');
  });

  it('formats dates in plain English for languages Tandem does not speak', () => {
    expect(localeFrom('de-DE').tag).toBe('en');
  });
});

describe('formatDate', () => {
  it('writes dates the Italian way for Italian', () => {
    const date = new Date(Date.UTC(2025, 10, 27, 12));
    expect(formatDate(date, localeFrom('it-IT'), { dateStyle: 'long', timeZone: 'UTC' })).toBe('27 novembre 2025');
  });
});
