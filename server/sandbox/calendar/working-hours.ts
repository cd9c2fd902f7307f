import type { SandboxUser, WorkingHours } from '../org/model.js';
import { DAY_MS, weekdayFromName, weekdayIndex } from './days.js';
import { customZoneKey } from './custom-zone.js';
import { fromWall, ianaZone, toWall } from './zones.js';

// A mailbox's working hours (mailboxSettings.workingHours) as numbers, and the stretches of
// working time they give over a period.

export interface Hours {
  /** Weekday numbers, 0 = Sunday. */
  days: Set<number>;
  /** Minutes after local midnight. */
  start: number;
  end: number;
  /** The zone the maths runs in: an IANA name, or a custom zone's key (custom-zone.ts). */
  zone: string;
  /** The zone's name as the mailbox states it (a Windows name by default, "Customized Time Zone"). */
  zoneName: string;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

// The directory replaces a person's object when it changes them, so an object's hours never change.
const cache = new WeakMap<SandboxUser, Hours>();

export function hoursOf(user: SandboxUser): Hours {
  const cached = cache.get(user);
  if (cached) return cached;
  const wh = user.mailbox.workingHours;
  const zoneName = wh.timeZone.name;
  const zone = 'bias' in wh.timeZone ? customZoneKey(wh.timeZone) : (ianaZone(zoneName) ?? 'UTC');
  const hours: Hours = {
    days: new Set(wh.daysOfWeek.map((d) => weekdayFromName(d) ?? -1)),
    start: minutesOf(wh.startTime),
    end: minutesOf(wh.endTime),
    zone,
    zoneName,
  };
  cache.set(user, hours);
  return hours;
}

/**
 * workingHours as Outlook writes it in mailboxSettings and getSchedule: the zone as `{ name }`, or,
 * for a zone the person customised, the whole customTimeZone (mailboxSettings.timeZone then reads
 * "Customized Time Zone").
 */
export function workingHoursJson(wh: WorkingHours): Record<string, unknown> {
  return {
    daysOfWeek: [...wh.daysOfWeek],
    startTime: wh.startTime,
    endTime: wh.endTime,
    timeZone: 'bias' in wh.timeZone ? structuredClone(wh.timeZone) : { name: wh.timeZone.name },
  };
}

/** Local day number of an instant in a zone. */
export const localDay = (ms: number, zone: string): number => Math.floor(toWall(ms, zone) / DAY_MS);

/**
 * The working stretches [start, end) overlapping [from, to), clipped to it. `everyDay` counts
 * Saturday and Sunday as working days (findMeetingTimes' "personal" activity domain).
 */
export function workingStretches(hours: Hours, from: number, to: number, everyDay = false): [number, number][] {
  const out: [number, number][] = [];
  if (hours.end <= hours.start) return out;
  for (let day = localDay(from, hours.zone) - 1; day <= localDay(to, hours.zone) + 1; day++) {
    if (!everyDay && !hours.days.has(weekdayIndex(day))) continue;
    const start = Math.max(from, fromWall(day * DAY_MS + hours.start * 60_000, hours.zone));
    const end = Math.min(to, fromWall(day * DAY_MS + hours.end * 60_000, hours.zone));
    if (end > start) out.push([start, end]);
  }
  return out;
}
