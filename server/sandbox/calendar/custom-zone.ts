import type { CustomTimeZone, ZoneTransition } from '../org/model.js';
import { DAY_MS, weekdayFromName } from './days.js';

// Outlook's customTimeZone as the free/busy and working-time maths see it. Windows semantics
// (TIME_ZONE_INFORMATION, which the Graph resource mirrors): UTC = local + bias, plus daylightBias
// in daylight time; a change happens at its `time` on the local clock in force before it, on the
// dayOccurrence-th dayOfWeek of its month (5 = the last), every year. A zone is handed around the
// calendar code as a string (zones.ts); a custom zone's string is its key here.

const PREFIX = 'custom:';
const MINUTE = 60_000;

interface Rule {
  bias: number;
  daylight?: { bias: number; start: ZoneTransition; end: ZoneTransition };
}

const rules = new Map<string, Rule>();

/** The zone string the calendar code uses for a custom zone: the rule itself, so it reads back. */
export function customZoneKey(zone: CustomTimeZone): string {
  return `${PREFIX}${JSON.stringify([zone.bias, zone.standardOffset, zone.daylightOffset])}`;
}

function ruleOf(key: string): Rule {
  let rule = rules.get(key);
  if (!rule) {
    const [bias, end, start] = JSON.parse(key.slice(PREFIX.length)) as [
      number,
      ZoneTransition,
      ZoneTransition & { daylightBias: number },
    ];
    // No daylight month, or no difference in daylight time: standard time all year.
    const daylight = start.month > 0 && start.daylightBias !== 0 ? { bias: start.daylightBias, start, end } : undefined;
    rule = { bias, ...(daylight ? { daylight } : {}) };
    rules.set(key, rule);
  }
  return rule;
}

export const isCustomZone = (zone: string): boolean => zone.startsWith(PREFIX);

/** Local time minus UTC, in ms, at instant `ms` in a custom zone. */
export function customOffsetAt(ms: number, key: string): number {
  const rule = ruleOf(key);
  const standard = -rule.bias * MINUTE;
  if (!rule.daylight) return standard;
  const daylight = -(rule.bias + rule.daylight.bias) * MINUTE;
  const year = new Date(ms + standard).getUTCFullYear();
  const starts = changeWall(year, rule.daylight.start) - standard;
  const ends = changeWall(year, rule.daylight.end) - daylight;
  const inDaylight = starts < ends ? ms >= starts && ms < ends : ms >= starts || ms < ends;
  return inDaylight ? daylight : standard;
}

/** The local wall time (ms, written as UTC) of a yearly change in `year`. */
function changeWall(year: number, t: ZoneTransition): number {
  const first = Date.UTC(year, t.month - 1, 1);
  const lastDate = new Date(Date.UTC(year, t.month, 0)).getUTCDate();
  const weekday = weekdayFromName(t.dayOfWeek) ?? 0;
  let date = 1 + ((weekday - new Date(first).getUTCDay() + 7) % 7) + (t.dayOccurrence - 1) * 7;
  while (date > lastDate) date -= 7;
  const [h = 0, m = 0, s = 0] = t.time.slice(0, 8).split(':').map(Number);
  return first + (date - 1) * DAY_MS + ((h * 60 + m) * 60 + s) * 1000;
}
