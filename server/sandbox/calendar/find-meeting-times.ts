import { GraphError } from '../errors.js';
import { DAY_MS } from './days.js';
import type { BusyItem, ShowAs } from './model.js';
import { boolParam, numberParam, prop } from './params.js';
import { strongest } from './schedule.js';
import { workingStretches, type Hours } from './working-hours.js';
import { formatDateTimeTimeZone, parseDateTimeTimeZone } from './zones.js';

// user: findMeetingTimes (FACTS 1.6), deterministic: candidate slots on the half hour inside the
// time constraint and the organiser's activity domain; each scored by its attendees' chance of
// attending (free 100, unknown 49, busy 0, averaged); below minimumAttendeePercentage dropped;
// ordered by confidence, then chronologically (user-findmeetingtimes.md "The confidence of a
// meeting suggestion"); overlapping suggestions are not repeated.

export type ActivityDomain = 'work' | 'personal' | 'unrestricted';

export interface MeetingTimesRequest {
  attendees: { address: string; type: 'required' | 'optional' | 'resource' }[];
  isOrganizerOptional: boolean;
  locations: { displayName: string }[];
  maxCandidates: number;
  durationMs: number;
  minimumAttendeePercentage: number;
  returnSuggestionReasons: boolean;
  activityDomain: ActivityDomain;
  timeSlots: { start: number; end: number }[];
}

/** Not documented; a working week from now when the request gives no time slots. */
export const DEFAULT_SEARCH_MS = 7 * DAY_MS;
/** Not documented; the service returns a handful unless asked for more. */
export const DEFAULT_MAX_CANDIDATES = 5;
const STEP_MS = 30 * 60_000;

const bad = (message: string): GraphError => new GraphError(400, 'ErrorInvalidParameter', message);

/** ISO 8601 duration ("PT1H", "PT2H30M", "P1DT2H") to milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T')) return undefined;
  const [d, h, mi, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  return (((d * 24 + h) * 60 + mi) * 60 + s) * 1000;
}

export function parseMeetingTimesRequest(body: unknown, now: number): MeetingTimesRequest {
  const rawAttendees = prop(body, 'attendees') ?? [];
  if (!Array.isArray(rawAttendees)) throw bad("'attendees' must be a collection.");
  const attendees = rawAttendees.map((a) => {
    const address = prop(prop(a, 'emailAddress'), 'address');
    if (typeof address !== 'string' || address === '') throw bad('Each attendee needs an emailAddress.address.');
    const type = String(prop(a, 'type') ?? 'required').toLowerCase();
    return {
      address,
      type:
        type === 'resource'
          ? ('resource' as const)
          : type === 'optional'
            ? ('optional' as const)
            : ('required' as const),
    };
  });

  const durationText = prop(body, 'meetingDuration');
  const durationMs =
    durationText === undefined || durationText === null ? 30 * 60_000 : parseDuration(String(durationText));
  if (durationMs === undefined || durationMs <= 0)
    throw bad(`The value '${String(durationText)}' of 'meetingDuration' is not a valid duration.`);

  const minimumAttendeePercentage = numberParam(
    prop(body, 'minimumAttendeePercentage'),
    'minimumAttendeePercentage',
    50,
  );
  if (minimumAttendeePercentage < 0 || minimumAttendeePercentage > 100)
    throw bad("'minimumAttendeePercentage' must be between 0 and 100.");
  const maxCandidates = numberParam(prop(body, 'maxCandidates'), 'maxCandidates', DEFAULT_MAX_CANDIDATES);
  if (!Number.isInteger(maxCandidates) || maxCandidates < 1) throw bad("'maxCandidates' must be a positive integer.");

  const constraint = prop(body, 'timeConstraint');
  const domain = String(prop(constraint, 'activityDomain') ?? 'work').toLowerCase();
  // "unknown" is deprecated and "currently behaves the same as work".
  const activityDomain: ActivityDomain =
    domain === 'personal' ? 'personal' : domain === 'unrestricted' ? 'unrestricted' : 'work';
  const rawSlots = prop(constraint, 'timeSlots');
  if (rawSlots !== undefined && rawSlots !== null && !Array.isArray(rawSlots))
    throw bad("'timeSlots' must be a collection.");
  const timeSlots = (rawSlots ?? []).map((s: unknown) => {
    const start = parseDateTimeTimeZone(prop(s, 'start'), 'timeSlot.start');
    const end = parseDateTimeTimeZone(prop(s, 'end'), 'timeSlot.end');
    if (end <= start) throw bad('A time slot must end after it starts.');
    return { start, end };
  });
  if (timeSlots.length === 0) {
    const start = Math.ceil(now / STEP_MS) * STEP_MS;
    timeSlots.push({ start, end: start + DEFAULT_SEARCH_MS });
  }

  const locations = prop(prop(body, 'locationConstraint'), 'locations');
  return {
    attendees,
    isOrganizerOptional: boolParam(prop(body, 'isOrganizerOptional'), 'isOrganizerOptional', false),
    locations: Array.isArray(locations)
      ? locations
          .map((l) => ({ displayName: String(prop(l, 'displayName') ?? '') }))
          .filter((l) => l.displayName !== '')
      : [],
    maxCandidates,
    durationMs,
    minimumAttendeePercentage,
    returnSuggestionReasons: boolParam(prop(body, 'returnSuggestionReasons'), 'returnSuggestionReasons', false),
    activityDomain,
    timeSlots,
  };
}

export interface Participant {
  address: string;
  /** Undefined when the address is not a mailbox the service can read: availability "unknown". */
  busy?: readonly BusyItem[];
}

