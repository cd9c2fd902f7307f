import { describe, expect, it } from 'vitest';
import { workingRanges, type PersonWeek } from '../../server/scheduling/slots.js';
import { toInstant } from '../../server/time/offsets.js';
import { normalize, type Interval } from '../../server/time/ranges.js';
import { clockMinutes } from '../../server/time/wall.js';
import { localDays, weekIntervals, type WeeklyHours } from '../../server/time/weekly-hours.js';
import { zoneClock } from '../../server/time/zone-clock.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (iso: string): number => Date.parse(iso);
const US_PACIFIC = '<-0800>8<-0700>7,M3.2.0,M11.1.0';

const weeks: PersonWeek[] = [
  { timeZone: 'Europe/Rome', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', busy: [] },
  { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', busy: [] },
  { timeZone: 'Asia/Kolkata', days: [1, 2, 3, 4, 5], start: '09:30', end: '18:30', busy: [] },
  { timeZone: 'Asia/Dubai', days: [7, 1, 2, 3, 4], start: '08:00', end: '16:00', busy: [] },
  { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '06:00', busy: [] },
  { timeZone: US_PACIFIC, days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', busy: [] },
];
const daysOf = (p: PersonWeek, from: number, to: number): Interval[] =>
  localDays(zoneClock(p.timeZone), p.days, p.start, p.end, from, to);

// The oracle: each local day's start and end through offsets.ts toInstant directly, with no
// cached offsets, which is what zoneClock saves work on.
function oracleDays(p: PersonWeek, from: number, to: number): Interval[] {
  const out: Interval[] = [];
  const start = clockMinutes(p.start);
  let end = clockMinutes(p.end);
  if (end <= start) end += 24 * 60;
  for (let midnight = Math.floor(from / DAY) * DAY - 2 * DAY; midnight < to + 2 * DAY; midnight += DAY) {
    if (!p.days.includes(((new Date(midnight).getUTCDay() + 6) % 7) + 1)) continue;
    const r = {
      start: toInstant(p.timeZone, midnight + start * MINUTE),
      end: toInstant(p.timeZone, midnight + end * MINUTE),
    };
    if (r.end > from && r.start < to) out.push(r);
  }
  return out;
}

describe('localDays', () => {
  it('gives each local day’s instants as toInstant does, over both 2027 clock changes and night shifts', () => {
    for (const [from, to] of [
      [at('2027-03-01T00:00Z'), at('2027-04-12T00:00Z')],
      [at('2027-10-18T00:00Z'), at('2027-11-22T00:00Z')],
    ] as const) {
      for (const p of weeks) expect(daysOf(p, from, to)).toEqual(oracleDays(p, from, to));
    }
  });

  it('is what slots.ts workingRanges clips to the window', () => {
    const [from, to] = [at('2027-03-10T05:00Z'), at('2027-03-20T17:00Z')];
    for (const p of weeks)
      expect(
        normalize(daysOf(p, from, to).map((d) => ({ start: Math.max(d.start, from), end: Math.min(d.end, to) }))),
      ).toEqual(workingRanges(p, from, to));
  });

  it('keeps an Outlook custom zone’s 08:00 at 08:00 local across its own clock change', () => {
    const days = daysOf(weeks[5]!, at('2027-03-12T12:00Z'), at('2027-03-16T00:00Z'));
    expect(days.map((d) => new Date(d.start).toISOString())).toEqual([
      '2027-03-12T16:00:00.000Z',
      '2027-03-15T15:00:00.000Z',
    ]);
  });
});

describe('weekIntervals', () => {
  const rome: WeeklyHours = { timeZone: 'Europe/Rome', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

  it('gives the working days of the week of a date, Monday first, on real instants', () => {
    expect(weekIntervals(rome, '2026-03-26').map((d) => new Date(d.start).toISOString())).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-03-25T08:00:00.000Z',
      '2026-03-26T08:00:00.000Z',
      '2026-03-27T08:00:00.000Z',
    ]);
  });

  it('reads a shift that ends at or before its start as ending the next morning', () => {
    const night = weekIntervals({ ...rome, days: [1], start: '22:00', end: '06:00' }, '2026-06-15');
    expect(night).toEqual([{ start: at('2026-06-15T20:00Z'), end: at('2026-06-16T04:00Z') }]);
  });

  it('is the same frozen answer each time it is asked', () => {
    const first = weekIntervals(rome, '2026-06-15');
    expect(weekIntervals(rome, '2026-06-17')).not.toBe(first); // another key, the same week
    expect(weekIntervals(rome, '2026-06-15')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('refuses a week that is not a date', () => {
    expect(() => weekIntervals(rome, '2026-02-30')).toThrow(RangeError);
  });
});
