// Outlook's working hours, read once into WeeklyHours: where Graph answers are read (mailbox
// settings, getSchedule) and where a saved copy of them is read back from the database.

import type { WeeklyHours } from './weekly-hours.js';
import { readZone } from './zones.js';
import type { CustomTimeZone } from './zone-rule.js';

/**
 * workingHours as Outlook writes it in mailboxSettings and in each getSchedule scheduleInformation:
 * `{ daysOfWeek: ["monday", ...], startTime: "08:00:00.0000000", endTime, timeZone }`, where
 * timeZone is `{ name }` (a Windows or IANA name) or a customTimeZone. A copy saved with the zone
 * flattened to a string (a name or one of our zones) reads the same way.
 */
export interface OutlookWorkingHours {
  daysOfWeek?: readonly string[] | null;
  startTime?: string | null;
  endTime?: string | null;
  timeZone?: string | { name?: string | null } | CustomTimeZone | null;
}

/** Where the zone of a person's WeeklyHours came from. */
export type ZoneSource = 'workingHours' | 'mailbox' | 'office';

/** What readWorkingHours tells its `log` when the working hours' own zone could not be used. */
export interface ZoneFallback {
  /** The working hours' zone as Outlook gave it: a name, "customTimeZone" for a rule that makes no sense, or null. */
  unreadable: string | null;
  /** The fallback used, or null when none could be read either (then there are no hours). */
  usedSource: Exclude<ZoneSource, 'workingHours'> | null;
  usedZone: string | null;
}

export interface ReadHoursOptions {
  /** mailboxSettings.timeZone: a Windows or IANA name ("Customized Time Zone" cannot be read). */
  mailboxZone?: string | null;
  /** The zone of the person's office, as the caller knows it (a name or one of our zones). */
  officeZone?: string | null;
  /**
   * The caller's clock (epoch ms). A custom zone whose offsets are an IANA zone's around then is
   * read as that IANA zone (zones.ts readZone); without it a custom zone stays a rule string.
   */
  at?: number;
  /** Told each time the working hours' own zone was absent or unreadable, and what was used instead. */
  log?: (fallback: ZoneFallback) => void;
}

export interface ReadHours {
  hours: WeeklyHours;
  zoneSource: ZoneSource;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIME = /^\d{2}:\d{2}/;

/**
 * A person's WeeklyHours from Outlook's working hours, or null when there are none: no start or
 * end time, or no zone anyone can read.
 *
 * The zone is the working hours' own; when that is missing or unreadable (a customTimeZone whose
 * rule makes no sense, a name neither Windows nor IANA), the mailbox's zone, then the office's,
 * and `log` hears about it every time (wire it to the request's or the job's logger, e.g.
 * `log: (f) => logger.warn(f, 'working hours zone unreadable')`). `zoneSource` in the answer says
 * which was used. Days Outlook does not name are dropped; times keep their "HH:MM".
 */
export function readWorkingHours(
  wh: OutlookWorkingHours | null | undefined,
  options: ReadHoursOptions = {},
): ReadHours | null {
  if (!wh?.startTime || !wh.endTime || !TIME.test(wh.startTime) || !TIME.test(wh.endTime)) return null;
  const found = zoneOf(wh, options);
  if (!found) return null;
  return {
    hours: {
      timeZone: found.zone,
      days: (wh.daysOfWeek ?? []).map((d) => DAYS.indexOf(d.toLowerCase()) + 1).filter((d) => d > 0),
      start: wh.startTime.slice(0, 5),
      end: wh.endTime.slice(0, 5),
    },
    zoneSource: found.source,
  };
}

function zoneOf(wh: OutlookWorkingHours, options: ReadHoursOptions): { zone: string; source: ZoneSource } | undefined {
  const own = readZone(wh.timeZone, options.at);
  if (own) return { zone: own, source: 'workingHours' };
  const fallbacks: [Exclude<ZoneSource, 'workingHours'>, string | null | undefined][] = [
    ['mailbox', options.mailboxZone],
    ['office', options.officeZone],
  ];
  let used: { zone: string; source: Exclude<ZoneSource, 'workingHours'> } | undefined;
  for (const [source, name] of fallbacks) {
    const zone = readZone(name, options.at);
    if (zone) {
      used = { zone, source };
      break;
    }
  }
  options.log?.({ unreadable: describe(wh.timeZone), usedSource: used?.source ?? null, usedZone: used?.zone ?? null });
  return used;
}

function describe(zone: OutlookWorkingHours['timeZone']): string | null {
  if (typeof zone === 'string') return zone;
  if (!zone) return null;
  if ('bias' in zone || (zone as CustomTimeZone)['@odata.type'] === '#microsoft.graph.customTimeZone')
    return 'customTimeZone';
  return typeof zone.name === 'string' ? zone.name : null;
}
