import type { Queryable } from '../../db/db.js';
import type { PairFacts, PairsReader } from '../pair-facts.js';

type Row = {
  id: string;
  programme_id: string;
  kind: PairFacts['kind'];
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
      `SELECT p.id, p.programme_id, coalesce(pg.kind, 'mentoring') AS kind, p.status, p.mentor_id, p.mentee_id, me.goals,
              coalesce(me.cadence, mo.cadence) AS cadence, coalesce(me.meeting_minutes, mo.meeting_minutes) AS meeting_minutes
       FROM pairs p
       LEFT JOIN enrolments me ON me.tenant_id = p.tenant_id AND me.person_id = p.mentee_id AND me.programme_id = p.programme_id
       LEFT JOIN enrolments mo ON mo.tenant_id = p.tenant_id AND mo.person_id = p.mentor_id AND mo.programme_id = p.programme_id
       LEFT JOIN programmes pg ON pg.tenant_id = p.tenant_id AND pg.id = p.programme_id
       WHERE p.tenant_id = $1 AND p.id = ANY($2::uuid[])`,
      [tenantId, [...new Set(pairIds)]],
    );
    return new Map(
      rows.map((r): [string, PairFacts] => [
        r.id,
        {
          id: r.id,
          programmeId: r.programme_id,
          kind: r.kind,
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
