import type { Queryable } from '../../db/db.js';
import type { Interval } from '../../time/ranges.js';
import type { LastChange, OccurrenceStatus } from '../schemas.js';

// meeting_occurrences: Tandem's copy of each session of a series, as booked and then as Outlook
// has it (the follow job refreshes it). Times are epoch ms in and out.

export interface OccurrenceRow {
  id: string;
  seriesId: string;
  eventId: string | null;
  /** The session's own start in the series' pattern, whatever became of it. */
  originalStart: number;
  start: number;
  end: number;
  status: OccurrenceStatus;
  lastChange: LastChange | null;
}

const COLUMNS = 'o.id, o.series_id, o.event_id, o.original_start, o.starts_at, o.ends_at, o.status, o.last_change';

interface Row {
  id: string;
  series_id: string;
  event_id: string | null;
  original_start: Date;
  starts_at: Date;
  ends_at: Date;
  status: OccurrenceStatus;
  last_change: LastChange | null;
}

const toOccurrence = (r: Row): OccurrenceRow => ({
  id: r.id,
  seriesId: r.series_id,
  eventId: r.event_id,
  originalStart: r.original_start.getTime(),
  start: r.starts_at.getTime(),
  end: r.ends_at.getTime(),
  status: r.status,
  lastChange: r.last_change ?? null,
});

/** A session of the series; with `lock`, its row stays locked for the rest of the transaction. */
export async function occurrenceOfSeries(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<OccurrenceRow | undefined> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM meeting_occurrences o WHERE o.tenant_id = $1 AND o.series_id = $2
     AND o.id = $3${options.lock ? ' FOR UPDATE' : ''}`,
    [tenantId, seriesId, id],
  );
  return rows[0] && toOccurrence(rows[0]);
}

/**
 * When a session of a series `personId` organizes or attends ends, epoch ms; undefined when there
 * is no such session among theirs.
 */
export async function sessionEndFor(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  id: string,
  personId: string,
): Promise<number | undefined> {
  const rows = await q.query<{ ends_at: Date }>(
    `SELECT o.ends_at FROM meeting_occurrences o
     JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
     WHERE o.tenant_id = $1 AND o.series_id = $2 AND o.id = $3 AND (s.organizer_id = $4 OR s.attendee_id = $4)`,
    [tenantId, seriesId, id, personId],
  );
  return rows[0]?.ends_at.getTime();
}

/**
 * Every session of these pairs' series (all generations) that started less than 120 days before
 * `now`, soonest first.
 */
export async function sessionsOfPairs(
  q: Queryable,
  tenantId: string,
  pairIds: readonly string[],
  now: number,
): Promise<(OccurrenceRow & { pairId: string })[]> {
  if (pairIds.length === 0) return [];
  const rows = await q.query<Row & { pair_id: string }>(
    `SELECT ${COLUMNS}, s.pair_id FROM meeting_occurrences o
     JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
     WHERE o.tenant_id = $1 AND s.pair_id = ANY($2::uuid[])
     AND o.starts_at > $3::timestamptz - interval '120 days' ORDER BY o.starts_at`,
    [tenantId, pairIds, new Date(now)],
  );
  return rows.map((r) => ({ ...toOccurrence(r), pairId: r.pair_id }));
}

/** The series' next session still to happen (scheduled, or being moved), if any. */
export async function nextSession(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  now: number,
): Promise<OccurrenceRow | undefined> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM meeting_occurrences o WHERE o.tenant_id = $1 AND o.series_id = $2 AND o.starts_at > $3
     AND o.status IN ('scheduled', 'rescheduling')
     ORDER BY o.starts_at LIMIT 1`,
    [tenantId, seriesId, new Date(now)],
  );
  return rows[0] && toOccurrence(rows[0]);
}

/** The start of the series' latest session before `now` that was not cancelled, epoch ms. */
export async function lastSessionStart(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  now: number,
): Promise<number | undefined> {
  const rows = await q.query<{ starts_at: Date }>(
    `SELECT starts_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND starts_at < $3
     AND status <> 'cancelled' ORDER BY starts_at DESC LIMIT 1`,
    [tenantId, seriesId, new Date(now)],
  );
  return rows[0]?.starts_at.getTime();
}

/** The starts of the series' other sessions that were not cancelled, in order. */
export async function otherSessionStarts(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  exceptId: string,
): Promise<number[]> {
  const rows = await q.query<{ starts_at: Date }>(
    `SELECT starts_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND id <> $3
     AND status <> 'cancelled' ORDER BY starts_at`,
    [tenantId, seriesId, exceptId],
  );
  return rows.map((r) => r.starts_at.getTime());
}

