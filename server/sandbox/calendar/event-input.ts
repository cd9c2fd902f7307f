import { GraphError } from '../errors.js';
import {
  NEVER,
  type Attendee,
  type AttendeeType,
  type EventLocation,
  type Importance,
  type ItemBody,
  type OnlineMeetingProvider,
  type Sensitivity,
  type ShowAs,
} from './model.js';
import { parseRecurrence, type Recurrence } from './recurrence.js';
import { parseDateTimeTimeZone } from './zones.js';

// A POST or PATCH body for an event, read the way Graph reads it: known properties are converted
// and checked, read-only ones are ignored, unknown ones are refused.

export interface TimeInput {
  ms: number;
  zone: string;
}

export interface EventPatch {
  subject?: string;
  body?: ItemBody;
  start?: TimeInput;
  end?: TimeInput;
  isAllDay?: boolean;
  showAs?: ShowAs;
  sensitivity?: Sensitivity;
  importance?: Importance;
  categories?: string[];
  location?: EventLocation | null;
  locations?: EventLocation[];
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: OnlineMeetingProvider;
  allowNewTimeProposals?: boolean;
  responseRequested?: boolean;
  hideAttendees?: boolean;
  reminderMinutesBeforeStart?: number;
  isReminderOn?: boolean;
  attendees?: Attendee[];
  recurrence?: Recurrence | null;
  transactionId?: string;
}

/** FACTS 1.7: "max 500 attendees per event". */
export const MAX_ATTENDEES = 500;

const SHOW_AS: readonly ShowAs[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const SENSITIVITY: readonly Sensitivity[] = ['normal', 'personal', 'private', 'confidential'];
const IMPORTANCE: readonly Importance[] = ['low', 'normal', 'high'];
const PROVIDERS: readonly OnlineMeetingProvider[] = [
  'unknown',
  'teamsForBusiness',
  'skypeForBusiness',
  'skypeForConsumer',
];
const ATTENDEE_TYPES: readonly AttendeeType[] = ['required', 'optional', 'resource'];

/** Event properties Graph lets a client send but computes itself; accepted and ignored. */
const IGNORED = new Set([
  '@odata.type',
  '@odata.etag',
  '@odata.context',
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'iCalUId',
  'uid',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'originalStart',
  'responseStatus',
  'organizer',
  'isOrganizer',
  'type',
  'seriesMasterId',
  'webLink',
  'onlineMeetingUrl',
  'onlineMeeting',
  'bodyPreview',
  'hasAttachments',
  'isCancelled',
  'isDraft',
  'occurrenceId',
  'cancelledOccurrences',
  'exceptionOccurrences',
  'attachments',
  'calendar',
  'extensions',
  'instances',
  'singleValueExtendedProperties',
  'multiValueExtendedProperties',
]);

function unreadable(message: string): GraphError {
  return new GraphError(400, 'RequestBodyRead', message);
}

function enumOf<T extends string>(value: unknown, allowed: readonly T[], type: string): T {
  const found = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.toLowerCase()) : undefined;
  if (!found)
    throw unreadable(`Cannot convert the literal '${String(value)}' to the expected type 'microsoft.graph.${type}'.`);
  return found;
}

function bool(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw unreadable(`Cannot convert the literal '${String(value)}' to the expected type 'Edm.Boolean' for '${name}'.`);
}

function text(value: unknown, name: string): string {
  if (value === null) return '';
  if (typeof value !== 'string')
    throw unreadable(`Cannot convert the value of '${name}' to the expected type 'Edm.String'.`);
  return value;
}

function locationOf(value: unknown): EventLocation | null {
  if (value === null) return null;
  if (!value || typeof value !== 'object') throw unreadable("Cannot read 'location': a location object is expected.");
  const v = value as Record<string, unknown>;
  const displayName = text(v.displayName ?? '', 'location.displayName');
  if (displayName === '') return null;
  return {
    displayName,
    locationType: typeof v.locationType === 'string' ? v.locationType : 'default',
    uniqueId: typeof v.uniqueId === 'string' ? v.uniqueId : displayName,
    uniqueIdType: typeof v.uniqueIdType === 'string' && v.uniqueIdType !== 'unknown' ? v.uniqueIdType : 'private',
  };
}

