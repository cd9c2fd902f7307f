import { IANA_ALIAS_MAP, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { GraphError } from '../errors.js';
import type { DayOfWeek } from '../org/model.js';
import { customOffsetAt, isCustomZone } from './custom-zone.js';
import { DAY_MS, weekdayName } from './days.js';

// Time zones the way Outlook takes them: Windows names (the default), IANA names, or "UTC", plus
// the custom zones a mailbox's working hours may carry (custom-zone.ts). Conversions use only Intl
// and the custom rules. A "wall" value is a local date-time encoded as if it were UTC epoch
// milliseconds (2026-03-30T09:00 local -> Date.UTC(2026, 2, 30, 9)), which keeps date arithmetic
// on plain numbers.

/** Windows zone id (lower case) -> IANA: CLDR's windowsZones "001" (territory-neutral) mappings. */
const WINDOWS_BY_LOWER = new Map(
  WINDOWS_TO_IANA_MAP.filter((e) => e.territory === '001').map((e) => [e.windowsName.toLowerCase(), e.iana[0]]),
);

/** IANA -> Windows, every alias of every zone CLDR maps, territory "001" first (Rome is "W. Europe"). */
const IANA_TO_WINDOWS = new Map<string, string>();
{
  const aliases = new Map<string, readonly string[]>();
  for (const entry of IANA_ALIAS_MAP) for (const name of entry.alias) aliases.set(name, entry.alias);
  const entries = [...WINDOWS_TO_IANA_MAP].sort(
    (a, b) => Number(b.territory === '001') - Number(a.territory === '001'),
  );
  for (const entry of entries) {
    for (const iana of entry.iana) {
      for (const name of aliases.get(iana) ?? [iana])
        if (!IANA_TO_WINDOWS.has(name)) IANA_TO_WINDOWS.set(name, entry.windowsName);
    }
  }
}

const UTC_NAMES = new Set(['utc', 'etc/utc', 'tzone://microsoft/utc', 'z']);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The IANA zone Intl should use for a name Outlook accepts; undefined when Outlook would refuse it. */
export function ianaZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (UTC_NAMES.has(trimmed.toLowerCase())) return 'UTC';
  const windows = WINDOWS_BY_LOWER.get(trimmed.toLowerCase());
  if (windows) return windows;
  if (!trimmed.includes('/')) return undefined; // "EST", "PST": abbreviations are not zone names
  try {
    return formatterFor(trimmed).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The Windows name for an IANA zone, when one is known. */
export function windowsZone(iana: string): string | undefined {
  return IANA_TO_WINDOWS.get(iana);
}

/** Outlook's answer to a zone it does not know (live service, see FACTS 1.5/1.6 `Prefer`). */
export function unsupportedZone(name: string): GraphError {
  return new GraphError(
    400,
    'TimeZoneNotSupportedException',
    `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
  );
}

/** Like ianaZone, but answers Outlook's 400 for an unknown name. */
export function requireZone(name: string): string {
  const iana = ianaZone(name);
  if (!iana) throw unsupportedZone(name);
  return iana;
}

function formatterFor(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: iana,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(iana, f);
  }
  return f;
}

// Offsets are cached per 15-minute bucket: every tz database transition since 1970 falls on a
// quarter hour of UTC, so the offset is constant inside a bucket. Each zone's cache is cleared
// when it grows large.
const BUCKET_MS = 900_000;
const offsets = new Map<string, Map<number, number>>();

/** Local time minus UTC, in ms, at the instant `ms` in zone `iana` (or a custom zone's key). */
export function offsetAt(ms: number, iana: string): number {
  if (iana === 'UTC') return 0;
  if (isCustomZone(iana)) return customOffsetAt(ms, iana);
  const bucket = Math.floor(ms / BUCKET_MS);
  let zone = offsets.get(iana);
  if (!zone) offsets.set(iana, (zone = new Map()));
  const cached = zone.get(bucket);
  if (cached !== undefined) return cached;
  const at = bucket * BUCKET_MS;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(iana).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const offset = wall - at;
  if (zone.size > 100_000) zone.clear();
  zone.set(bucket, offset);
  return offset;
}

/** The wall clock in `iana` at instant `ms`. */
export function toWall(ms: number, iana: string): number {
  return ms + offsetAt(ms, iana);
}

/**
 * The instant at which the wall clock in `iana` shows `wall`. Deterministic at DST changes, like
 * Temporal's "compatible" disambiguation: in the fall-back overlap the earlier instant (the
 * daylight-time one); in the spring-forward gap the time is pushed forward by the gap (02:30 in
 * a gap from 02:00 to 03:00 becomes 03:30).
 */
export function fromWall(wall: number, iana: string): number {
  if (iana === 'UTC') return wall;
  // A day either side is past any transition near `wall` (zones differ from UTC by < 15 h) and
  // before the next one (transitions are months apart).
  const before = offsetAt(wall - DAY_MS, iana);
  const after = offsetAt(wall + DAY_MS, iana);
  const early = wall - before;
  const late = wall - after;
  const earlyOk = toWall(early, iana) === wall;
  const lateOk = toWall(late, iana) === wall;
  if (earlyOk && lateOk) return Math.min(early, late);
  if (earlyOk) return early;
  if (lateOk) return late;
  return early;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

export interface ParsedLocal {
  wall: number;
  /** Set when the text carried its own "Z" or "+hh:mm": the instant is then absolute. */
  offsetMs?: number;
}

/** "YYYY-MM-DDTHH:mm[:ss[.fffffff]]" (optionally with Z or an offset), as Graph accepts it. */
export function parseLocal(text: string): ParsedLocal | undefined {
  const m = LOCAL.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [number, number, number, number, number];
  const s = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 59) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  const zone = m[8];
  if (!zone) return { wall };
  if (zone === 'Z') return { wall, offsetMs: 0 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return { wall, offsetMs: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000 };
}

/** "2026-03-30T09:00:00.0000000": Graph's seven fractional digits. */
export function formatWall(wall: number): string {
  return `${new Date(wall).toISOString().slice(0, 23)}0000`;
}

/** Local date "YYYY-MM-DD" of instant `ms` in `iana`. */
export function localDate(ms: number, iana: string): string {
  return new Date(toWall(ms, iana)).toISOString().slice(0, 10);
}

export function localWeekday(ms: number, iana: string): DayOfWeek {
  return weekdayName(Math.floor(toWall(ms, iana) / DAY_MS));
}

/** Graph's dateTimeTimeZone. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** Epoch ms of a dateTimeTimeZone; 400 for a malformed value or an unknown zone. */
export function parseDateTimeTimeZone(value: unknown, field: string): number {
  const v = value as Partial<DateTimeTimeZone> | null | undefined;
  if (!v || typeof v !== 'object' || typeof v.dateTime !== 'string') {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `The value of '${field}' must be a dateTimeTimeZone with a dateTime.`,
    );
  }
  const parsed = parseLocal(v.dateTime);
  if (!parsed) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `Cannot convert the literal '${v.dateTime}' to the expected type 'Edm.DateTime'.`,
    );
  }
  // Graph treats a missing zone as UTC (event.md: "start/end default to UTC").
  const zoneName = typeof v.timeZone === 'string' && v.timeZone !== '' ? v.timeZone : 'UTC';
  const iana = requireZone(zoneName);
  if (parsed.offsetMs !== undefined) return parsed.wall - parsed.offsetMs;
  return fromWall(parsed.wall, iana);
}

/** A dateTimeTimeZone for instant `ms`, labelled with the zone name exactly as the client gave it. */
export function formatDateTimeTimeZone(ms: number, zoneName: string): DateTimeTimeZone {
  const iana = requireZone(zoneName);
  return { dateTime: formatWall(toWall(ms, iana)), timeZone: zoneName };
}

/** ISO instant with Graph's seven fractional digits: "2019-11-15T01:55:54.8020000Z". */
export function formatInstant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}0000Z`;
}
