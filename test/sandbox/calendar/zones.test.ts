import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { describe, expect, it } from 'vitest';
import {
  formatDateTimeTimeZone,
  formatWall,
  fromWall,
  ianaZone,
  localDate,
  localWeekday,
  offsetAt,
  parseDateTimeTimeZone,
  parseLocal,
  toWall,
  windowsZone,
} from '../../../server/sandbox/calendar/zones.js';

const HOUR = 3_600_000;
const wall = (text: string): number => parseLocal(text)!.wall;
const rome = 'Europe/Rome';
const newYork = 'America/New_York';

describe('time zone names', () => {
  it('maps the Windows names the org uses to IANA zones', () => {
    expect(ianaZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZone('GMT Standard Time')).toBe('Europe/London');
    expect(ianaZone('Eastern Standard Time')).toBe('America/New_York');
    expect(ianaZone('India Standard Time')).toBe('Asia/Calcutta');
    expect(ianaZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(ianaZone('UTC')).toBe('UTC');
  });

  it('accepts IANA names as they are', () => {
    expect(ianaZone('Europe/Rome')).toBe('Europe/Rome');
  });

  it('refuses abbreviations and made-up names', () => {
    expect(ianaZone('PST')).toBeUndefined();
    expect(ianaZone('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('knows the Windows name of a city that shares a Windows zone', () => {
    expect(windowsZone('Europe/Rome')).toBe('W. Europe Standard Time');
    expect(windowsZone('Asia/Kolkata')).toBe('India Standard Time');
  });

  it('takes every Windows name in CLDR’s table, as Outlook does', () => {
    for (const { windowsName } of WINDOWS_TO_IANA_MAP) expect(ianaZone(windowsName), windowsName).toBeDefined();
    expect(ianaZone('UTC-11')).toBe('Etc/GMT+11');
  });
});

describe('Rome in 2026', () => {
  it('is one hour ahead of UTC before summer time begins on 29 March', () => {
    expect(offsetAt(Date.UTC(2026, 2, 29, 0, 59), rome)).toBe(1 * HOUR);
  });

  it('is two hours ahead of UTC from 01:00 UTC on 29 March', () => {
    expect(offsetAt(Date.UTC(2026, 2, 29, 1, 0), rome)).toBe(2 * HOUR);
  });

  it('goes back to one hour ahead at 01:00 UTC on 25 October', () => {
    expect(offsetAt(Date.UTC(2026, 9, 25, 0, 59), rome)).toBe(2 * HOUR);
    expect(offsetAt(Date.UTC(2026, 9, 25, 1, 0), rome)).toBe(1 * HOUR);
  });

  it('puts 09:00 local at 08:00 UTC in winter and 07:00 UTC in summer', () => {
    expect(fromWall(wall('2026-03-27T09:00:00'), rome)).toBe(Date.UTC(2026, 2, 27, 8));
    expect(fromWall(wall('2026-03-30T09:00:00'), rome)).toBe(Date.UTC(2026, 2, 30, 7));
  });
});

describe('New York in 2026', () => {
  it('changes to summer time on 8 March, three weeks before Rome', () => {
    expect(offsetAt(Date.UTC(2026, 2, 8, 6, 59), newYork)).toBe(-5 * HOUR);
    expect(offsetAt(Date.UTC(2026, 2, 8, 7, 0), newYork)).toBe(-4 * HOUR);
  });

  it('changes back on 1 November, a week after Rome', () => {
    expect(offsetAt(Date.UTC(2026, 10, 1, 5, 59), newYork)).toBe(-4 * HOUR);
    expect(offsetAt(Date.UTC(2026, 10, 1, 6, 0), newYork)).toBe(-5 * HOUR);
  });

  it('is five hours behind Rome between the two changes in March instead of six', () => {
    const instant = Date.UTC(2026, 2, 16, 14);
    expect((toWall(instant, rome) - toWall(instant, newYork)) / HOUR).toBe(5);
  });
});

describe('wall clock to instant at the DST changes', () => {
  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(fromWall(wall('2026-03-08T02:30:00'), newYork)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(formatWall(toWall(Date.UTC(2026, 2, 8, 7, 30), newYork))).toBe('2026-03-08T03:30:00.0000000');
  });

  it('reads a time in the fall-back overlap as its first, daylight-time occurrence', () => {
    expect(fromWall(wall('2026-11-01T01:30:00'), newYork)).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(fromWall(wall('2026-10-25T02:30:00'), rome)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it("round-trips every quarter hour across Rome's October change", () => {
    for (let t = Date.UTC(2026, 9, 24, 20); t < Date.UTC(2026, 9, 25, 6); t += 900_000) {
      const back = fromWall(toWall(t, rome), rome);
      expect(toWall(back, rome)).toBe(toWall(t, rome));
    }
  });
});

describe('local dates and weekdays', () => {
  it('gives the date and weekday of an instant in the zone, not in UTC', () => {
    const instant = Date.UTC(2026, 2, 30, 23, 30);
    expect(localDate(instant, rome)).toBe('2026-03-31');
    expect(localWeekday(instant, rome)).toBe('tuesday');
    expect(localWeekday(instant, newYork)).toBe('monday');
  });
});

describe('dateTimeTimeZone', () => {
  it("reads a Windows-zoned value as that zone's wall clock", () => {
    expect(
      parseDateTimeTimeZone({ dateTime: '2026-03-30T09:00:00', timeZone: 'W. Europe Standard Time' }, 'start'),
    ).toBe(Date.UTC(2026, 2, 30, 7));
  });

  it('reads seven fractional digits', () => {
    expect(parseDateTimeTimeZone({ dateTime: '2026-03-30T09:00:00.0000000', timeZone: 'UTC' }, 'start')).toBe(
      Date.UTC(2026, 2, 30, 9),
    );
  });

  it('formats with seven fractional digits and the zone name as given', () => {
    expect(formatDateTimeTimeZone(Date.UTC(2026, 2, 30, 7), 'W. Europe Standard Time')).toEqual({
      dateTime: '2026-03-30T09:00:00.0000000',
      timeZone: 'W. Europe Standard Time',
    });
  });

  it('refuses an unknown zone with TimeZoneNotSupportedException', () => {
    expect(() => parseDateTimeTimeZone({ dateTime: '2026-03-30T09:00:00', timeZone: 'Moon Time' }, 'start')).toThrow(
      expect.objectContaining({ statusCode: 400, code: 'TimeZoneNotSupportedException' }),
    );
  });

  it('refuses a malformed date-time with 400', () => {
    expect(() => parseDateTimeTimeZone({ dateTime: '30/03/2026 09:00', timeZone: 'UTC' }, 'start')).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });
});
