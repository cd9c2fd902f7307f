import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { Jobs } from '../jobs/queue.js';

// A pair's meeting series in the database, and the jobs a change to it queues. Every function
// takes the caller's transaction, so the row and its job commit together or not at all.

export const QUEUES = {
  book: 'meetings-book',
  change: 'meetings-change',
  follow: 'meetings-follow',
} as const;

export type SeriesStatus = 'booking' | 'booked' | 'needs_attention' | 'cancelling' | 'cancelled' | 'replaced';
/** At most one per pair; a cancelling or replaced series is on its way out. */
export const LIVE: readonly SeriesStatus[] = ['booking', 'booked', 'needs_attention'];

export interface BookJob {
  tenantId: string;
  seriesId: string;
}

export type ChangeJob =
  | { tenantId: string; seriesId: string; action: 'end' }
  | { tenantId: string; seriesId: string; action: 'skip' | 'reschedule'; occurrenceId: string };

export interface SeriesRow {
  id: string;
  pairId: string;
  generation: number;
  status: SeriesStatus;
  organizerId: string;
  attendeeId: string;
  cadence: 'weekly' | 'biweekly' | 'monthly';
  durationMinutes: number;
  transactionId: string;
  eventId: string | null;
  joinUrl: string | null;
  timeZone: string | null;
  localStart: string | null;
  firstStart: number | null;
  recurrence: { pattern: unknown; range: { startDate: string; recurrenceTimeZone?: string } } | null;
  avoid: { start: number; end: number }[];
  problem: string | null;
  attempts: number;
}

export const SERIES_COLUMNS = `id, pair_id, generation, status, organizer_id, attendee_id, cadence, duration_minutes, transaction_id,
  event_id, join_url, time_zone, local_start, first_start, recurrence, avoid, problem, attempts`;

export function toSeries(r: Record<string, unknown>): SeriesRow {
  return {
    id: r.id as string,
    pairId: r.pair_id as string,
    generation: Number(r.generation),
    status: r.status as SeriesStatus,
    organizerId: r.organizer_id as string,
    attendeeId: r.attendee_id as string,
    cadence: r.cadence as SeriesRow['cadence'],
    durationMinutes: Number(r.duration_minutes),
    transactionId: r.transaction_id as string,
    eventId: (r.event_id as string | null) ?? null,
    joinUrl: (r.join_url as string | null) ?? null,
    timeZone: (r.time_zone as string | null) ?? null,
    localStart: (r.local_start as string | null) ?? null,
    firstStart: r.first_start ? (r.first_start as Date).getTime() : null,
    recurrence: (r.recurrence as SeriesRow['recurrence']) ?? null,
    avoid: (r.avoid as SeriesRow['avoid']) ?? [],
    problem: (r.problem as string | null) ?? null,
    attempts: Number(r.attempts),
  };
}

export async function liveSeriesOfPair(tx: Queryable, tenantId: string, pairId: string): Promise<SeriesRow | undefined> {
  const rows = await tx.query(`SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND pair_id = $2 AND status = ANY($3::text[])`, [tenantId, pairId, LIVE]);
  return rows[0] ? toSeries(rows[0]) : undefined;
}

/**
 * A new series to book for an active pair, with the mentee's cadence and meeting length (the
 * person the programme serves), and its booking job.
 */
export async function startSeries(
  tx: Queryable,
  jobs: Pick<Jobs, 'send'>,
  tenantId: string,
  pair: { id: string; track: string; mentorId: string; menteeId: string },
  avoid: { start: number; end: number }[] = [],
): Promise<string> {
  const prefs = await tx.query<{ person_id: string; cadence: SeriesRow['cadence']; meeting_minutes: number }>(
    `SELECT person_id, cadence, meeting_minutes FROM enrolments WHERE tenant_id = $1 AND track = $2 AND person_id IN ($3, $4)`,
    [tenantId, pair.track, pair.mentorId, pair.menteeId],
  );
  const pref = prefs.find((p) => p.person_id === pair.menteeId) ?? prefs[0];
  const generation = (await tx.query<{ g: number }>(`SELECT coalesce(max(generation), 0)::int AS g FROM meeting_series WHERE tenant_id = $1 AND pair_id = $2`, [tenantId, pair.id]))[0]!.g + 1;
  const id = randomUUID();
  await tx.query(
    `INSERT INTO meeting_series (tenant_id, id, pair_id, generation, status, organizer_id, attendee_id, cadence, duration_minutes, transaction_id, avoid)
     VALUES ($1, $2, $3, $4, 'booking', $5, $6, $7, $8, $9, $10::jsonb)`,
    // Deterministic per series: every retry of its create carries the same transactionId.
    [tenantId, id, pair.id, generation, pair.mentorId, pair.menteeId, pref?.cadence ?? 'biweekly', pref?.meeting_minutes ?? 45, `tandem-${id}`, JSON.stringify(avoid)],
  );
  await jobs.send(tx, QUEUES.book, { tenantId, seriesId: id } satisfies BookJob);
  return id;
}

/** Stops a live series: what is in calendars is cancelled by the change job. */
export async function stopSeries(tx: Queryable, jobs: Pick<Jobs, 'send'>, tenantId: string, series: SeriesRow, to: 'cancelling' | 'replaced'): Promise<void> {
  // Nothing reached Outlook yet when no create was ever attempted: nothing to cancel.
  const untouched = series.eventId === null && series.attempts === 0;
  await tx.query(`UPDATE meeting_series SET status = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, series.id, untouched ? (to === 'replaced' ? 'replaced' : 'cancelled') : to]);
  if (!untouched) await jobs.send(tx, QUEUES.change, { tenantId, seriesId: series.id, action: 'end' } satisfies ChangeJob);
}

/**
 * Keeps the meetings in step with a pair that changed: an active pair without a live series gets
 * one booked; a pair that is paused, completed or ended has its remaining meetings cancelled.
 */
export async function pairChanged(tx: Queryable, jobs: Pick<Jobs, 'send'>, tenantId: string, pair: { id: string; track: string; status: string; mentorId: string; menteeId: string }): Promise<void> {
  const live = await liveSeriesOfPair(tx, tenantId, pair.id);
  if (pair.status === 'active') {
    if (!live) await startSeries(tx, jobs, tenantId, pair);
    return;
  }
  if (live) await stopSeries(tx, jobs, tenantId, live, 'cancelling');
}
