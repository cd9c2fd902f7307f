// Time zone names as Outlook writes them, read into the one form Tandem keeps: a string that is an
// IANA name ("Europe/Rome"), or, for an Outlook custom zone no IANA zone matches, its rule string
// (zone-rule.ts, "<-0800>8<-0700>7,M3.2.0,M11.1.0"). offsets.ts converts times for both.
//
// Outlook reports zones by their Windows names unless the admin chose IANA (FACTS 1.4). Windows
// names go through CLDR's windowsZones table as the maintained `windows-iana` package ships it,
// territory "001" (the zone CLDR names for the Windows zone as a whole). IANA names are whatever
// Intl accepts. A customTimeZone (bias, standardOffset, daylightOffset; "Customized Time Zone" by
// name) becomes its rule, and, when the caller says which year it is, the IANA zone whose offsets
// are the rule's around that year (see readZone): Graph only takes Windows or IANA names for new
// events and the tab only understands IANA, so a zone with a name is worth more than a rule.

import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { intlOffsetAt, isRuleZone, ruleFor } from './offsets.js';
import { formatRule, parseRule, ruleOfCustomZone, type CompiledRule, type CustomTimeZone } from './zone-rule.js';

/** Windows zone name (lower case) -> CLDR's IANA zone for it, territory "001". */
const WINDOWS = new Map(
  WINDOWS_TO_IANA_MAP.filter((e) => e.territory === '001').map((e) => [e.windowsName.toLowerCase(), e.iana[0]]),
);

/** The IANA zones CLDR gives the Windows zones, in CLDR's order: candidates for a custom zone. */
const CANDIDATES = [...new Set(WINDOWS.values())];

/** The IANA name CLDR gives a Windows zone name (any case); undefined when it is not one. */
export function windowsToIana(name: string): string | undefined {
  return WINDOWS.get(name.trim().toLowerCase());
}

// Intl's verdict on each name asked about: building a DateTimeFormat to find out is slow.
const ianaNames = new Map<string, string | null>();

/** An IANA name for a Windows or IANA time zone name; undefined when it is neither. */
export function toIana(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const windows = windowsToIana(name);
  if (windows) return windows;
  let known = ianaNames.get(name);
  if (known === undefined) {
    try {
      // Already IANA (an admin may configure mailboxes that way): Intl accepts it or throws.
      known = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      known = null;
    }
    if (ianaNames.size >= 1024) ianaNames.clear();
    ianaNames.set(name, known);
  }
  return known ?? undefined;
}

/**
 * Tandem's zone for what Outlook wrote: a Windows or IANA name, "UTC", a rule string of ours, the
 * `{ name }` object of workingHours.timeZone, or a customTimeZone object. Undefined when nothing
 * can be read from it (notably "Customized Time Zone", the name Outlook gives a custom zone in
 * places where it does not send the rule).
 *
 * A custom zone becomes the IANA zone whose offsets are the rule's over the years around `at`
 * (epoch ms, the caller's clock) when one is, so that Graph and the tab can use it; else, or
 * without `at`, its rule string.
 */
export function readZone(value: unknown, at?: number): string | undefined {
  if (typeof value === 'string') {
    if (isRuleZone(value)) return parseRule(value) ? value : undefined;
    return toIana(value);
  }
  if (!value || typeof value !== 'object') return undefined;
  const zone = value as CustomTimeZone & { name?: unknown };
  if (typeof zone.bias === 'number' || zone['@odata.type'] === '#microsoft.graph.customTimeZone') {
    const rule = ruleOfCustomZone(zone);
    if (!rule) return undefined;
    const text = formatRule(rule);
    return (at !== undefined ? equivalentIana(text, at) : undefined) ?? text;
  }
  return typeof zone.name === 'string' ? readZone(zone.name, at) : undefined;
}

/**
 * An IANA name for any zone of ours, for Graph (new events and their recurrence) and the tab: an
 * IANA zone as it is; a rule as the IANA zone with the same offsets around `at` (epoch ms), else
 * one with the same offsets in the year of `at`, else a zone that keeps the rule's standard
 * offset all year (Etc/GMT±h, or a CLDR zone for a half-hour offset), else UTC. Those last two are
 * wrong by the daylight bias during the rule's daylight time: there is no name for the rule.
 */
export function ianaFor(zone: string, at: number): string {
  if (!isRuleZone(zone)) return zone;
  return equivalentIana(zone, at) ?? equivalentIana(zone, at, 0) ?? fixedOffsetIana(ruleFor(zone), at) ?? 'UTC';
}

const equivalents = new Map<string, string | null>();

/**
 * The IANA zone (among CLDR's Windows zones) whose offsets equal the rule's every day from the
 * year before `at` to `ahead` years after it; when several do, the one that has kept these
 * offsets for the most years before (America/Los_Angeles since 2007 rather than America/Tijuana
 * since 2010), then CLDR's order.
 */
function equivalentIana(zone: string, at: number, ahead = 2): string | undefined {
  const year = new Date(at).getUTCFullYear();
  const key = `${zone}|${year}|${ahead}`;
  let found = equivalents.get(key);
  if (found === undefined) {
    const rule = ruleFor(zone);
    const first = ahead === 0 ? year : year - 1;
    let best: { iana: string; since: number } | undefined;
    for (const iana of CANDIDATES) {
      if (!sameOnSamples(rule, iana, year) || !sameYears(rule, iana, first, year + ahead)) continue;
      let since = first;
      while (since > 1970 && sameYears(rule, iana, since - 1, since - 1)) since--;
      if (!best || since < best.since) best = { iana, since };
    }
    found = best?.iana ?? null;
    if (equivalents.size >= 256) equivalents.clear();
    equivalents.set(key, found);
  }
  return found ?? undefined;
}

/** A quick first sift: the offsets in mid-January and mid-July of `year`. */
function sameOnSamples(rule: CompiledRule, iana: string, year: number): boolean {
  return [Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 12)].every(
    (t) => rule.offsetAt(t) === intlOffsetAt(iana, t),
  );
}

/**
 * Whether the offsets agree in every year of [from, to]: on both sides of each of the rule's
 * changes, and on the 1st and 16th of every month, so that no change of the IANA zone the rule
 * lacks (Morocco's month without daylight time, say) goes unseen.
 */
function sameYears(rule: CompiledRule, iana: string, from: number, to: number): boolean {
  for (let year = from; year <= to; year++) {
    const changes = rule.transitions(year);
    const instants = changes ? [changes.start - 1000, changes.start, changes.end - 1000, changes.end] : [];
    for (let month = 0; month < 12; month++) instants.push(Date.UTC(year, month, 1, 12), Date.UTC(year, month, 16, 12));
    if (!instants.every((t) => rule.offsetAt(t) === intlOffsetAt(iana, t))) return false;
  }
  return true;
}

/** An IANA zone that is always at the rule's standard offset, if there is one. */
function fixedOffsetIana(rule: CompiledRule, at: number): string | undefined {
  const minutes = rule.rule.standard;
  if (minutes === 0) return 'UTC';
  // Etc/GMT+h is h hours *behind* UTC (POSIX signs), and runs from Etc/GMT-14 to Etc/GMT+12.
  if (minutes % 60 === 0 && minutes >= -12 * 60 && minutes <= 14 * 60)
    return `Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes) / 60}`;
  const year = new Date(at).getUTCFullYear();
  const fixed = { rule: { standard: minutes }, offsetAt: () => minutes * 60_000, transitions: () => undefined };
  return CANDIDATES.find((iana) => sameOnSamples(fixed, iana, year) && sameYears(fixed, iana, year, year));
}
