import { describe, expect, it } from 'vitest';
import { formatRule, parseRule, ruleOfCustomZone } from '../../server/time/zone-rule.js';

const sunday = (month: number, dayOccurrence: number, time = '02:00:00.0000000') => ({
  time,
  dayOccurrence,
  dayOfWeek: 'sunday',
  month,
  year: 0,
});

describe('custom zone rules', () => {
  it('writes the US Pacific rule of a customTimeZone as a POSIX TZ string', () => {
    const rule = ruleOfCustomZone({
      bias: 480,
      standardOffset: sunday(11, 1),
      daylightOffset: { ...sunday(3, 2), daylightBias: -60 },
    });
    expect(formatRule(rule!)).toBe('<-0800>8<-0700>7,M3.2.0,M11.1.0');
  });

  it('writes half-hour offsets, odd transition times and "last" occurrences', () => {
    const rule = ruleOfCustomZone({
      bias: -570,
      standardOffset: sunday(4, 1, '03:00:00.0000000'),
      daylightOffset: { ...sunday(10, 5, '02:30:00.0000000'), daylightBias: -30 },
    });
    expect(formatRule(rule!)).toBe('<+0930>-9:30<+1000>-10,M10.5.0/2:30,M4.1.0/3');
  });

  it('reads a zone without daylight time, or with a daylight bias of 0, as standard time only', () => {
    expect(formatRule(ruleOfCustomZone({ bias: -330 })!)).toBe('<+0530>-5:30');
    expect(
      formatRule(
        ruleOfCustomZone({
          bias: 0,
          standardOffset: sunday(0, 0),
          daylightOffset: { ...sunday(0, 0), daylightBias: 0 },
        })!,
      ),
    ).toBe('<+0000>0');
  });

  it('reads back every rule it writes', () => {
    for (const text of [
      '<-0800>8<-0700>7,M3.2.0,M11.1.0',
      '<+0930>-9:30<+1000>-10,M10.5.0/2:30,M4.1.0/3',
      '<+0530>-5:30',
    ]) {
      expect(formatRule(parseRule(text)!)).toBe(text);
    }
  });

  it('reads classic POSIX strings, daylight time one hour ahead when not given', () => {
    expect(parseRule('EST5EDT,M3.2.0,M11.1.0')).toEqual(parseRule('<-0500>5<-0400>4,M3.2.0/2,M11.1.0/2'));
  });

  it('refuses what it cannot read', () => {
    expect(ruleOfCustomZone({ name: 'Customized Time Zone' })).toBeUndefined();
    expect(ruleOfCustomZone({ bias: 480, daylightOffset: { ...sunday(3, 2), daylightBias: -60 } })).toBeUndefined();
    expect(
      ruleOfCustomZone({
        bias: 480,
        standardOffset: sunday(11, 1),
        daylightOffset: { ...sunday(3, 2), dayOfWeek: 'someday', daylightBias: -60 },
      }),
    ).toBeUndefined();
    expect(parseRule('PST8PDT')).toBeUndefined();
    expect(parseRule('Europe/Rome')).toBeUndefined();
  });
});
