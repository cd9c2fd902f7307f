import type { Queryable } from '../../db/db.js';
import type { PairFacts, PairsReader } from '../pair-facts.js';

type Row = {
  id: string;
  track: PairFacts['track'];
  status: PairFacts['status'];
  mentor_id: string;
  mentee_id: string;
  goals: string[] | null;
  cadence: PairFacts['cadence'];
  meeting_minutes: number | null;
};

/** The pairs reader over pairs and enrolments (matching/pair-facts.ts says what it promises). */
export const pairsReader: PairsReader = {
  async facts(q: Queryable, tenantId: string, pairIds: readonly string[]) {
    if (pairIds.length === 0) return new Map();
    const rows = await q.query<Row>(
      `SELECT p.id, p.track, p.status, p.mentor_id, p.mentee_id, me.goals,
              coalesce(me.cadence, mo.cadence) AS cadence, coalesce(me.meeting_minutes, mo.meeting_minutes) AS meeting_minutes
       FROM pairs p
       LEFT JOIN enrolments me ON me.tenant_id = p.tenant_id AND me.person_id = p.mentee_id AND me.track = p.track
       LEFT JOIN enrolments mo ON mo.tenant_id = p.tenant_id AND mo.person_id = p.mentor_id AND mo.track = p.track
       WHERE p.tenant_id = $1 AND p.id = ANY($2::uuid[])`,
      [tenantId, [...new Set(pairIds)]],
    );
    return new Map(
      rows.map((r): [string, PairFacts] => [
        r.id,
        {
          id: r.id,
          track: r.track,
          status: r.status,
          mentorId: r.mentor_id,
          menteeId: r.mentee_id,
          goals: r.goals ?? [],
          cadence: r.cadence,
          meetingMinutes: r.meeting_minutes,
        },
      ]),
    );
  },
};
