import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import { findGoal, type Label } from '../matching/skills.js';

// Check-ins after sessions and progress on a pair's goals. A check-in's note is private: every
// read here is of the asking person's own check-in only.

export interface Checkin {
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
  updatedAt: string;
}

export interface GoalProgress {
  id: string;
  label: Label;
  progress: number;
}

interface CheckinRow {
  occurrence_id: string;
  happened: boolean;
  usefulness: number | null;
  confidence: number | null;
  note: string | null;
  updated_at: Date;
}

const toCheckin = (r: CheckinRow): Checkin => ({ happened: r.happened, usefulness: r.usefulness, confidence: r.confidence, note: r.note, updatedAt: r.updated_at.toISOString() });

/** My own check-ins for these sessions, by session id. */
export async function myCheckins(q: Queryable, tenantId: string, personId: string, occurrenceIds: readonly string[]): Promise<Map<string, Checkin>> {
  if (occurrenceIds.length === 0) return new Map();
  const rows = await q.query<CheckinRow>(
    `SELECT occurrence_id, happened, usefulness, confidence, note, updated_at FROM checkins WHERE tenant_id = $1 AND person_id = $2 AND occurrence_id = ANY($3::uuid[])`,
    [tenantId, personId, occurrenceIds],
  );
  return new Map(rows.map((r) => [r.occurrence_id, toCheckin(r)]));
}

/** Saves my check-in for a session of one of my series that is over. */
export async function saveCheckin(
  q: Queryable,
  tenantId: string,
  personId: string,
  seriesId: string,
  occurrenceId: string,
  input: { happened: boolean; usefulness?: number | null; confidence?: number | null; note?: string | null },
  now: number,
): Promise<Checkin & { occurrenceId: string }> {
  const found = await q.query<{ ends_at: Date }>(
    `SELECT o.ends_at FROM meeting_occurrences o JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
     WHERE o.tenant_id = $1 AND o.series_id = $2 AND o.id = $3 AND (s.organizer_id = $4 OR s.attendee_id = $4)`,
    [tenantId, seriesId, occurrenceId, personId],
  );
  if (!found[0]) throw new AppError('meeting_not_found', 'No such session in your meetings.');
  if (found[0].ends_at.getTime() > now) throw new AppError('meeting_not_over', 'You can check in once the session is over.');
  const rows = await q.query<CheckinRow>(
    `INSERT INTO checkins (tenant_id, occurrence_id, person_id, happened, usefulness, confidence, note, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (tenant_id, occurrence_id, person_id) DO UPDATE SET happened = EXCLUDED.happened, usefulness = EXCLUDED.usefulness,
       confidence = EXCLUDED.confidence, note = EXCLUDED.note, updated_at = now()
     RETURNING occurrence_id, happened, usefulness, confidence, note, updated_at`,
    [tenantId, occurrenceId, personId, input.happened, input.usefulness ?? null, input.confidence ?? null, input.note?.trim() ? input.note : null],
  );
  return { occurrenceId, ...toCheckin(rows[0]!) };
}

/** The goals of each pair (the mentee's, in that track) with their progress, by pair id. */
export async function pairGoals(q: Queryable, tenantId: string, pairIds: readonly string[]): Promise<Map<string, GoalProgress[]>> {
  if (pairIds.length === 0) return new Map();
  const rows = await q.query<{ pair_id: string; goals: string[] | null }>(
    `SELECT p.id AS pair_id, e.goals FROM pairs p LEFT JOIN enrolments e ON e.tenant_id = p.tenant_id AND e.person_id = p.mentee_id AND e.track = p.track
     WHERE p.tenant_id = $1 AND p.id = ANY($2::uuid[])`,
    [tenantId, pairIds],
  );
  const progress = await q.query<{ pair_id: string; goal_id: string; progress: number }>(
    `SELECT pair_id, goal_id, progress FROM goal_progress WHERE tenant_id = $1 AND pair_id = ANY($2::uuid[])`,
    [tenantId, pairIds],
  );
  const out = new Map<string, GoalProgress[]>();
  for (const r of rows) {
    const goals = (r.goals ?? []).flatMap((id) => {
      const goal = findGoal(id);
      return goal ? [{ id, label: goal.label, progress: progress.find((p) => p.pair_id === r.pair_id && p.goal_id === id)?.progress ?? 0 }] : [];
    });
    out.set(r.pair_id, goals);
  }
  return out;
}

/** The mentee records progress on the pair's goals; the mentor reads it. */
export async function saveGoalProgress(q: Queryable, tenantId: string, personId: string, seriesId: string, progress: Record<string, number>): Promise<GoalProgress[]> {
  const found = await q.query<{ pair_id: string; attendee_id: string; organizer_id: string }>(
    `SELECT pair_id, attendee_id, organizer_id FROM meeting_series WHERE tenant_id = $1 AND id = $2 AND (organizer_id = $3 OR attendee_id = $3)`,
    [tenantId, seriesId, personId],
  );
  const series = found[0];
  if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
  if (series.attendee_id !== personId) throw new AppError('mentee_only', 'Progress on goals is the mentee’s to record; you can read it.');
  const goals = (await pairGoals(q, tenantId, [series.pair_id])).get(series.pair_id) ?? [];
  const unknown = Object.keys(progress).filter((id) => !goals.some((g) => g.id === id));
  if (unknown.length > 0) throw new AppError('unknown_goal', `These are not goals of this pair: ${unknown.join(', ')}.`, { ids: unknown });
  for (const [goalId, value] of Object.entries(progress)) {
    await q.query(
      `INSERT INTO goal_progress (tenant_id, pair_id, goal_id, progress, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (tenant_id, pair_id, goal_id) DO UPDATE SET progress = EXCLUDED.progress, updated_at = now()`,
      [tenantId, series.pair_id, goalId, value],
    );
  }
  return (await pairGoals(q, tenantId, [series.pair_id])).get(series.pair_id) ?? [];
}
