// Wall time <-> instants for one zone, fast enough to call for every candidate slot of a batch.
//
// offsets.ts `toInstant` is right but costs a few Intl calls (~16 µs); planning expands thousands
// of occurrences. A zone's offset only changes a couple of times a year, so this asks toInstant
// once per local day (at its midnight and the next) and uses the offset directly on every day
// whose two midnights agree; only the day of a change goes back to toInstant. Works the same for
// IANA names and Outlook custom zones (rule strings).

import { toInstant } from './offsets.js';
import { DAY, HOUR } from './wall.js';

export interface ZoneClock {
  readonly timeZone: string;
  /** The instant at which the zone's clocks show `wall`; the same answer as offsets.ts toInstant. */
  instant(wall: number): number;
  /**
   * The wall time at `instant`. Undefined for the second pass of a repeated autumn hour: no wall
   * time names it (toInstant reads such times as the first pass), so neither could Graph.
   */
  wall(instant: number): number | undefined;
}

export function zoneClock(timeZone: string): ZoneClock {
  // Local day number -> the offset (local minus UTC) for the whole day, or null when it changes.
  const offsets = new Map<number, number | null>();
  const offsetOn = (day: number): number | null => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      const atMidnight = day * DAY - toInstant(timeZone, day * DAY);
      const atNext = (day + 1) * DAY - toInstant(timeZone, (day + 1) * DAY);
      offset = atMidnight === atNext ? atMidnight : null;
      offsets.set(day, offset);
    }
    return offset;
  };

  const instant = (wall: number): number => {
    const offset = offsetOn(Math.floor(wall / DAY));
    return offset === null ? toInstant(timeZone, wall) : wall - offset;
  };

  const wall = (at: number): number | undefined => {
    // No zone is more than 14 hours from UTC, so the local date is one of these.
    for (let day = Math.floor((at - 14 * HOUR) / DAY); day <= Math.floor((at + 14 * HOUR) / DAY); day++) {
      const offset = offsetOn(day);
      // On the day of a change the offset is the next day's or the previous day's; the next day's
      // first, because a time in the spring gap also maps (forward) onto the instant just after it.
      const tries = offset === null ? [offsetOn(day + 1), offsetOn(day - 1)] : [offset];
      for (const o of tries) {
        if (o === null) continue;
        const w = at + o;
        if (Math.floor(w / DAY) === day && instant(w) === at) return w;
      }
    }
    return undefined;
  };

  return { timeZone, instant, wall };
}
