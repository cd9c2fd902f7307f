import { describe, expect, it } from 'vitest';
import { clockMinutes, formatWall, isoWeekday, mondayOf, parseDate, parseWall } from '../../server/time/wall.js';

describe('parseWall and formatWall', () => {
  it('read and write Graph’s dateTime, ignoring its seven decimals', () => {
    expect(formatWall(parseWall('2027-03-09T15:00:00.0000000'))).toBe('2027-03-09T15:00:00');
  });

  it('refuse a date that does not exist', () => {
    expect(() => parseWall('2027-02-29T10:00:00')).toThrow(RangeError);
    expect(() => parseWall('2027-02-28')).toThrow(RangeError);
  });
});

describe('clockMinutes', () => {
  it('reads "HH:MM" and Graph\'s "HH:MM:SS.0000000"', () => {
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('17:00:00.0000000')).toBe(1020);
  });

  it('refuses what is not a time of day', () => {
    expect(() => clockMinutes('9h')).toThrow(RangeError);
    expect(() => clockMinutes('10:75')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('gives the Monday of the ISO week of a date', () => {
    expect(mondayOf('2026-11-05')).toBe('2026-11-02');
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('numbers weekdays from Monday, 1, to Sunday, 7', () => {
    expect(isoWeekday(parseDate('2026-11-02'))).toBe(1);
    expect(isoWeekday(parseDate('2026-11-08'))).toBe(7);
  });

  it('refuses what is not a date', () => {
    expect(() => mondayOf('2026-02-30')).toThrow(RangeError);
    expect(() => parseDate('2 November')).toThrow(RangeError);
  });
});
