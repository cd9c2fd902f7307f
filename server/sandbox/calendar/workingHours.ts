import type { SandboxUser } from '../org/model.js';
import { DAY_MS, weekdayFromName, weekdayIndex } from './days.js';
import { fromWall, ianaZone, toWall } from './zones.js';

// A mailbox's working hours (mailboxSettings.workingHours) as numbers, and the stretches of
// working time they give over a period.

export interface Hours {
  /** Weekday numbers, 0 = Sunday. */
  days: Set<number>;
  /** Minutes after local midnight. */
  start: number;
  end: number;
  iana: string;
  /** The zone's name as the mailbox states it (a Windows name by default). */
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
  const hours: Hours = {
    days: new Set(wh.daysOfWeek.map((d) => weekdayFromName(d) ?? -1)),
    start: minutesOf(wh.startTime),
    end: minutesOf(wh.endTime),
    iana: ianaZone(zoneName) ?? 'UTC',
    zoneName,
  };
  cache.set(user, hours);
  return hours;
}

/** Local day number of an instant in a zone. */
export const localDay = (ms: number, iana: string): number => Math.floor(toWall(ms, iana) / DAY_MS);

/**
 * The working stretches [start, end) overlapping [from, to), clipped to it. `everyDay` counts
 * Saturday and Sunday as working days (findMeetingTimes' "personal" activity domain).
 */
export function workingStretches(hours: Hours, from: number, to: number, everyDay = false): [number, number][] {
  const out: [number, number][] = [];
  if (hours.end <= hours.start) return out;
  for (let day = localDay(from, hours.iana) - 1; day <= localDay(to, hours.iana) + 1; day++) {
    if (!everyDay && !hours.days.has(weekdayIndex(day))) continue;
    const start = Math.max(from, fromWall(day * DAY_MS + hours.start * 60_000, hours.iana));
    const end = Math.min(to, fromWall(day * DAY_MS + hours.end * 60_000, hours.iana));
    if (end > start) out.push([start, end]);
  }
  return out;
}
