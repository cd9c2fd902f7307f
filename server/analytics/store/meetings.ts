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
  // Check-ins are reduced to one answer per session first and sessions to counts per pair, so
  // the work is a few hash joins over the tenant's rows, not a lookup per session.
  const rows = await q.query<SessionCounts>(
    `WITH ${SCOPE_PAIRS},
     said AS (
       SELECT c.occurrence_id, bool_or(c.happened) AS happened FROM checkins c WHERE c.tenant_id = $1 GROUP BY c.occurrence_id
     ),
     per_pair AS (
       SELECT sp.mentor_id, sp.mentee_id, count(*) AS planned,
              count(*) FILTER (WHERE said.happened) AS held,
              count(*) FILTER (WHERE said.happened IS NOT TRUE AND o.status IN ('skipped', 'skipping')) AS skipped,
              count(*) FILTER (WHERE said.happened IS NOT TRUE AND o.status = 'cancelled') AS cancelled,
              count(*) FILTER (WHERE said.happened = false AND o.status IN ('scheduled', 'rescheduling')) AS missed,
              count(*) FILTER (WHERE said.happened IS NULL AND o.status IN ('scheduled', 'rescheduling')) AS unconfirmed
       FROM scope_pairs sp
       JOIN meeting_series ms ON ms.tenant_id = $1 AND ms.pair_id = sp.id
       JOIN meeting_occurrences o ON o.tenant_id = $1 AND o.series_id = ms.id
       LEFT JOIN said ON said.occurrence_id = o.id
       WHERE o.starts_at >= $3::timestamptz AND o.starts_at < ${REF} AND o.ends_at <= $8::timestamptz
       GROUP BY sp.id, sp.mentor_id, sp.mentee_id
     )
     SELECT coalesce(sum(planned), 0)::int AS planned, coalesce(sum(held), 0)::int AS held,
            coalesce(sum(skipped), 0)::int AS skipped, coalesce(sum(cancelled), 0)::int AS cancelled,
            coalesce(sum(missed), 0)::int AS missed, coalesce(sum(unconfirmed), 0)::int AS unconfirmed,
            ${peopleOfPairs('per_pair')} AS people
     FROM per_pair`,
    params(s),
  );
  return rows[0]!;
}
