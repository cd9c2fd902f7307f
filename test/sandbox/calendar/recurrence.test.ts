import { describe, expect, it } from 'vitest';
import { expandRecurrence, parseRecurrence, type Recurrence } from '../../../server/sandbox/calendar/recurrence.js';
import { formatWall, toWall } from '../../../server/sandbox/calendar/zones.js';

const rome = 'Europe/Rome';
const HOUR = 3_600_000;
const localTimes = (starts: number[], zone: string): string[] =>
  starts.map((s) => formatWall(toWall(s, zone)).slice(0, 16));

function weekly(range: Record<string, unknown>, days = ['monday']): Recurrence {
  return parseRecurrence({ pattern: { type: 'weekly', interval: 1, daysOfWeek: days }, range });
}

describe('recurrence validation', () => {
  it("accepts the documentation's weekly sample with a capitalised day name", () => {
    const r = parseRecurrence({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Monday'] },
      range: { type: 'endDate', startDate: '2017-09-04', endDate: '2017-12-31' },
    });
    expect(r.pattern.daysOfWeek).toEqual(['monday']);
    expect(r.pattern.firstDayOfWeek).toBe('sunday');
  });

  it('accepts a recurrence read back from Graph with its neutral defaults', () => {
    const r = parseRecurrence({
      pattern: {
        type: 'daily',
        interval: 2,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: [],
        firstDayOfWeek: 'sunday',
        index: 'first',
      },
      range: {
        type: 'noEnd',
        startDate: '2026-03-02',
        endDate: '0001-01-01',
        recurrenceTimeZone: 'W. Europe Standard Time',
        numberOfOccurrences: 0,
      },
    });
    expect(r.pattern.type).toBe('daily');
  });

  it('refuses a weekly pattern without daysOfWeek', () => {
    expect(() => weekly({ type: 'noEnd', startDate: '2026-03-02' }, [])).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });

  it('refuses a pattern without an interval', () => {
    expect(() =>
      parseRecurrence({ pattern: { type: 'daily' }, range: { type: 'noEnd', startDate: '2026-03-02' } }),
    ).toThrow(expect.objectContaining({ statusCode: 400 }));
  });

  it('refuses a property the pattern type does not use', () => {
    expect(() =>
      parseRecurrence({
        pattern: { type: 'daily', interval: 1, dayOfMonth: 15 },
        range: { type: 'noEnd', startDate: '2026-03-02' },
      }),
    ).toThrow(expect.objectContaining({ statusCode: 400, code: 'ErrorInvalidRequest' }));
  });

  it('refuses a property that does not exist', () => {
    expect(() =>
      parseRecurrence({
        pattern: { type: 'daily', interval: 1, every: 'day' },
        range: { type: 'noEnd', startDate: '2026-03-02' },
      }),
    ).toThrow(expect.objectContaining({ statusCode: 400 }));
  });

  it('refuses an endDate range without endDate, and a numbered one without a count', () => {
    expect(() => weekly({ type: 'endDate', startDate: '2026-03-02' })).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
    expect(() => weekly({ type: 'numbered', startDate: '2026-03-02' })).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });

  it('refuses a relativeYearly pattern without a month', () => {
    expect(() =>
      parseRecurrence({
        pattern: { type: 'relativeYearly', interval: 1, daysOfWeek: ['monday'] },
        range: { type: 'noEnd', startDate: '2026-03-02' },
      }),
    ).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});

describe('recurrence expansion', () => {
  const timing = { start: Date.UTC(2026, 2, 16, 8), durationMs: HOUR, zone: rome }; // Monday 16 March, 09:00 Rome

  it('keeps a weekly 09:00 Rome meeting at 09:00 Rome across the change to summer time', () => {
    const r = weekly({ type: 'noEnd', startDate: '2026-03-16' });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 2, 16), Date.UTC(2026, 3, 7));
    expect(
      localTimes(
        occ.map((o) => o.start),
        rome,
      ),
    ).toEqual(['2026-03-16T09:00', '2026-03-23T09:00', '2026-03-30T09:00', '2026-04-06T09:00']);
    expect(occ.map((o) => new Date(o.start).getUTCHours())).toEqual([8, 8, 7, 7]);
  });

  it('stops a numbered series after its count, whatever the window', () => {
    const r = weekly({ type: 'numbered', startDate: '2026-03-16', numberOfOccurrences: 3 }, ['monday', 'wednesday']);
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(occ.map((o) => o.date)).toEqual(['2026-03-16', '2026-03-18', '2026-03-23']);
  });

  it('counts a numbered series from its start even when the window starts later', () => {
    const r = weekly({ type: 'numbered', startDate: '2026-03-16', numberOfOccurrences: 3 });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 2, 25), Date.UTC(2026, 11, 31));
    expect(occ.map((o) => o.date)).toEqual(['2026-03-30']);
  });

  it('includes the end date of an endDate series', () => {
    const r = weekly({ type: 'endDate', startDate: '2026-03-16', endDate: '2026-03-30' });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(occ.map((o) => o.date)).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('finds the second Tuesday of every month for a relativeMonthly pattern', () => {
    const r = parseRecurrence({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
      range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 4 },
    });
    const occ = expandRecurrence(
      r,
      { ...timing, start: Date.UTC(2026, 0, 13, 8) },
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 11, 31),
    );
    expect(occ.map((o) => o.date)).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
  });

  it('finds the last weekday of the month when several days are allowed', () => {
    const r = parseRecurrence({
      pattern: {
        type: 'relativeMonthly',
        interval: 1,
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        index: 'last',
      },
      range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 3 },
    });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(occ.map((o) => o.date)).toEqual(['2026-01-30', '2026-02-27', '2026-03-31']);
  });

  it('puts day 31 of an absoluteMonthly series on the last day of shorter months', () => {
    const r = parseRecurrence({
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      range: { type: 'numbered', startDate: '2026-01-31', numberOfOccurrences: 3 },
    });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(occ.map((o) => o.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('repeats every other week for a weekly interval of 2, counting weeks from firstDayOfWeek', () => {
    const r = parseRecurrence({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['friday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-03-16' },
    });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 15));
    expect(occ.map((o) => o.date)).toEqual(['2026-03-20', '2026-04-03']);
  });

  it('places an absoluteYearly occurrence on its day and month', () => {
    const r = parseRecurrence({
      pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 15, month: 3 },
      range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 2 },
    });
    const occ = expandRecurrence(r, timing, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1));
    expect(occ.map((o) => o.date)).toEqual(['2026-03-15', '2027-03-15']);
  });
});
