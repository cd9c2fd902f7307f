// Which free times to offer for moving one session, and which one to take when nobody chose.
// Pure: slots and weeks in, slots out.

import { localDate } from '../time/offsets.js';
import type { Interval } from '../time/ranges.js';
import { fairness, type PersonWeek } from './slots.js';

const HOUR = 3_600_000;

/** Slots by how well they sit in everyone's working day, best first; the sooner of two equals first. */
function ranked(slots: readonly Interval[], weeks: readonly PersonWeek[]): Interval[] {
  // Scores rounded, so that floating-point noise does not put a later slot before an equal one.
  const scored = slots.map((slot) => ({ slot, score: Math.round(fairness(slot, weeks) * 1e9) }));
  scored.sort((a, b) => b.score - a.score || a.slot.start - b.slot.start);
  return scored.map((x) => x.slot);
}

/** The best slot by fairness, the soonest of equals; undefined when there is none. */
export function bestSlot(slots: readonly Interval[], weeks: readonly PersonWeek[]): Interval | undefined {
  return ranked(slots, weeks)[0];
}

/**
 * Up to `count` slots to offer: the best one (what moving without a choice takes), then the best of
 * each other day (days as `timeZone` reads them), then, when there are fewer days than that, the
 * best others at least an hour from those taken. Soonest first.
 */
export function slotChoices(
  slots: readonly Interval[],
  weeks: readonly PersonWeek[],
  { count = 3, timeZone }: { count?: number; timeZone: string },
): Interval[] {
  const order = ranked(slots, weeks);
  const picked: Interval[] = [];
  const days = new Set<string>();
  for (const slot of order) {
    if (picked.length >= count) break;
    const day = localDate(slot.start, timeZone);
    if (days.has(day)) continue;
    days.add(day);
    picked.push(slot);
  }
  for (const slot of order) {
    if (picked.length >= count) break;
    if (picked.every((p) => Math.abs(p.start - slot.start) >= Math.max(HOUR, p.end - p.start))) picked.push(slot);
  }
  return picked.sort((a, b) => a.start - b.start);
}
