import { describe, expect, it } from 'vitest';
import { dailyOverlapMinutes } from '../../server/matching/overlap.js';
import type { WeeklyHours } from '../../server/time/weekly-hours.js';
import { WEEK, losAngeles, newYork, rome } from './people.js';

const utc = (h: Partial<WeeklyHours>): WeeklyHours => ({
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5, 6, 7],
  start: '09:00',
  end: '17:00',
  ...h,
});

describe('dailyOverlapMinutes', () => {
  it('gives Rome 09-18 and New York 09-17 three hours a day in an ordinary winter week', () => {
    expect(dailyOverlapMinutes(rome, newYork, WEEK)).toBe(180);
  });

  it('gives them three hours a day in an ordinary summer week too', () => {
    expect(dailyOverlapMinutes(rome, newYork, '2026-06-15')).toBe(180);
  });

  it('gives them four hours in the week of 2026-03-09, when New York is on summer time and Rome is not yet', () => {
    expect(dailyOverlapMinutes(rome, newYork, '2026-03-09')).toBe(240);
    expect(dailyOverlapMinutes(rome, newYork, '2026-03-30')).toBe(180);
  });

  it('gives them four hours in the week of 2026-10-26, when Rome is back on winter time and New York is not yet', () => {
    expect(dailyOverlapMinutes(rome, newYork, '2026-10-19')).toBe(180);
    expect(dailyOverlapMinutes(rome, newYork, '2026-10-26')).toBe(240);
    expect(dailyOverlapMinutes(rome, newYork, '2026-11-02')).toBe(180);
  });

  it('is the same whichever person comes first', () => {
    for (const week of [WEEK, '2026-03-09', '2026-10-26'])
      expect(dailyOverlapMinutes(newYork, rome, week)).toBe(dailyOverlapMinutes(rome, newYork, week));
  });

  it('treats any date as the week that contains it', () => {
    expect(dailyOverlapMinutes(rome, newYork, '2026-03-12')).toBe(dailyOverlapMinutes(rome, newYork, '2026-03-09'));
  });

  it('pairs a Tokyo morning with the Los Angeles afternoon of the day before', () => {
    const tokyo: WeeklyHours = { timeZone: 'Asia/Tokyo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
    expect(dailyOverlapMinutes(tokyo, losAngeles, WEEK)).toBe(60);
  });

  it('counts only the days both people work', () => {
    const early = utc({ days: [1, 2, 3], start: '09:00', end: '17:00' });
    const late = utc({ days: [3, 4, 5], start: '14:00', end: '18:00' });
    expect(dailyOverlapMinutes(early, late, WEEK)).toBe(180);
  });

  it('is 0 when the working days never meet', () => {
    expect(dailyOverlapMinutes(utc({ days: [1, 2] }), utc({ days: [4, 5] }), WEEK)).toBe(0);
  });

  it('takes the median day, so the short night of a clock change does not decide', () => {
    // Rome changes clocks at 02:00 on Sunday 2026-03-29: that night lasts an hour less.
    const nightInRome: WeeklyHours = {
      timeZone: 'Europe/Rome',
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '01:00',
      end: '05:00',
    };
    expect(dailyOverlapMinutes(nightInRome, utc({ start: '00:00', end: '06:00' }), '2026-03-23')).toBe(240);
  });

  it('reads a shift that ends after midnight as ending the next morning', () => {
    expect(
      dailyOverlapMinutes(utc({ start: '22:00', end: '06:00' }), utc({ start: '05:00', end: '13:00' }), WEEK),
    ).toBe(60);
  });

  it('reads an Outlook custom zone with the US Eastern rule as New York', () => {
    const custom = { ...newYork, timeZone: '<-0500>5<-0400>4,M3.2.0,M11.1.0' };
    for (const week of [WEEK, '2026-03-09', '2026-10-26'])
      expect(dailyOverlapMinutes(rome, custom, week)).toBe(dailyOverlapMinutes(rome, newYork, week));
  });
});
