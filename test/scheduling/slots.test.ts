import { describe, expect, it } from 'vitest';
import { fairness, fairnessIn, freeSlots, workingRanges, type PersonWeek } from '../../server/scheduling/slots.js';
import { intersect, subtract, type Interval } from '../../server/time/ranges.js';
import { localDays } from '../../server/time/weekly-hours.js';
import { zoneClock } from '../../server/time/zone-clock.js';
import { seeded } from '../helpers/random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string): number => Date.parse(iso);
const r = (start: number, end: number): Interval => ({ start, end });
const utcRange = (start: string, end: string): Interval => r(at(start), at(end));

const weekdays = [1, 2, 3, 4, 5];
const rome: PersonWeek = { timeZone: 'Europe/Rome', days: weekdays, start: '09:00', end: '18:00', busy: [] };
const newYork: PersonWeek = { timeZone: 'America/New_York', days: weekdays, start: '09:00', end: '17:00', busy: [] };
const london: PersonWeek = { timeZone: 'Europe/London', days: weekdays, start: '09:00', end: '18:00', busy: [] };
const bangalore: PersonWeek = { timeZone: 'Asia/Kolkata', days: weekdays, start: '09:30', end: '18:30', busy: [] };

describe('workingRanges', () => {
  const everyDayInRome = { ...rome, days: [1, 2, 3, 4, 5, 6, 7] };

  it('keeps Rome at 09:00-18:00 local across the change of 29 March 2026, one hour earlier in UTC after it', () => {
    const ranges = workingRanges(everyDayInRome, at('2026-03-27T00:00Z'), at('2026-03-31T00:00Z'));
    expect(ranges).toEqual([
      utcRange('2026-03-27T08:00Z', '2026-03-27T17:00Z'),
      utcRange('2026-03-28T08:00Z', '2026-03-28T17:00Z'),
      utcRange('2026-03-29T07:00Z', '2026-03-29T16:00Z'),
      utcRange('2026-03-30T07:00Z', '2026-03-30T16:00Z'),
    ]);
  });

  it('gives only the listed weekdays', () => {
    const ranges = workingRanges(rome, at('2026-03-23T00:00Z'), at('2026-03-30T00:00Z'));
    expect(ranges.map((x) => new Date(x.start).getUTCDay())).toEqual([1, 2, 3, 4, 5]);
  });

  it('clips the days to the window', () => {
    expect(workingRanges(rome, at('2026-03-27T12:00Z'), at('2026-03-27T13:00Z'))).toEqual([
      utcRange('2026-03-27T12:00Z', '2026-03-27T13:00Z'),
    ]);
  });

  it('gives Rome and New York 14:00-18:00 Rome time in the week of 9 March 2026, when only the US has changed', () => {
    const from = at('2026-03-09T00:00Z');
    const to = from + 7 * DAY;
    const shared = intersect(workingRanges(rome, from, to), workingRanges(newYork, from, to));
    // 14:00 CET is 13:00Z is 09:00 EDT; 18:00 CET is 17:00Z is 13:00 EDT.
    expect(shared).toEqual(
      ['09', '10', '11', '12', '13'].map((d) => utcRange(`2026-03-${d}T13:00Z`, `2026-03-${d}T17:00Z`)),
    );
  });

  it('gives them 14:00-18:00 Rome time again in the week of 16 March 2026, as Europe still has not changed', () => {
    const from = at('2026-03-16T00:00Z');
    const shared = intersect(workingRanges(rome, from, from + 7 * DAY), workingRanges(newYork, from, from + 7 * DAY));
    expect(shared).toEqual([16, 17, 18, 19, 20].map((d) => utcRange(`2026-03-${d}T13:00Z`, `2026-03-${d}T17:00Z`)));
  });

  it('gives them the usual 15:00-18:00 Rome time from the week of 30 March 2026, once both have changed', () => {
    const from = at('2026-03-30T00:00Z');
    const shared = intersect(workingRanges(rome, from, from + DAY), workingRanges(newYork, from, from + DAY));
    // 15:00 CEST is 13:00Z is 09:00 EDT.
    expect(shared).toEqual([utcRange('2026-03-30T13:00Z', '2026-03-30T16:00Z')]);
  });
});

