import { GraphError } from '../errors.js';
import { DAY_MS } from './days.js';
import type { EventPatch } from './event-input.js';
import type { EmailAddress, EventContent, ResponseStatus, ShowAs } from './model.js';
import { requireZone, toWall } from './zones.js';

// Pure rules for an event's content: applying a patch, what attendees' copies mirror, and what a
// response does to a copy's free/busy.

export type Reply = 'accepted' | 'tentativelyAccepted' | 'declined';

const invalid = (message: string): GraphError => new GraphError(400, 'ErrorInvalidRequest', message);

export function endBeforeStart(): GraphError {
  return new GraphError(
    400,
    'ErrorCalendarEndDateIsEarlierThanStartDate',
    'The end date you entered occurs before the start date.',
  );
}

export function checkTimes(c: EventContent): void {
  if (c.end < c.start) throw endBeforeStart();
  if (c.isAllDay) {
    const midnight = (ms: number, zone: string): boolean => toWall(ms, requireZone(zone)) % DAY_MS === 0;
    if (!midnight(c.start, c.startZone) || !midnight(c.end, c.endZone) || c.end === c.start) {
      throw invalid('An all-day event must start and end at midnight and last at least one day.');
    }
  }
}

/** Patch members that are not copied as they are; transactionId is set once, at creation. */
const SPECIAL = new Set(['start', 'end', 'location', 'locations', 'transactionId']);

/** The content with a patch applied; `location` and `locations` follow each other as in Outlook. */
export function applyContent(base: EventContent, patch: EventPatch): EventContent {
  const next: EventContent = { ...base };
  const { start, end, location, locations } = patch;
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined && !SPECIAL.has(k)) (next as unknown as Record<string, unknown>)[k] = structuredClone(v);
  }
  if (start) Object.assign(next, { start: start.ms, startZone: start.zone });
  if (end) Object.assign(next, { end: end.ms, endZone: end.zone });
  if (location !== undefined) {
    next.location = location;
    if (locations === undefined) next.locations = location ? [location] : [];
  }
  if (locations !== undefined) {
    next.locations = locations;
    if (location === undefined) next.location = locations[0] ?? null;
  }
  return next;
}

/** What the organiser owns and attendees' copies mirror. */
export function organizerFields(c: EventContent): EventPatch {
  return {
    subject: c.subject,
    body: c.body,
    start: { ms: c.start, zone: c.startZone },
    end: { ms: c.end, zone: c.endZone },
    isAllDay: c.isAllDay,
    sensitivity: c.sensitivity,
    importance: c.importance,
    location: c.location,
    locations: c.locations,
    isOnlineMeeting: c.isOnlineMeeting,
    onlineMeetingProvider: c.onlineMeetingProvider,
    allowNewTimeProposals: c.allowNewTimeProposals,
    responseRequested: c.responseRequested,
    hideAttendees: c.hideAttendees,
    recurrence: c.recurrence,
  };
}

export function setStatus(
  attendees: { emailAddress: EmailAddress; status: ResponseStatus }[],
  addresses: Set<string>,
  status: ResponseStatus,
): void {
  for (const a of attendees) if (addresses.has(a.emailAddress.address.toLowerCase())) a.status = { ...status };
}

export function showAsFor(reply: Reply, organizerShowAs: ShowAs): ShowAs {
  if (reply === 'declined') return 'free';
  if (reply === 'tentativelyAccepted') return 'tentative';
  return organizerShowAs === 'tentative' ? 'busy' : organizerShowAs;
}
