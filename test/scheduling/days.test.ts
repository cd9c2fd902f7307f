import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../server/scheduling/clock.js';
import { contains, fairnessIn, localDays } from '../../server/scheduling/days.js';
import { fairness, normalize, workingRanges, type PersonWeek, type Range } from '../../server/scheduling/slots.js';
import { seeded } from '../helpers/random.js';

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

describe('localDays', () => {
  it('covers the same time as slots.ts workingRanges over both 2027 clock changes', () => {
    for (const [from, to] of [[at('2027-03-01T00:00Z'), at('2027-04-12T00:00Z')], [at('2027-10-18T00:00Z'), at('2027-11-22T00:00Z')]] as const) {
      for (const p of weeks) expect(normalize(daysOf(p, from, to).map((d) => ({ start: Math.max(d.start, from), end: Math.min(d.end, to) })))).toEqual(workingRanges(p, from, to));
    }
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
  it('equals slots.ts fairness for any slot and pair of people', () => {
    const random = seeded(20270314);
    const from = at('2027-03-01T00:00Z');
    const to = from + 42 * DAY;
    const days = weeks.map((p) => daysOf(p, from - DAY, to + DAY));
    let inside = 0;
    for (let round = 0; round < 400; round++) {
      const [i, j] = [Math.floor(random() * weeks.length), Math.floor(random() * weeks.length)];
      // Inside a working day of the first, so that many slots score above 0.
      const day = days[i]![Math.floor(random() * days[i]!.length)]!;
      const start = day.start + Math.floor((random() * (day.end - day.start)) / (15 * MINUTE)) * 15 * MINUTE;
      const slot = { start, end: start + (30 + 15 * Math.floor(random() * 3)) * MINUTE };
      const expected = fairness(slot, [weeks[i]!, weeks[j]!]);
      if (expected > 0) inside++;
      expect(fairnessIn(slot, [days[i]!, days[j]!])).toBe(expected);
    }
    expect(inside).toBeGreaterThan(100);
  });
});
