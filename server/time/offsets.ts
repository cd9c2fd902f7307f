// Wall clock <-> instant for a zone: an IANA name through Intl, or an Outlook custom zone's rule
// string (zone-rule.ts) through its own arithmetic. The one implementation of both directions;
// zone-clock.ts makes it fast for callers that convert thousands of times. No clock is read.

import { compileRule, parseRule, type CompiledRule } from './zone-rule.js';
import { DAY, formatWall } from './wall.js';

/** Whether `zone` is a rule string (zone-rule.ts) rather than an IANA name. */
export const isRuleZone = (zone: string): boolean => zone.charCodeAt(0) === 60; // "<"

// A tenant has a handful of zones; building a DateTimeFormat or parsing a rule costs far more than
// using one. Both maps are bounded so that a long-running server cannot grow them without end.
const formatters = new Map<string, Intl.DateTimeFormat>();
const rules = new Map<string, CompiledRule>();
const KEPT = 1024;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (formatters.size >= KEPT) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/** The compiled rule of a rule string; a RangeError for one that is not. */
export function ruleFor(zone: string): CompiledRule {
  let compiled = rules.get(zone);
  if (!compiled) {
    const rule = parseRule(zone);
    if (!rule) throw new RangeError(`not a time zone rule: "${zone}"`);
    compiled = compileRule(rule);
    if (rules.size >= KEPT) rules.clear();
    rules.set(zone, compiled);
  }
  return compiled;
}

/** Local time minus UTC, in milliseconds, at `instant` in `zone` (an IANA name or a rule string). */
export function offsetAt(zone: string, instant: number): number {
  if (isRuleZone(zone)) return ruleFor(zone).offsetAt(instant);
  return intlOffsetAt(zone, instant);
}

/** offsetAt for an IANA name, straight from Intl (whole seconds, as Intl formats them). */
export function intlOffsetAt(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  const local = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!);
  return local - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the clocks of `zone` show `wall` (a local date-time written as UTC
 * milliseconds, wall.ts). Resolved as Temporal's "compatible" disambiguation: a time that happens
 * twice (the autumn hour) is the earlier one, a time that never happens (the spring gap) moves
 * forward by the gap, as a wall clock would.
 */
export function toInstant(zone: string, wall: number): number {
  // Offsets a day either side: clocks change at most once in two days in every zone we know of.
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyHolds = offsetAt(zone, early) === before;
  const lateHolds = offsetAt(zone, late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  return wall - before;
}

/** The wall time of `zone` at `instant`. */
export function wallAt(zone: string, instant: number): number {
  return instant + offsetAt(zone, instant);
}

/** The calendar date of `instant` in `zone`, "YYYY-MM-DD". */
export function localDate(instant: number, zone: string): string {
  return formatWall(wallAt(zone, instant)).slice(0, 10);
}
