import { describe, expect, it } from 'vitest';
import { readWorkingHours, type OutlookWorkingHours, type ZoneFallback } from '../../server/time/outlook-hours.js';
import { offsetAt } from '../../server/time/offsets.js';
import { weekIntervals } from '../../server/time/weekly-hours.js';
import { ianaFor } from '../../server/time/zones.js';
import { example } from '../helpers/shape.js';

// Outlook's working hours as Microsoft documents them (test/fixtures/graph): getSchedule's second
// schedule has a customTimeZone (bias 480, the US rules), as Outlook reports a zone its user
// customised; mailbox settings carry the same object, with "Customized Time Zone" as the
// mailbox's own zone.

const HOUR = 3_600_000;
type Schedule = { scheduleId: string; workingHours: OutlookWorkingHours };
const schedules = (example('calendar-getschedule.response.json') as { value: Schedule[] }).value;
const custom = schedules[1]!.workingHours;

/** The documented mailbox settings answer, as Outlook gives it for a mailbox with a custom zone. */
function customMailboxSettings(): { timeZone: string; workingHours: OutlookWorkingHours } {
  const doc = example('user-mailboxsettings.response.json') as { timeZone: string; workingHours: OutlookWorkingHours };
  return { ...doc, timeZone: 'Customized Time Zone', workingHours: { ...doc.workingHours, timeZone: custom.timeZone } };
}

/** Instants either side of the US changes: 02:00 on the second Sunday of March, the first of November. */
const usChanges = (year: number): number[] => {
  const secondSundayOfMarch = [8, 9, 10, 11, 12, 13, 14].find((d) => new Date(Date.UTC(year, 2, d)).getUTCDay() === 0)!;
  const firstSundayOfNovember = [1, 2, 3, 4, 5, 6, 7].find((d) => new Date(Date.UTC(year, 10, d)).getUTCDay() === 0)!;
  const spring = Date.UTC(year, 2, secondSundayOfMarch, 10); // 02:00 PST
  const autumn = Date.UTC(year, 10, firstSundayOfNovember, 9); // 02:00 PDT
  return [spring - HOUR, spring - 1000, spring, spring + HOUR, autumn - HOUR, autumn - 1000, autumn, autumn + HOUR];
};

