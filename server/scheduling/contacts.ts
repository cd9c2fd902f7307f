import type { Queryable } from '../db/db.js';
import type { Schedule } from '../graph/calendar.js';
import type { Contact, PeopleReader } from '../org/people.js';
import { readWorkingHours } from '../time/outlook-hours.js';
import type { WeeklyHours } from '../time/weekly-hours.js';

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