describe('freeSlots', () => {
  const tuesday = { from: at('2026-03-10T00:00Z'), to: at('2026-03-11T00:00Z') };

  it('removes busy time and New York lunch from the Rome and New York overlap', () => {
    // Shared 13:00-17:00Z; New York lunch 12:30-14:00 EDT is 16:30-18:00Z.
    const busyNewYork = { ...newYork, busy: [utcRange('2026-03-10T14:00Z', '2026-03-10T15:00Z')] };
    const slots = freeSlots([rome, busyNewYork], { ...tuesday, durationMinutes: 60, minNoticeMs: 0 });
    expect(slots).toEqual(
      ['13:00', '15:00', '15:15', '15:30'].map((t) => r(at(`2026-03-10T${t}Z`), at(`2026-03-10T${t}Z`) + HOUR)),
    );
  });

  it('avoids each person’s lunch in their own zone', () => {
    // London 09-18 GMT and Rome 09-18 CET share 09:00-17:00Z; Rome lunches 11:30-13:00Z and
    // London 12:30-14:00Z.
    const day = { from: at('2026-02-03T00:00Z'), to: at('2026-02-04T00:00Z') };
    const slots = freeSlots([rome, london], { ...day, durationMinutes: 30, minNoticeMs: 0, stepMinutes: 30 });
    const starts = slots.map((s) => new Date(s.start).toISOString().slice(11, 16));
    expect(starts).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ]);
  });

  it('takes a lunch other than the default when asked', () => {
    // 13:00-13:30 local is 12:00-12:30Z in Rome and 13:00-13:30Z in London.
    const day = {
      from: at('2026-02-03T00:00Z'),
      to: at('2026-02-04T00:00Z'),
      durationMinutes: 60,
      minNoticeMs: 0,
      stepMinutes: 60,
    };
    const slots = freeSlots([rome, london], { ...day, lunch: { start: '13:00', end: '13:30' } });
    expect(slots.map((s) => new Date(s.start).getUTCHours())).toEqual([9, 10, 11, 14, 15, 16]);
  });

  it('avoids no lunch when the lunch is empty', () => {
    const day = {
      from: at('2026-02-03T00:00Z'),
      to: at('2026-02-04T00:00Z'),
      durationMinutes: 60,
      minNoticeMs: 0,
      stepMinutes: 60,
    };
    const slots = freeSlots([rome, london], { ...day, lunch: { start: '13:00', end: '13:00' } });
    expect(slots.map((s) => new Date(s.start).getUTCHours())).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it('starts nothing before the minimum notice, rounding up to the grid', () => {
    const slots = freeSlots([rome, newYork], { ...tuesday, durationMinutes: 30, minNoticeMs: 13 * HOUR + 7 * MINUTE });
    expect(slots[0]).toEqual(utcRange('2026-03-10T13:15Z', '2026-03-10T13:45Z'));
  });

  it('puts every slot on the step grid with the requested length', () => {
    const slots = freeSlots([rome, bangalore], {
      from: at('2026-03-09T00:00Z'),
      to: at('2026-03-14T00:00Z'),
      durationMinutes: 45,
      minNoticeMs: 0,
      stepMinutes: 30,
    });
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      expect(s.start % (30 * MINUTE)).toBe(0);
      expect(s.end - s.start).toBe(45 * MINUTE);
    }
  });

  it('finds nothing for people whose days never meet', () => {
    // Bangalore 09:30-18:30 IST ends at 13:00Z; New York starts at 13:00Z.
    expect(freeSlots([bangalore, newYork], { ...tuesday, durationMinutes: 30, minNoticeMs: 0 })).toEqual([]);
  });

  it('never gives a slot that overlaps anyone’s busy time or leaves anyone’s working hours', () => {
    const random = seeded(20260310);
    const offices = [rome, newYork, london, bangalore];
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const from = at('2026-03-02T00:00Z');
    const to = from + 28 * DAY;
    let found = 0;
    for (let round = 0; round < 100; round++) {
      const people = [pick(offices), pick(offices)].map((office) => ({
        ...office,
        busy: Array.from({ length: Math.floor(random() * 30) }, () => {
          const start = from + Math.floor(random() * 28 * 96) * 15 * MINUTE + Math.floor(random() * 15) * MINUTE;
          return r(start, start + (5 + Math.floor(random() * 180)) * MINUTE);
        }),
      }));
      const durationMinutes = pick([30, 45, 60]);
      const stepMinutes = pick([15, 30, 60]);
      const minNoticeMs = Math.floor(random() * 5 * DAY);
      const slots = freeSlots(people, { from, to, durationMinutes, minNoticeMs, stepMinutes });
      const working = people.map((p) => workingRanges(p, from, to));
      found += slots.length;
      for (const [i, s] of slots.entries()) {
        if (i > 0) expect(s.start).toBeGreaterThan(slots[i - 1]!.start);
        expect(s.start % (stepMinutes * MINUTE)).toBe(0);
        expect(s.end - s.start).toBe(durationMinutes * MINUTE);
        expect(s.start).toBeGreaterThanOrEqual(from + minNoticeMs);
        for (const [k, p] of people.entries()) {
          expect(intersect([s], p.busy)).toEqual([]);
          expect(subtract([s], working[k]!)).toEqual([]);
        }
      }
    }
    // Guards against a generator so harsh the property holds vacuously.
    expect(found).toBeGreaterThan(1000);
  });
});

