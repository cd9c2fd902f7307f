import type { Queryable } from '../db/db.js';
import type { Schedule } from '../graph/calendar.js';
import type { Contact, PeopleReader } from '../org/people.js';
import { readWorkingHours } from '../time/outlook-hours.js';
import type { WeeklyHours } from '../time/weekly-hours.js';
import { ianaFor } from '../time/zones.js';

/** The contacts of those of `ids` who are still in the organisation: someone who left is met no more. */
export async function currentContacts(
  people: PeopleReader,
  q: Queryable,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, Contact>> {
  const all = await people.contacts(q, tenantId, [...new Set(ids)]);
  return new Map([...all].filter(([, c]) => c.current));
}

/**
 * The person's working week: their mailbox's working hours as saved, else those getSchedule gave
 * with their calendar (in the mailbox's zone when theirs cannot be read); null when neither can.
 */
export function workingWeek(contact: Contact, schedule: Schedule | undefined, now: number): WeeklyHours | null {
  return (
    contact.hours ??
    readWorkingHours(schedule?.workingHours, { mailboxZone: contact.mailboxZone, at: now })?.hours ??
    null
  );
}

/**
 * Where the person's day is, as an IANA zone the tab can show times in: their mailbox's zone, else
 * their working hours' (an Outlook custom zone becomes the IANA zone with its offsets around `at`);
 * null when neither is known.
 */
export function ianaZoneOf(contact: Pick<Contact, 'mailboxZone' | 'hours'> | undefined, at: number): string | null {
  const zone = contact?.mailboxZone ?? contact?.hours?.timeZone;
  return zone ? ianaFor(zone, at) : null;
}