function attendeeOf(value: unknown, nameOf: (address: string) => string | undefined): Attendee {
  const v = (value ?? {}) as Record<string, unknown>;
  const email = (v.emailAddress ?? {}) as Record<string, unknown>;
  const address = typeof email.address === 'string' ? email.address.trim() : '';
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
    throw new GraphError(400, 'ErrorInvalidRecipients', "At least one recipient isn't valid.");
  }
  const name = typeof email.name === 'string' && email.name !== '' ? email.name : (nameOf(address) ?? address);
  const type = v.type === undefined || v.type === null ? 'required' : enumOf(v.type, ATTENDEE_TYPES, 'attendeeType');
  return { type, status: { response: 'none', time: NEVER }, emailAddress: { name, address } };
}

/**
 * Reads an event body. `nameOf` gives the display name of a tenant address, used when the client
 * sends an attendee without one, as Outlook resolves it from the directory.
 */
export function parseEventPatch(input: unknown, nameOf: (address: string) => string | undefined): EventPatch {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw unreadable('The request body must be a JSON object.');
  const out: EventPatch = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    switch (key) {
      case 'subject':
        out.subject = text(value, key);
        break;
      case 'body': {
        const b = (value ?? {}) as Record<string, unknown>;
        const contentType =
          b.contentType === undefined ? 'text' : enumOf(b.contentType, ['text', 'html'] as const, 'bodyType');
        out.body = { contentType, content: text(b.content ?? '', 'body.content') };
        break;
      }
      case 'start':
        out.start = { ms: parseDateTimeTimeZone(value, key), zone: zoneName(value) };
        break;
      case 'end':
        out.end = { ms: parseDateTimeTimeZone(value, key), zone: zoneName(value) };
        break;
      case 'isAllDay':
        out.isAllDay = bool(value, key);
        break;
      case 'showAs':
        out.showAs = enumOf(value, SHOW_AS, 'freeBusyStatus');
        break;
      case 'sensitivity':
        out.sensitivity = enumOf(value, SENSITIVITY, 'sensitivity');
        break;
      case 'importance':
        out.importance = enumOf(value, IMPORTANCE, 'importance');
        break;
      case 'categories':
        if (!Array.isArray(value) || value.some((c) => typeof c !== 'string'))
          throw unreadable("'categories' must be a collection of strings.");
        out.categories = value as string[];
        break;
      case 'location':
        out.location = locationOf(value);
        break;
      case 'locations':
        if (!Array.isArray(value)) throw unreadable("'locations' must be a collection.");
        out.locations = value.map(locationOf).filter((l): l is EventLocation => l !== null);
        break;
      case 'isOnlineMeeting':
        out.isOnlineMeeting = bool(value, key);
        break;
      case 'onlineMeetingProvider':
        out.onlineMeetingProvider = enumOf(value, PROVIDERS, 'onlineMeetingProviderType');
        break;
      case 'allowNewTimeProposals':
        out.allowNewTimeProposals = bool(value, key);
        break;
      case 'responseRequested':
        out.responseRequested = bool(value, key);
        break;
      case 'hideAttendees':
        out.hideAttendees = bool(value, key);
        break;
      case 'isReminderOn':
        out.isReminderOn = bool(value, key);
        break;
      case 'reminderMinutesBeforeStart': {
        const n = typeof value === 'string' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isInteger(n))
          throw unreadable("'reminderMinutesBeforeStart' must be an integer.");
        out.reminderMinutesBeforeStart = n;
        break;
      }
      case 'attendees':
        if (!Array.isArray(value)) throw unreadable("'attendees' must be a collection.");
        if (value.length > MAX_ATTENDEES) {
          throw new GraphError(
            400,
            'ErrorExceededMaxRecipientLimit',
            `An event can have at most ${MAX_ATTENDEES} attendees.`,
          );
        }
        out.attendees = dedupe(value.map((a) => attendeeOf(a, nameOf)));
        break;
      case 'recurrence':
        out.recurrence = value === null ? null : parseRecurrence(value);
        break;
      case 'transactionId':
        out.transactionId = text(value, key);
        break;
      default:
        if (IGNORED.has(key) || key.includes('@')) break;
        throw unreadable(
          `The property '${key}' does not exist on type 'microsoft.graph.event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        );
    }
  }
  return out;
}

function zoneName(value: unknown): string {
  const z = (value as { timeZone?: unknown }).timeZone;
  return typeof z === 'string' && z !== '' ? z : 'UTC';
}

/** Outlook keeps one entry per address. */
function dedupe(attendees: Attendee[]): Attendee[] {
  const seen = new Set<string>();
  return attendees.filter((a) => {
    const key = a.emailAddress.address.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