export interface Organizer {
  hours: Hours;
  busy: readonly BusyItem[];
}

type Availability = ShowAs;

function availabilityOf(busy: readonly BusyItem[] | undefined, start: number, end: number): Availability {
  if (!busy) return 'unknown';
  return strongest(busy.filter((b) => b.start < end && b.end > start).map((b) => b.status));
}

/** An attendee's chance of attending: free 100 %, unknown 49 %, busy 0 %. */
export function attendanceChance(a: Availability): number {
  if (a === 'unknown') return 49;
  if (a === 'busy' || a === 'oof') return 0;
  // Tentative and working-elsewhere time can still be booked; the documentation's own sample
  // scores a tentative organiser's slots 100.
  return 100;
}

function candidates(req: MeetingTimesRequest, organizer: Organizer): number[] {
  const starts = new Set<number>();
  for (const slot of req.timeSlots) {
    const stretches: [number, number][] =
      req.activityDomain === 'unrestricted'
        ? [[slot.start, slot.end]]
        : workingStretches(organizer.hours, slot.start, slot.end, req.activityDomain === 'personal');
    for (const [from, to] of stretches) {
      for (let t = Math.ceil(from / STEP_MS) * STEP_MS; t + req.durationMs <= to; t += STEP_MS) starts.add(t);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

export function findMeetingTimes(
  req: MeetingTimesRequest,
  organizer: Organizer,
  attendees: readonly Participant[],
  zone: string,
): Record<string, unknown> {
  const people = attendees.filter(
    (a) => req.attendees.find((r) => r.address.toLowerCase() === a.address.toLowerCase())?.type !== 'resource',
  );
  const scored: { start: number; confidence: number; organizer: Availability; each: Availability[] }[] = [];
  let organizerFreeSomewhere = false;
  let anyUnknown = false;
  for (const start of candidates(req, organizer)) {
    const end = start + req.durationMs;
    const own = availabilityOf(organizer.busy, start, end);
    if (!req.isOrganizerOptional && attendanceChance(own) === 0) continue;
    organizerFreeSomewhere = true;
    const each = people.map((p) => availabilityOf(p.busy, start, end));
    anyUnknown ||= each.includes('unknown');
    const chances = each.length > 0 ? each.map(attendanceChance) : [attendanceChance(own)];
    const confidence = chances.reduce((a, b) => a + b, 0) / chances.length;
    if (confidence >= req.minimumAttendeePercentage) scored.push({ start, confidence, organizer: own, each });
  }
  scored.sort((a, b) => b.confidence - a.confidence || a.start - b.start);

  const picked: typeof scored = [];
  for (const s of scored) {
    if (picked.length >= req.maxCandidates) break;
    if (picked.some((p) => s.start < p.start + req.durationMs && p.start < s.start + req.durationMs)) continue;
    picked.push(s);
  }

  const suggestions = picked.map((s, i) => ({
    confidence: s.confidence,
    order: i + 1,
    organizerAvailability: s.organizer,
    ...(req.returnSuggestionReasons
      ? {
          suggestionReason: s.each.every((a) => attendanceChance(a) === 100)
            ? 'Suggested because it is one of the nearest times when all attendees are available.'
            : 'Suggested because it is one of the nearest times when most attendees are available.',
        }
      : {}),
    attendeeAvailability: people.map((p, k) => ({
      availability: s.each[k],
      attendee: { emailAddress: { address: p.address } },
    })),
    locations: req.locations.map((l) => ({ displayName: l.displayName })),
    meetingTimeSlot: {
      start: formatDateTimeTimeZone(s.start, zone),
      end: formatDateTimeTimeZone(s.start + req.durationMs, zone),
    },
  }));

  // emptySuggestionsReason is a plain string, and the live service writes it in PascalCase
  // (concepts/findmeetingtimes-example.md shows "AttendeesUnavailable"); clients compare it
  // case-insensitively (FACTS 1.6).
  let reason = '';
  if (suggestions.length === 0) {
    reason = !organizerFreeSomewhere
      ? 'OrganizerUnavailable'
      : anyUnknown
        ? 'AttendeesUnavailableOrUnknown'
        : 'AttendeesUnavailable';
  }
  return { emptySuggestionsReason: reason, meetingTimeSuggestions: suggestions };
}
