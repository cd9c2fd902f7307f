import type { Queryable } from '../../db/db.js';
import type { Checkin } from '../schemas.js';

// checkins: each person's own check-in after a session. A check-in's note is private: every read
// here is of one person's own check-ins only.

interface Row {
  occurrence_id: string;
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
  updated_at: Date;
}

const toCheckin = (r: Row): Checkin => ({
  happened: r.happened,
  usefulness: r.usefulness,
  confidence: r.confidence,
  note: r.note,
  updatedAt: r.updated_at.toISOString(),
});

/** The person's own check-ins for these sessions, by session id. */
export async function checkinsOf(
  q: Queryable,
  tenantId: string,
  personId: string,
  occurrenceIds: readonly string[],
): Promise<Map<string, Checkin>> {
  if (occurrenceIds.length === 0) return new Map();
  const rows = await q.query<Row>(
    `SELECT occurrence_id, happened, usefulness, confidence, note, updated_at FROM checkins
     WHERE tenant_id = $1 AND person_id = $2 AND occurrence_id = ANY($3::uuid[])`,
    [tenantId, personId, occurrenceIds],
  );
  return new Map(rows.map((r) => [r.occurrence_id, toCheckin(r)]));
}

export interface CheckinAnswers {
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
}

/** Saves the person's check-in for the session, replacing the one they saved before. */
export async function saveCheckin(
  q: Queryable,
  tenantId: string,
  personId: string,
  occurrenceId: string,
  answers: CheckinAnswers,
): Promise<Checkin> {
  const rows = await q.query<Row>(
    `INSERT INTO checkins (tenant_id, occurrence_id, person_id, happened, usefulness, confidence, note, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (tenant_id, occurrence_id, person_id) DO UPDATE SET happened = EXCLUDED.happened,
       usefulness = EXCLUDED.usefulness, confidence = EXCLUDED.confidence, note = EXCLUDED.note, updated_at = now()
     RETURNING occurrence_id, happened, usefulness, confidence, note, updated_at`,
    [tenantId, occurrenceId, personId, answers.happened, answers.usefulness, answers.confidence, answers.note],
  );
  return toCheckin(rows[0]!);
}