/** The series' sessions from `now` on (at most 30), soonest first. */
export async function sessionsFrom(q: Queryable, tenantId: string, seriesId: string, now: number): Promise<Interval[]> {
  const rows = await q.query<{ starts_at: Date; ends_at: Date }>(
    `SELECT starts_at, ends_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2
     AND starts_at >= $3 ORDER BY starts_at LIMIT 30`,
    [tenantId, seriesId, new Date(now)],
  );
  return rows.map((r) => ({ start: r.starts_at.getTime(), end: r.ends_at.getTime() }));
}

/** Ids of the series' scheduled sessions whose own start lies in [from, to). */
export async function scheduledBetween(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  from: number,
  to: number,
): Promise<{ id: string; originalStart: number }[]> {
  const rows = await q.query<{ id: string; original_start: Date }>(
    `SELECT id, original_start FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2
     AND original_start >= $3 AND original_start < $4 AND status = 'scheduled'`,
    [tenantId, seriesId, new Date(from), new Date(to)],
  );
  return rows.map((r) => ({ id: r.id, originalStart: r.original_start.getTime() }));
}

export interface BookedSession {
  originalStart: number;
  start: number;
  end: number;
  /** Skipped when booked: someone's calendar blocked it and no other time was near. */
  skipped: boolean;
}

/** Tandem's copy of a series just booked; sessions already copied are left as they are. */
export async function insertBookedSessions(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  sessions: readonly BookedSession[],
): Promise<void> {
  for (const o of sessions) {
    await q.query(
      `INSERT INTO meeting_occurrences (tenant_id, id, series_id, original_start, starts_at, ends_at, status)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, series_id, original_start) DO NOTHING`,
      [
        tenantId,
        seriesId,
        new Date(o.originalStart),
        new Date(o.start),
        new Date(o.end),
        o.skipped ? 'skipped' : 'scheduled',
      ],
    );
  }
}

export interface OutlookSession {
  eventId: string;
  originalStart: number;
  start: number;
  end: number;
  cancelled: boolean;
}

/**
 * Tandem's copy takes Outlook's sessions: times and event ids as Outlook has them, while a skip
 * or a move asked for in Tandem keeps its status until its job is done.
 */
export async function saveOutlookSessions(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  sessions: readonly OutlookSession[],
): Promise<void> {
  for (const inst of sessions) {
    await q.query(
      `INSERT INTO meeting_occurrences (tenant_id, id, series_id, event_id, original_start, starts_at, ends_at, status)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, series_id, original_start) DO UPDATE SET
         event_id = EXCLUDED.event_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         status = CASE
           WHEN EXCLUDED.status = 'cancelled' AND meeting_occurrences.status IN ('skipping', 'skipped') THEN 'skipped'
           WHEN meeting_occurrences.status IN ('skipping', 'rescheduling') THEN meeting_occurrences.status
           ELSE EXCLUDED.status END,
         updated_at = now()`,
      [
        tenantId,
        seriesId,
        inst.eventId,
        new Date(inst.originalStart),
        new Date(inst.start),
        new Date(inst.end),
        inst.cancelled ? 'cancelled' : 'scheduled',
      ],
    );
  }
}

/** The series' sessions from `from` on are cancelled. */
export async function cancelSessionsFrom(
  q: Queryable,
  tenantId: string,
  seriesId: string,
  from: number,
): Promise<void> {
  await q.query(
    `UPDATE meeting_occurrences SET status = 'cancelled', updated_at = now()
     WHERE tenant_id = $1 AND series_id = $2 AND starts_at >= $3`,
    [tenantId, seriesId, new Date(from)],
  );
}

export async function cancelSessions(q: Queryable, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await q.query(
    `UPDATE meeting_occurrences SET status = 'cancelled', updated_at = now()
     WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenantId, ids],
  );
}

/** A person asked to skip or move the session: its job is queued with this. */
export async function markChanging(
  q: Queryable,
  tenantId: string,
  id: string,
  status: 'skipping' | 'rescheduling',
): Promise<void> {
  await q.query(
    `UPDATE meeting_occurrences SET status = $3, last_change = NULL, updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, status],
  );
}

export async function markSkipped(q: Queryable, tenantId: string, id: string, eventId: string | null): Promise<void> {
  await q.query(
    `UPDATE meeting_occurrences SET status = 'skipped', last_change = 'skipped', event_id = coalesce(event_id, $3),
       updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, eventId],
  );
}

export async function markMoved(
  q: Queryable,
  tenantId: string,
  id: string,
  to: Interval,
  eventId: string,
): Promise<void> {
  await q.query(
    `UPDATE meeting_occurrences SET status = 'scheduled', last_change = 'moved', starts_at = $3, ends_at = $4,
       event_id = $5, updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, new Date(to.start), new Date(to.end), eventId],
  );
}

/** No other time was free: the session stays where it was. */
export async function markMoveFailed(q: Queryable, tenantId: string, id: string): Promise<void> {
  await q.query(
    `UPDATE meeting_occurrences SET status = 'scheduled', last_change = 'move_failed', updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
}