describe('working hours from getSchedule', () => {
  it('reads the documented plain schedule with its Windows zone', () => {
    expect(readWorkingHours(schedules[0]!.workingHours)).toEqual({
      hours: { timeZone: 'America/Los_Angeles', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      zoneSource: 'workingHours',
    });
  });

  it('reads the documented custom zone as its rule, daylight time included', () => {
    const read = readWorkingHours(custom)!;
    expect(read).toEqual({
      hours: { timeZone: '<-0800>8<-0700>7,M3.2.0,M11.1.0', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      zoneSource: 'workingHours',
    });
    for (const year of [2019, 2026, 2027]) {
      for (const t of usChanges(year))
        expect(offsetAt(read.hours.timeZone, t), new Date(t).toISOString()).toBe(offsetAt('America/Los_Angeles', t));
    }
  });

  it('puts the custom zone’s working days where Los Angeles’s are, in the weeks of both changes', () => {
    const zone = readWorkingHours(custom)!.hours;
    const la = readWorkingHours(schedules[0]!.workingHours)!.hours;
    for (const week of ['2026-03-02', '2026-03-09', '2026-10-26', '2026-11-02'])
      expect(weekIntervals(zone, week)).toEqual(weekIntervals(la, week));
  });

  it('names the custom zone America/Los_Angeles when told the year, so Graph and the tab can use it', () => {
    expect(readWorkingHours(custom, { at: Date.UTC(2026, 4, 1) })!.hours.timeZone).toBe('America/Los_Angeles');
    expect(ianaFor('<-0800>8<-0700>7,M3.2.0,M11.1.0', Date.UTC(2026, 4, 1))).toBe('America/Los_Angeles');
  });
});

describe('working hours from mailbox settings', () => {
  it('reads a custom zone in workingHours although the mailbox says only "Customized Time Zone"', () => {
    const settings = customMailboxSettings();
    const logged: ZoneFallback[] = [];
    const read = readWorkingHours(settings.workingHours, {
      mailboxZone: settings.timeZone,
      log: (f) => logged.push(f),
    })!;
    expect(read.zoneSource).toBe('workingHours');
    expect(logged).toEqual([]);
    for (const t of usChanges(2026)) expect(offsetAt(read.hours.timeZone, t)).toBe(offsetAt('America/Los_Angeles', t));
  });

  it('reads the documented sample, a Windows zone, as before', () => {
    const doc = example('user-mailboxsettings.response.json') as {
      timeZone: string;
      workingHours: OutlookWorkingHours;
    };
    expect(readWorkingHours(doc.workingHours, { mailboxZone: doc.timeZone })!.hours.timeZone).toBe(
      'America/Los_Angeles',
    );
  });
});

describe('falling back when the working hours’ zone cannot be read', () => {
  // Daylight time with no say of when it ends: no rule can be read from that.
  const daylight = {
    daylightBias: -60,
    time: '02:00:00.0000000',
    dayOccurrence: 2,
    dayOfWeek: 'sunday',
    month: 3,
    year: 0,
  };
  const broken = {
    ...custom,
    timeZone: {
      '@odata.type': '#microsoft.graph.customTimeZone',
      bias: 480,
      name: 'Customized Time Zone',
      daylightOffset: daylight,
    },
  };

  it('uses the mailbox’s zone, and says so', () => {
    const logged: ZoneFallback[] = [];
    const read = readWorkingHours(
      { ...custom, timeZone: { name: 'Moon Standard Time' } },
      { mailboxZone: 'W. Europe Standard Time', officeZone: 'Europe/Rome', log: (f) => logged.push(f) },
    );
    expect(read).toEqual({
      hours: { timeZone: 'Europe/Berlin', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      zoneSource: 'mailbox',
    });
    expect(logged).toEqual([{ unreadable: 'Moon Standard Time', usedSource: 'mailbox', usedZone: 'Europe/Berlin' }]);
  });

  it('uses the office’s zone when the mailbox’s cannot be read either, and says so', () => {
    const logged: ZoneFallback[] = [];
    const read = readWorkingHours(broken, {
      mailboxZone: 'Customized Time Zone',
      officeZone: 'Eastern Standard Time',
      log: (f) => logged.push(f),
    });
    expect(read?.hours.timeZone).toBe('America/New_York');
    expect(read?.zoneSource).toBe('office');
    expect(logged).toEqual([{ unreadable: 'customTimeZone', usedSource: 'office', usedZone: 'America/New_York' }]);
  });

  it('gives no hours when nothing can be read, and says so', () => {
    const logged: ZoneFallback[] = [];
    expect(readWorkingHours(broken, { mailboxZone: 'Customized Time Zone', log: (f) => logged.push(f) })).toBeNull();
    expect(logged).toEqual([{ unreadable: 'customTimeZone', usedSource: null, usedZone: null }]);
  });

  it('falls back the same way for hours saved without a zone', () => {
    const logged: ZoneFallback[] = [];
    expect(
      readWorkingHours(
        { ...custom, timeZone: null },
        { mailboxZone: 'India Standard Time', log: (f) => logged.push(f) },
      )?.hours.timeZone,
    ).toBe('Asia/Calcutta');
    expect(logged).toEqual([{ unreadable: null, usedSource: 'mailbox', usedZone: 'Asia/Calcutta' }]);
  });

  it('gives no hours without a start or an end time', () => {
    expect(readWorkingHours({ ...custom, startTime: undefined })).toBeNull();
    expect(readWorkingHours(null)).toBeNull();
  });
});
