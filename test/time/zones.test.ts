import { describe, expect, it } from 'vitest';
import { ianaFor, readZone, toIana } from '../../server/time/zones.js';

const AT = Date.UTC(2026, 4, 1);
const sunday = (month: number, dayOccurrence: number, time = '02:00:00.0000000') => ({
  time,
  dayOccurrence,
  dayOfWeek: 'sunday',
  month,
  year: 0,
});
const customZone = (
  bias: number,
  daylight: number,
  start: ReturnType<typeof sunday>,
  end: ReturnType<typeof sunday>,
) => ({
  '@odata.type': '#microsoft.graph.customTimeZone',
  bias,
  name: 'Customized Time Zone',
  standardOffset: end,
  daylightOffset: { ...start, daylightBias: daylight },
});

describe('zone names', () => {
  it('accepts IANA names as Intl knows them, and UTC', () => {
    expect(toIana('Europe/Rome')).toBe('Europe/Rome');
    expect(readZone('Etc/UTC')).toBe('UTC');
    expect(readZone('UTC')).toBe('Etc/UTC');
  });

  it('reads nothing from made-up names or Outlook’s name for a custom zone', () => {
    expect(readZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(readZone('Customized Time Zone')).toBeUndefined();
    expect(readZone({ name: 'Customized Time Zone' })).toBeUndefined();
    expect(readZone(null)).toBeUndefined();
    expect(toIana('')).toBeUndefined();
  });

  it('keeps a rule string of its own as it is', () => {
    expect(readZone('<+0530>-5:30')).toBe('<+0530>-5:30');
    expect(readZone('<nonsense>')).toBeUndefined();
  });
});

describe('custom zones', () => {
  it('become the IANA zone with the same offsets around the given year', () => {
    expect(readZone(customZone(300, -60, sunday(3, 2), sunday(11, 1)), AT)).toBe('America/New_York');
    expect(readZone(customZone(-60, -60, sunday(3, 5), sunday(10, 5, '03:00:00.0000000')), AT)).toBe('Europe/Berlin');
    expect(readZone(customZone(-600, -60, sunday(10, 1), sunday(4, 1, '03:00:00.0000000')), AT)).toBe(
      'Australia/Sydney',
    );
    expect(readZone({ bias: -330 }, AT)).toBe('Asia/Calcutta');
  });

  it('stay rules when no IANA zone has their offsets, or when no year is given', () => {
    const odd = customZone(480, -60, sunday(4, 1), sunday(10, 1));
    expect(readZone(odd, AT)).toBe('<-0800>8<-0700>7,M4.1.0,M10.1.0');
    expect(readZone(customZone(300, -60, sunday(3, 2), sunday(11, 1)))).toBe('<-0500>5<-0400>4,M3.2.0,M11.1.0');
  });
});

describe('ianaFor', () => {
  it('leaves IANA zones alone', () => {
    expect(ianaFor('Europe/Rome', AT)).toBe('Europe/Rome');
  });

  it('names a rule by the IANA zone with its offsets', () => {
    expect(ianaFor('<-0500>5<-0400>4,M3.2.0,M11.1.0', AT)).toBe('America/New_York');
  });

  it('falls back to a zone at the rule’s standard offset all year when none has its daylight time', () => {
    expect(ianaFor('<-0800>8<-0700>7,M4.1.0,M10.1.0', AT)).toBe('Etc/GMT+8');
    expect(ianaFor('<+0930>-9:30<+1030>-10:30,M4.1.0,M10.1.0', AT)).toBe('Australia/Darwin');
    expect(ianaFor('<+0000>0<+0100>-1,M4.1.0,M10.1.0', AT)).toBe('UTC');
  });
});
