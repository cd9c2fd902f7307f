import type { Queryable } from '../../db/db.js';
import { params, peopleOfPairs, SCOPE_PAIRS, REF, type Scope } from './scope.js';

export interface SessionCounts {
  planned: number;
  held: number;
  skipped: number;
  cancelled: number;
  missed: number;
  unconfirmed: number;
  /** Distinct people of the pairs whose sessions these are. */
  people: number;
}

/**
 * Sessions of the selected pairs (every series, replaced ones too) that started in the period and
 * are over by now, each in one class: held (a check-in of either person says it happened), else
 * skipped, cancelled (declined or cancelled in Outlook, or the pair stopped), missed (a check-in
 * says it did not happen), unconfirmed (nobody checked in). Only `happened` is read of check-ins.
 */
export async function sessionCounts(q: Queryable, s: Scope): Promise<SessionCounts> {
  const rows = await q.query<SessionCounts>(
    `WITH ${SCOPE_PAIRS},
     occ AS (
       SELECT o.status, sp.mentor_id, sp.mentee_id,
              (SELECT bool_or(c.happened) FROM checkins c WHERE c.tenant_id = $1 AND c.occurrence_id = o.id) AS happened
       FROM scope_pairs sp
       JOIN meeting_series ms ON ms.tenant_id = $1 AND ms.pair_id = sp.id
       JOIN meeting_occurrences o ON o.tenant_id = $1 AND o.series_id = ms.id
       WHERE o.starts_at >= $3::timestamptz AND o.starts_at < ${REF} AND o.ends_at <= $8::timestamptz
     )
     SELECT count(*)::int AS planned,
            count(*) FILTER (WHERE happened)::int AS held,
            count(*) FILTER (WHERE happened IS NOT TRUE AND status IN ('skipped', 'skipping'))::int AS skipped,
            count(*) FILTER (WHERE happened IS NOT TRUE AND status = 'cancelled')::int AS cancelled,
            count(*) FILTER (WHERE happened = false AND status IN ('scheduled', 'rescheduling'))::int AS missed,
            count(*) FILTER (WHERE happened IS NULL AND status IN ('scheduled', 'rescheduling'))::int AS unconfirmed,
            ${peopleOfPairs('occ')} AS people
     FROM occ`,
    params(s),
  );
  return rows[0]!;
}
