import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../server/scheduling/clock.js';
import { contains, fairnessIn, localDays } from '../../server/scheduling/days.js';
import { fairness, normalize, workingRanges, type PersonWeek, type Range } from '../../server/scheduling/slots.js';
import { clockMinutes, toInstant } from '../../server/matching/hours.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (iso: string): number => Date.parse(iso);

const weeks: PersonWeek[] = [
  { timeZone: 'Europe/Rome', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', busy: [] },
  { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', busy: [] },
  { timeZone: 'Asia/Kolkata', days: [1, 2, 3, 4, 5], start: '09:30', end: '18:30', busy: [] },
  { timeZone: 'Asia/Dubai', days: [7, 1, 2, 3, 4], start: '08:00', end: '16:00', busy: [] },
  { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '06:00', busy: [] },
];
const daysOf = (p: PersonWeek, from: number, to: number): Range[] => localDays(zoneClock(p.timeZone), p.days, p.start, p.end, from, to);

// The oracle: each local day's start and end through Intl directly (hours.ts), with no cached
// offsets, which is what zoneClock saves work on.
function oracleDays(p: PersonWeek, from: number, to: number): Range[] {
  const out: Range[] = [];
  const start = clockMinutes(p.start);
  let end = clockMinutes(p.end);
  if (end <= start) end += 24 * 60;
  for (let midnight = Math.floor(from / DAY) * DAY - 2 * DAY; midnight < to + 2 * DAY; midnight += DAY) {
    if (!p.days.includes(((new Date(midnight).getUTCDay() + 6) % 7) + 1)) continue;
    const r = { start: toInstant(p.timeZone, midnight + start * MINUTE), end: toInstant(p.timeZone, midnight + end * MINUTE) };
    if (r.end > from && r.start < to) out.push(r);
  }
  return out;
}

describe('localDays', () => {
  it('gives each local day’s instants as Intl does, over both 2027 clock changes and night shifts', () => {
    for (const [from, to] of [[at('2027-03-01T00:00Z'), at('2027-04-12T00:00Z')], [at('2027-10-18T00:00Z'), at('2027-11-22T00:00Z')]] as const) {
      for (const p of weeks) expect(daysOf(p, from, to)).toEqual(oracleDays(p, from, to));
    }
  });

  it('is what slots.ts workingRanges clips to the window', () => {
    const [from, to] = [at('2027-03-10T05:00Z'), at('2027-03-20T17:00Z')];
    for (const p of weeks) expect(normalize(daysOf(p, from, to).map((d) => ({ start: Math.max(d.start, from), end: Math.min(d.end, to) })))).toEqual(workingRanges(p, from, to));
  });
});

describe('contains', () => {
  const ranges = [{ start: 10, end: 20 }, { start: 30, end: 40 }];

  it('holds for a slot inside a range, edges included', () => {
    expect(contains(ranges, { start: 10, end: 20 })).toBe(true);
    expect(contains(ranges, { start: 32, end: 35 })).toBe(true);
  });

  it('fails for a slot that leaves its range or falls between ranges', () => {
    expect(contains(ranges, { start: 15, end: 25 })).toBe(false);
    expect(contains(ranges, { start: 20, end: 30 })).toBe(false);
    expect(contains(ranges, { start: 5, end: 12 })).toBe(false);
    expect(contains([], { start: 5, end: 12 })).toBe(false);
  });
});

describe('fairnessIn', () => {
  const day = { start: at('2027-03-15T08:00Z'), end: at('2027-03-15T17:00Z') };
  const slot = (startIso: string, minutes: number): Range => ({ start: at(startIso), end: at(startIso) + minutes * MINUTE });

  it('is 1 in the middle of everyone’s day, falling to 0 at its edges', () => {
    expect(fairnessIn(slot('2027-03-15T12:00Z', 60), [[day]])).toBeCloseTo(1, 9);
    expect(fairnessIn(slot('2027-03-15T10:00Z', 60), [[day]])).toBeCloseTo(1 - 2 * Math.abs(2.5 / 9 - 0.5), 9);
  });

  it('is halved in someone’s first or last hour, and 0 outside anyone’s day', () => {
    expect(fairnessIn(slot('2027-03-15T08:15Z', 30), [[day]])).toBeCloseTo((1 - 2 * Math.abs(0.5 / 9 - 0.5)) / 2, 9);
    expect(fairnessIn(slot('2027-03-15T16:45Z', 30), [[day]])).toBe(0);
    expect(fairnessIn(slot('2027-03-15T12:00Z', 60), [[day], []])).toBe(0);
  });

  it('takes the least over people', () => {
    const other = { start: at('2027-03-15T11:00Z'), end: at('2027-03-15T19:00Z') };
    const s = slot('2027-03-15T12:00Z', 60);
    expect(fairnessIn(s, [[day], [other]])).toBe(Math.min(fairnessIn(s, [[day]]), fairnessIn(s, [[other]])));
  });

  it('is what slots.ts fairness gives for people’s weeks', () => {
    const s = slot('2027-03-15T14:00Z', 45);
    const days = weeks.slice(0, 2).map((p) => daysOf(p, s.start - DAY, s.end + DAY));
    expect(fairness(s, weeks.slice(0, 2))).toBe(fairnessIn(s, days));
    expect(fairness(s, weeks.slice(0, 2))).toBeGreaterThan(0);
  });
});
