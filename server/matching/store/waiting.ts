import type { Queryable } from '../../db/db.js';
import { LIVE_PAIR_STATUSES, type ProgrammeId } from '../schemas.js';

// Mentees still waiting for a mentor in a programme, from matching's own tables. Every statement names
// its tenant.

/**
 * The people enrolled as mentee in the programme and not paused who have no live pair as mentee there
 * and no pending request they sent there (one past its expiry at `now` no longer counts), in one
 * statement; `exceptId` is left out (the mentor who just joined may be a mentee there too).
 */
export async function waitingMentees(
  q: Queryable,
  tenantId: string,
  programmeId: ProgrammeId,
  exceptId: string,
  now: number,
): Promise<string[]> {
  const rows = await q.query<{ person_id: string }>(
    `SELECT e.person_id FROM enrolments e
     WHERE e.tenant_id = $1 AND e.programme_id = $2 AND e.as_mentee AND NOT e.paused AND e.person_id <> $3
       AND NOT EXISTS (SELECT 1 FROM pairs p WHERE p.tenant_id = e.tenant_id AND p.programme_id = e.programme_id
                         AND p.mentee_id = e.person_id AND p.status = ANY($4::text[]))
       AND NOT EXISTS (SELECT 1 FROM match_requests r WHERE r.tenant_id = e.tenant_id AND r.programme_id = e.programme_id
                         AND r.mentee_id = e.person_id AND r.requested_by = e.person_id
                         AND r.status = 'pending' AND r.expires_at >= $5)
     ORDER BY e.person_id`,
    [tenantId, programmeId, exceptId, LIVE_PAIR_STATUSES, new Date(now)],
  );
  return rows.map((r) => r.person_id);
}

/**
 * Holds the news of mentors in the programme until the transaction ends, so that two mentors joining
 * at once see each other's notifications and a waiting mentee is told once.
 */
export async function lockMentorNews(tx: Queryable, tenantId: string, programmeId: ProgrammeId): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`mentor-news:${tenantId}:${programmeId}`]);
}
