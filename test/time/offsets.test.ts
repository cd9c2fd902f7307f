import { describe, expect, it } from 'vitest';
import { localDate, offsetAt, toInstant, wallAt } from '../../server/time/offsets.js';

const HOUR = 3_600_000;
const US_PACIFIC = '<-0800>8<-0700>7,M3.2.0,M11.1.0';

describe('toInstant', () => {
  it('moves a time in the spring gap forward by the gap, as a wall clock would', () => {
    expect(new Date(toInstant('Europe/Rome', Date.UTC(2026, 2, 29, 2, 30))).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('reads a time that happens twice in autumn as its first occurrence', () => {
    expect(new Date(toInstant('Europe/Rome', Date.UTC(2026, 9, 25, 2, 30))).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('does the same for an Outlook custom zone', () => {
    expect(new Date(toInstant(US_PACIFIC, Date.UTC(2026, 2, 8, 2, 30))).toISOString()).toBe('2026-03-08T10:30:00.000Z');
    expect(new Date(toInstant(US_PACIFIC, Date.UTC(2026, 10, 1, 1, 30))).toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    );
  });

  it('refuses a zone that is neither an IANA name nor a rule', () => {
    expect(() => toInstant('Mars/Olympus_Mons', 0)).toThrow(RangeError);
    expect(() => toInstant('<nonsense>', 0)).toThrow(RangeError);
  });
});

describe('offsetAt', () => {
  it('changes at 02:00 local on the second Sunday of March and the first of November for the US rule', () => {
    expect(offsetAt(US_PACIFIC, Date.parse('2026-03-08T09:59:59Z'))).toBe(-8 * HOUR);
    expect(offsetAt(US_PACIFIC, Date.parse('2026-03-08T10:00:00Z'))).toBe(-7 * HOUR);
    expect(offsetAt(US_PACIFIC, Date.parse('2026-11-01T08:59:59Z'))).toBe(-7 * HOUR);
    expect(offsetAt(US_PACIFIC, Date.parse('2026-11-01T09:00:00Z'))).toBe(-8 * HOUR);
  });

  it('keeps a southern rule’s daylight time across the new year', () => {
    const sydney = '<+1000>-10<+1100>-11,M10.1.0,M4.1.0/3';
    for (const iso of [
      '2026-01-15T00:00Z',
      '2026-03-20T00:00Z',
      '2026-06-15T00:00Z',
      '2026-10-10T00:00Z',
      '2026-12-31T20:00Z',
    ]) {
      expect(offsetAt(sydney, Date.parse(iso)), iso).toBe(offsetAt('Australia/Sydney', Date.parse(iso)));
    }
  });
});

describe('localDate', () => {
  it('gives the date of an instant in the zone, not in UTC', () => {
    const instant = Date.UTC(2026, 2, 30, 23, 30);
    expect(localDate(instant, 'Europe/Rome')).toBe('2026-03-31');
    expect(localDate(instant, 'America/New_York')).toBe('2026-03-30');
    expect(localDate(instant, US_PACIFIC)).toBe('2026-03-30');
    expect(new Date(wallAt(US_PACIFIC, instant)).toISOString()).toBe('2026-03-30T16:30:00.000Z');
  });
});
