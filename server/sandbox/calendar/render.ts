import type { EventView } from './model.js';
import { bodyPreviewOf } from './teams-meeting.js';
import { formatDateTimeTimeZone, formatInstant } from './zones.js';

// Graph JSON for an event, key for key in the order of the documentation's sample
// (examples/user-post-event-online-meeting.response.json), times in the caller's zone.

export function renderEvent(e: EventView, zone: string): Record<string, unknown> {
  const recurrence = e.recurrence
    ? {
        pattern: { ...e.recurrence.pattern },
        range: { ...e.recurrence.range, recurrenceTimeZone: e.recurrence.range.recurrenceTimeZone ?? e.startZone },
      }
    : null;
  return {
    '@odata.etag': `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: formatInstant(e.createdAt),
    lastModifiedDateTime: formatInstant(e.modifiedAt),
    changeKey: e.changeKey,
    categories: [...e.categories],
    // "This property is only returned in a response payload if an app has set it" (FACTS 1.7).
    ...(e.transactionId !== null ? { transactionId: e.transactionId } : {}),
    ...(e.originalStart !== null ? { originalStart: formatInstant(e.originalStart) } : {}),
    originalStartTimeZone: e.startZone,
    originalEndTimeZone: e.endZone,
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    hasAttachments: false,
    subject: e.subject,
    bodyPreview: bodyPreviewOf(e.body),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer: e.isOrganizer,
    responseRequested: e.responseRequested,
    seriesMasterId: e.seriesMasterId,
    showAs: e.showAs,
    type: e.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
    // Null for Teams meetings; clients must use onlineMeeting.joinUrl (FACTS 1.7).
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.onlineMeetingProvider,
    allowNewTimeProposals: e.allowNewTimeProposals,
    hideAttendees: e.hideAttendees,
    recurrence,
    responseStatus: { ...e.responseStatus },
    body: { ...e.body },
    start: formatDateTimeTimeZone(e.start, zone),
    end: formatDateTimeTimeZone(e.end, zone),
    location: e.location
      ? { ...e.location }
      : { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: e.locations.map((l) => ({ ...l })),
    attendees: e.attendees.map((a) => ({ type: a.type, status: { ...a.status }, emailAddress: { ...a.emailAddress } })),
    organizer: { emailAddress: { ...e.organizer } },
    onlineMeeting: e.onlineMeeting ? { ...e.onlineMeeting } : null,
  };
}

/** OData $select: the named properties plus the ones Graph always returns. */
export function selectFields(
  item: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select || select.length === 0) return item;
  const wanted = new Set(select.map((s) => s.trim().toLowerCase()));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (k === '@odata.etag' || k === 'id' || wanted.has(k.toLowerCase())) out[k] = v;
  }
  return out;
}
