import type { Queryable } from '../../db/db.js';
import type { Interval } from '../../time/ranges.js';

/** Each person's Tandem sessions already booked in [from, to), so new ones keep their distance. */
export async function tandemSessions(
  q: Queryable,
  tenantId: string,
  ids: readonly string[],
  from: number,
  to: number,
): Promise<Map<string, Interval[]>> {
  const rows = await q.query<{ person_id: string; starts_at: Date; ends_at: Date }>(
    `SELECT p.person_id, o.starts_at, o.ends_at
     FROM meeting_occurrences o
     JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id AND s.status = 'booked'
     CROSS JOIN LATERAL (VALUES (s.organizer_id), (s.attendee_id)) AS p(person_id)
     WHERE o.tenant_id = $1 AND o.status IN ('scheduled', 'rescheduling') AND o.ends_at > $3 AND o.starts_at < $4
     AND p.person_id = ANY($2::uuid[])`,
    [tenantId, [...new Set(ids)], new Date(from), new Date(to)],
  );
  const out = new Map<string, Interval[]>();
  for (const r of rows)
    out.set(r.person_id, [...(out.get(r.person_id) ?? []), { start: r.starts_at.getTime(), end: r.ends_at.getTime() }]);
  return out;
}
