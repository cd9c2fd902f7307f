import type { Queryable } from '../db/db.js';
import type { Interval } from '../time/ranges.js';

/** What booking needs to know of a person, from the directory copy. */
export interface PersonFacts {
  id: string;
  displayName: string;
  /** SMTP address for getSchedule and invitations: mail, else the sign-in name. */
  address: string | null;
  language: string | null;
  timeZone: string | null;
  workingHours: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: string | null } | null;
  mailboxFetchedAt: number | null;
}

export async function loadPeople(db: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, PersonFacts>> {
  const rows = await db.query<{ id: string; display_name: string | null; mail: string | null; user_principal_name: string | null; preferred_language: string | null; time_zone: string | null; working_hours: PersonFacts['workingHours']; mailbox_fetched_at: Date | null }>(
    `SELECT id, display_name, mail, user_principal_name, preferred_language, time_zone, working_hours, mailbox_fetched_at
     FROM people WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL`,
    [tenantId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, {
    id: r.id,
    displayName: r.display_name ?? '',
    address: r.mail ?? r.user_principal_name,
    language: r.preferred_language,
    timeZone: r.time_zone,
    workingHours: r.working_hours,
    mailboxFetchedAt: r.mailbox_fetched_at ? r.mailbox_fetched_at.getTime() : null,
  }]));
}

/** Each person's Tandem sessions already booked in [from, to), so new ones keep their distance. */
export async function tandemSessions(db: Queryable, tenantId: string, ids: readonly string[], from: number, to: number): Promise<Map<string, Interval[]>> {
  const rows = await db.query<{ person_id: string; starts_at: Date; ends_at: Date }>(
    `SELECT p.person_id, o.starts_at, o.ends_at
     FROM meeting_occurrences o
     JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id AND s.status = 'booked'
     CROSS JOIN LATERAL (VALUES (s.organizer_id), (s.attendee_id)) AS p(person_id)
     WHERE o.tenant_id = $1 AND o.status IN ('scheduled', 'rescheduling') AND o.ends_at > $3 AND o.starts_at < $4 AND p.person_id = ANY($2::uuid[])`,
    [tenantId, [...new Set(ids)], new Date(from), new Date(to)],
  );
  const out = new Map<string, Interval[]>();
  for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), { start: r.starts_at.getTime(), end: r.ends_at.getTime() }]);
  return out;
}
