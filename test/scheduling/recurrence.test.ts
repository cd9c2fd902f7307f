import { describe, expect, it } from 'vitest';
import { expandRecurrence, parseRecurrence } from '../../server/sandbox/calendar/recurrence.js';
import { fromWall } from '../../server/sandbox/calendar/zones.js';
import { parseWall } from '../../server/time/wall.js';
import {
  occurrences,
  seriesRecurrence,
  type Cadence,
  type GraphRecurrence,
} from '../../server/scheduling/recurrence.js';

const HOUR = 3_600_000;
const wall = (text: string): number => parseWall(text);
const localTime = (instant: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

function series(cadence: Cadence, localStart: string, timeZone: string): GraphRecurrence {
  const rec = seriesRecurrence(cadence, wall(localStart), timeZone);
  if (!rec) throw new Error(`no ${cadence} series from ${localStart}`);
  return rec;
}

describe('seriesRecurrence', () => {
  it('makes a weekly series of 24 on the first meeting’s weekday, weeks starting on Monday', () => {
    expect(series('weekly', '2027-03-09T15:00:00', 'Europe/Rome')).toEqual({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'numbered', startDate: '2027-03-09', numberOfOccurrences: 24, recurrenceTimeZone: 'Europe/Rome' },
    });
  });

  it('makes a biweekly series of 12 as a weekly pattern with interval 2', () => {
    const rec = series('biweekly', '2027-03-05T09:30:00', 'America/New_York');
    expect(rec.pattern).toEqual({ type: 'weekly', interval: 2, daysOfWeek: ['friday'], firstDayOfWeek: 'monday' });
    expect(rec.range.numberOfOccurrences).toBe(12);
  });

  it('makes a monthly series of 6 on the same weekday and week of the month', () => {
    expect(series('monthly', '2027-02-09T15:00:00', 'Europe/Rome')).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
      range: { type: 'numbered', startDate: '2027-02-09', numberOfOccurrences: 6, recurrenceTimeZone: 'Europe/Rome' },
    });
  });

  it('numbers the week of the month from the date: 1-7 first, 8-14 second, 15-21 third, 22-28 fourth', () => {
    const indexOn = (date: string): string | undefined => {
      const rec = seriesRecurrence('monthly', wall(`${date}T10:00:00`), 'UTC');
      return rec?.pattern.type === 'relativeMonthly' ? rec.pattern.index : undefined;
    };
    expect(
      [
        '2027-03-01',
        '2027-03-07',
        '2027-03-08',
        '2027-03-14',
        '2027-03-15',
        '2027-03-21',
        '2027-03-22',
        '2027-03-28',
      ].map(indexOn),
    ).toEqual(['first', 'first', 'second', 'second', 'third', 'third', 'fourth', 'fourth']);
  });

  it('gives no monthly series from day 29 on, whose index would be a fifth', () => {
    for (const date of ['2027-03-29', '2027-03-30', '2027-03-31'])
      expect(seriesRecurrence('monthly', wall(`${date}T10:00:00`), 'UTC')).toBeUndefined();
    expect(seriesRecurrence('weekly', wall('2027-03-31T10:00:00'), 'UTC')).toBeDefined();
  });
});

describe('occurrences', () => {
  it('keeps a weekly Rome meeting at 15:00 Rome time across the change of 28 March 2027, one hour earlier in UTC', () => {
    const starts = occurrences(
      series('weekly', '2027-03-23T15:00:00', 'Europe/Rome'),
      '2027-03-23T15:00:00',
      'Europe/Rome',
      60,
    ).map((o) => o.start);
    expect(starts.slice(0, 2).map((s) => new Date(s).toISOString())).toEqual([
      '2027-03-23T14:00:00.000Z',
      '2027-03-30T13:00:00.000Z',
    ]);
    expect(new Set(starts.map((s) => localTime(s, 'Europe/Rome')))).toEqual(new Set(['15:00']));
  });

  it('gives each occurrence the requested length', () => {
    for (const o of occurrences(
      series('biweekly', '2027-03-05T09:30:00', 'America/New_York'),
      '2027-03-05T09:30:00',
      'America/New_York',
      45,
    )) {
      expect(o.end - o.start).toBe(45 * 60_000);
    }
  });

  it('stops before `until`', () => {
    const rec = series('weekly', '2027-03-09T15:00:00', 'Europe/Rome');
    const all = occurrences(rec, '2027-03-09T15:00:00', 'Europe/Rome', 60);
    const some = occurrences(rec, '2027-03-09T15:00:00', 'Europe/Rome', 60, all[3]!.start);
    expect(all).toHaveLength(24);
    expect(some).toEqual(all.slice(0, 3));
  });

  it('puts a monthly series on the same weekday of the same week each month', () => {
    const starts = occurrences(
      series('monthly', '2027-02-09T15:00:00', 'Europe/Rome'),
      '2027-02-09T15:00:00',
      'Europe/Rome',
      60,
    ).map((o) => o.start);
    // The second Tuesday of February to July 2027.
    expect(starts.map((s) => new Date(s).toISOString().slice(0, 10))).toEqual([
      '2027-02-09',
      '2027-03-09',
      '2027-04-13',
      '2027-05-11',
      '2027-06-08',
      '2027-07-13',
    ]);
  });

  it('refuses a start that is not a local date-time', () => {
    const rec = series('weekly', '2027-03-09T15:00:00', 'Europe/Rome');
    expect(() => occurrences(rec, '2027-03-09 15:00', 'Europe/Rome', 60)).toThrow(RangeError);
  });

  // Outlook's own expansion, as the sandbox tenant emulates it, across each zone's clock changes.
  const cases: [Cadence, string, string][] = [
    ['weekly', '2027-03-09T15:00:00', 'Europe/Rome'],
    ['biweekly', '2027-03-02T16:30:00', 'Europe/Rome'],
    ['monthly', '2027-02-09T15:00:00', 'Europe/Rome'],
    ['weekly', '2027-10-12T17:15:00', 'Europe/Rome'],
    ['weekly', '2027-03-01T09:30:00', 'America/New_York'],
    ['biweekly', '2027-10-27T11:00:00', 'America/New_York'],
    ['monthly', '2027-09-16T09:00:00', 'America/New_York'],
    ['monthly', '2027-01-28T10:45:00', 'America/New_York'],
  ];
  for (const [cadence, localStart, timeZone] of cases) {
    it(`matches the sandbox’s expansion of a ${cadence} series from ${localStart} in ${timeZone}`, () => {
      const rec = series(cadence, localStart, timeZone);
      const durationMs = 45 * 60_000;
      const theirs = expandRecurrence(
        parseRecurrence(rec),
        { start: fromWall(wall(localStart), timeZone), durationMs, zone: timeZone },
        0,
        Date.UTC(2030, 0),
      );
      const ours = occurrences(rec, localStart, timeZone, 45);
      expect(ours).toEqual(theirs.map(({ start, end }) => ({ start, end })));
      // The series does cross a change: its UTC time of day moves while the wall time does not.
      expect(new Set(ours.map((o) => o.start % (24 * HOUR))).size).toBe(2);
    });
  }
});