describe('fairness', () => {
  const utcDay: PersonWeek = { timeZone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '17:00', busy: [] };

  it('is 1 for a slot in the middle of the day', () => {
    expect(fairness(utcRange('2026-03-10T12:30Z', '2026-03-10T13:30Z'), [utcDay])).toBe(1);
  });

  it('penalises the first and last hour of the day', () => {
    const first = fairness(utcRange('2026-03-10T09:00Z', '2026-03-10T10:00Z'), [utcDay]);
    const second = fairness(utcRange('2026-03-10T10:00Z', '2026-03-10T11:00Z'), [utcDay]);
    const last = fairness(utcRange('2026-03-10T16:00Z', '2026-03-10T17:00Z'), [utcDay]);
    expect(first).toBeCloseTo(0.0625);
    expect(last).toBeCloseTo(0.0625);
    expect(second).toBeCloseTo(0.375);
  });

  it('is 0 for a slot outside anyone’s working day', () => {
    expect(fairness(utcRange('2026-03-10T08:30Z', '2026-03-10T09:30Z'), [utcDay])).toBe(0);
    expect(fairness(utcRange('2026-03-10T13:00Z', '2026-03-10T14:00Z'), [rome, bangalore])).toBe(0);
  });

  it('prefers for Rome and New York a slot mid-way through the overlap to one at New York’s start of day', () => {
    const newYorkMorning = fairness(utcRange('2026-03-10T13:00Z', '2026-03-10T14:00Z'), [rome, newYork]);
    const middle = fairness(utcRange('2026-03-10T14:30Z', '2026-03-10T15:30Z'), [rome, newYork]);
    expect(middle).toBeGreaterThan(newYorkMorning);
  });

  it('is the least over people', () => {
    const slot = utcRange('2026-03-10T14:30Z', '2026-03-10T15:30Z');
    expect(fairness(slot, [rome, newYork])).toBe(Math.min(fairness(slot, [rome]), fairness(slot, [newYork])));
  });
});

describe('fairnessIn', () => {
  const day = { start: at('2027-03-15T08:00Z'), end: at('2027-03-15T17:00Z') };
  const slot = (startIso: string, minutes: number): Interval => ({
    start: at(startIso),
    end: at(startIso) + minutes * MINUTE,
  });

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

  it('is what fairness gives for people’s weeks', () => {
    const s = slot('2027-03-15T14:00Z', 45);
    const days = [rome, newYork].map((p) =>
      localDays(zoneClock(p.timeZone), p.days, p.start, p.end, s.start - DAY, s.end + DAY),
    );
    expect(fairness(s, [rome, newYork])).toBe(fairnessIn(s, days));
    expect(fairness(s, [rome, newYork])).toBeGreaterThan(0);
  });
});
