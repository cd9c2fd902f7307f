import type { Recurrence } from './recurrence.js';

// The sandbox's own shape of a calendar event. Stored events and the generated baseline both come
// out as EventView; render.ts turns an EventView into Graph JSON in the caller's time zone.

export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
export type AttendeeType = 'required' | 'optional' | 'resource';
export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
export type OnlineMeetingProvider = 'unknown' | 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer';
export type Sensitivity = 'normal' | 'personal' | 'private' | 'confidential';
export type Importance = 'low' | 'normal' | 'high';

/** Graph's "never" for response times. */
export const NEVER = '0001-01-01T00:00:00Z';

export interface ResponseStatus {
  response: ResponseType;
  time: string;
}

export interface EmailAddress {
  name: string;
  address: string;
}

export interface Attendee {
  type: AttendeeType;
  status: ResponseStatus;
  emailAddress: EmailAddress;
}

export interface EventLocation {
  displayName: string;
  locationType: string;
  uniqueId?: string;
  uniqueIdType: string;
}

export interface OnlineMeetingInfo {
  joinUrl: string;
  conferenceId: string;
  tollNumber: string;
}

export interface ItemBody {
  contentType: 'html' | 'text';
  content: string;
}

/** What a client can set on an event. */
export interface EventContent {
  subject: string;
  body: ItemBody;
  start: number;
  end: number;
  /** Zone names exactly as the client sent them (originalStartTimeZone / originalEndTimeZone). */
  startZone: string;
  endZone: string;
  isAllDay: boolean;
  showAs: ShowAs;
  sensitivity: Sensitivity;
  importance: Importance;
  categories: string[];
  location: EventLocation | null;
  locations: EventLocation[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: OnlineMeetingProvider;
  onlineMeeting: OnlineMeetingInfo | null;
  allowNewTimeProposals: boolean;
  responseRequested: boolean;
  hideAttendees: boolean;
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  attendees: Attendee[];
  recurrence: Recurrence | null;
}

/** An event as one mailbox sees it at one time: what the Graph routes answer with. */
export interface EventView extends EventContent {
  id: string;
  iCalUId: string;
  createdAt: number;
  modifiedAt: number;
  changeKey: string;
  organizer: EmailAddress;
  isOrganizer: boolean;
  responseStatus: ResponseStatus;
  isCancelled: boolean;
  transactionId: string | null;
  type: EventType;
  seriesMasterId: string | null;
  /** Occurrences and exceptions: when the series had it before any move (event.originalStart). */
  originalStart: number | null;
}

/** The busy-time reading of an event, for getSchedule and findMeetingTimes. */
export interface BusyItem {
  start: number;
  end: number;
  status: ShowAs;
  subject?: string;
  location?: string;
  isPrivate: boolean;
}

/** The event's effect on free/busy: cancelled and declined meetings leave the time free. */
export function busyItemOf(e: EventView): BusyItem | undefined {
  if (e.isCancelled || e.type === 'seriesMaster' || e.showAs === 'free' || e.responseStatus.response === 'declined')
    return undefined;
  const isPrivate = e.sensitivity === 'private' || e.sensitivity === 'confidential';
  return {
    start: e.start,
    end: e.end,
    status: e.showAs,
    ...(isPrivate ? {} : { subject: e.subject, location: e.location?.displayName ?? '' }),
    isPrivate,
  };
}
