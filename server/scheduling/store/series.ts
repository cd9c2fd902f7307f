import type { Queryable } from '../../db/db.js';
import type { SeriesRecurrence } from '../../graph/calendar.js';
import type { Interval } from '../../time/ranges.js';
import type { Cadence } from '../../matching/schemas.js';
import type { SeriesStatus } from '../schemas.js';
import { LIVE_SERIES } from '../session-lists.js';

// meeting_series: a pair's meetings as booked in Outlook, one live series per pair at most. Every
// function takes the caller's Queryable (a transaction or the Db), then the tenant.

export interface SeriesRow {
  id: string;
  pairId: string;
  generation: number;
  status: SeriesStatus;
  organizerId: string;
  attendeeId: string;
  cadence: Cadence;
  durationMinutes: number;
  transactionId: string;
  eventId: string | null;
  joinUrl: string | null;
  timeZone: string | null;
  localStart: string | null;
  firstStart: number | null;
  recurrence: SeriesRecurrence | null;
  avoid: Interval[];
  problem: string | null;
  attempts: number;
}

const COLUMNS = `id, pair_id, generation, status, organizer_id, attendee_id, cadence, duration_minutes, transaction_id,
  event_id, join_url, time_zone, local_start, first_start, recurrence, avoid, problem, attempts`;
const columnsOf = (alias: string): string =>
  COLUMNS.split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');

interface Row {
  id: string;
  pair_id: string;
  generation: number | string;
  status: SeriesStatus;
  organizer_id: string;
  attendee_id: string;
  cadence: Cadence;
  duration_minutes: number | string;
  transaction_id: string;
  event_id: string | null;
  join_url: string | null;
  time_zone: string | null;
  local_start: string | null;
  first_start: Date | null;
  recurrence: SeriesRecurrence | null;
  avoid: Interval[] | null;
  problem: string | null;
  attempts: number | string;
}

function toSeries(r: Row): SeriesRow {
  return {
    id: r.id,
    pairId: r.pair_id,
    generation: Number(r.generation),
    status: r.status,
    organizerId: r.organizer_id,
    attendeeId: r.attendee_id,
    cadence: r.cadence,
    durationMinutes: Number(r.duration_minutes),
    transactionId: r.transaction_id,
    eventId: r.event_id ?? null,
    joinUrl: r.join_url ?? null,
    timeZone: r.time_zone ?? null,
    localStart: r.local_start ?? null,
    firstStart: r.first_start ? r.first_start.getTime() : null,
    recurrence: r.recurrence ?? null,
    avoid: r.avoid ?? [],
    problem: r.problem ?? null,
    attempts: Number(r.attempts),
  };
}

export async function seriesById(q: Queryable, tenantId: string, id: string): Promise<SeriesRow | undefined> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
  ]);
  return rows[0] && toSeries(rows[0]);
}

/** A series `personId` organizes or attends; undefined for anyone else's. */
export async function seriesOfPerson(
  q: Queryable,
  tenantId: string,
  id: string,
  personId: string,
): Promise<SeriesRow | undefined> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = $2
     AND (organizer_id = $3 OR attendee_id = $3)`,
    [tenantId, id, personId],
  );
  return rows[0] && toSeries(rows[0]);
}

/** The latest series of each of the person's pairs, by pair id. */
export async function latestSeriesOfPerson(q: Queryable, tenantId: string, personId: string): Promise<SeriesRow[]> {
  const rows = await q.query<Row>(
    `SELECT DISTINCT ON (s.pair_id) ${columnsOf('s')} FROM meeting_series s
     WHERE s.tenant_id = $1 AND (s.organizer_id = $2 OR s.attendee_id = $2)
     ORDER BY s.pair_id, s.generation DESC`,
    [tenantId, personId],
  );
  return rows.map(toSeries);
}

/** Of these series, those still waiting to be booked, oldest first. */
export async function seriesToBook(q: Queryable, tenantId: string, ids: readonly string[]): Promise<SeriesRow[]> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = ANY($2::uuid[])
     AND status = 'booking' ORDER BY created_at, id`,
    [tenantId, ids],
  );
  return rows.map(toSeries);
}

/** The pair's live series (booking, booked or needing attention): at most one; others are on their way out. */
export async function liveSeriesOfPair(q: Queryable, tenantId: string, pairId: string): Promise<SeriesRow | undefined> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND pair_id = $2 AND status = ANY($3::text[])`,
    [tenantId, pairId, LIVE_SERIES],
  );
  return rows[0] && toSeries(rows[0]);
}

/** The generation a new series of the pair gets: one more than any it had. */
export async function nextGeneration(q: Queryable, tenantId: string, pairId: string): Promise<number> {
  const rows = await q.query<{ g: number }>(
    `SELECT coalesce(max(generation), 0)::int AS g FROM meeting_series WHERE tenant_id = $1 AND pair_id = $2`,
    [tenantId, pairId],
  );
  return rows[0]!.g + 1;
}

export interface NewSeriesRow {
  id: string;
  pairId: string;
  generation: number;
  organizerId: string;
  attendeeId: string;
  cadence: Cadence;
  durationMinutes: number;
  transactionId: string;
  avoid: readonly Interval[];
}

/** A series to book (status booking). */
export async function insertSeries(q: Queryable, tenantId: string, s: NewSeriesRow): Promise<void> {
  await q.query(
    `INSERT INTO meeting_series (tenant_id, id, pair_id, generation, status, organizer_id, attendee_id, cadence,
       duration_minutes, transaction_id, avoid)
     VALUES ($1, $2, $3, $4, 'booking', $5, $6, $7, $8, $9, $10::jsonb)`,
    [
      tenantId,
      s.id,
      s.pairId,
      s.generation,
      s.organizerId,
      s.attendeeId,
      s.cadence,
      s.durationMinutes,
      s.transactionId,
      JSON.stringify(s.avoid),
    ],
  );
}

export async function setSeriesStatus(q: Queryable, tenantId: string, id: string, status: SeriesStatus): Promise<void> {
  await q.query(`UPDATE meeting_series SET status = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
    status,
  ]);
}

/** Locks the series row for the rest of the transaction; its status, or undefined when it is gone. */
export async function lockSeries(q: Queryable, tenantId: string, id: string): Promise<SeriesStatus | undefined> {
  const rows = await q.query<{ status: SeriesStatus }>(
    `SELECT status FROM meeting_series WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenantId, id],
  );
  return rows[0]?.status;
}

/** Where a create is about to be sent: a series planned there, in the organizer's wall clock. */
export interface SeriesPlan {
  timeZone: string;
  localStart: string;
  /** The first occurrence, epoch ms. */
  start: number;
  recurrence: unknown;
}

/**
 * Counts one more create sent for the series, with the plan it carries, before it is sent: a
 * later cancellation then knows something may exist, and where.
 */
export async function recordAttempt(q: Queryable, tenantId: string, id: string, plan: SeriesPlan): Promise<void> {
  await q.query(
    `UPDATE meeting_series SET attempts = attempts + 1, time_zone = $3, local_start = $4, first_start = $5,
       recurrence = $6::jsonb, updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, plan.timeZone, plan.localStart, new Date(plan.start), JSON.stringify(plan.recurrence)],
  );
}

/** A series still booking is booked as Outlook created it; false when it was no longer booking. */
export async function markBooked(
  q: Queryable,
  tenantId: string,
  id: string,
  booked: SeriesPlan & { eventId: string; joinUrl: string | null },
  now: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE meeting_series SET status = 'booked', event_id = $3, join_url = $4, time_zone = $5,
       local_start = $6, first_start = $7, recurrence = $8::jsonb, problem = NULL, checked_at = $9, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND status = 'booking' RETURNING id`,
    [
      tenantId,
      id,
      booked.eventId,
      booked.joinUrl,
      booked.timeZone,
      booked.localStart,
      new Date(booked.start),
      JSON.stringify(booked.recurrence),
      new Date(now),
    ],
  );
  return rows.length > 0;
}

/**
 * A series that ended (cancelling, cancelled, replaced) while its create was on the wire keeps
 * the event Outlook made, and a cancelled one is cancelling again; true when it was such a series.
 */
export async function keepEventOfEnded(q: Queryable, tenantId: string, id: string, eventId: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE meeting_series SET event_id = coalesce(event_id, $3),
       status = CASE WHEN status = 'cancelled' THEN 'cancelling' ELSE status END, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND status IN ('cancelling', 'cancelled', 'replaced') RETURNING id`,
    [tenantId, id, eventId],
  );
  return rows.length > 0;
}

/** A series still booking needs a person's attention; false when it was no longer booking. */
export async function markNeedsAttention(
  q: Queryable,
  tenantId: string,
  id: string,
  problem: string,
  now: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE meeting_series SET status = 'needs_attention', problem = $3, checked_at = $4, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND status = 'booking' RETURNING id`,
    [tenantId, id, problem, new Date(now)],
  );
  return rows.length > 0;
}

/** What remained in calendars is cancelled: a cancelling series is cancelled, and keeps the event found. */
export async function markEnded(q: Queryable, tenantId: string, id: string, eventId: string | null): Promise<void> {
  await q.query(
    `UPDATE meeting_series SET status = CASE WHEN status = 'cancelling' THEN 'cancelled' ELSE status END,
       event_id = coalesce(event_id, $3), updated_at = now()
     WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id, eventId],
  );
}

/** Series of every tenant nobody could place, not tried since `before`, least recently tried first. */
export async function seriesToRetry(
  q: Queryable,
  before: number,
  limit: number,
): Promise<{ tenantId: string; id: string }[]> {
  const rows = await q.query<{ tenant_id: string; id: string }>(
    `SELECT tenant_id, id FROM meeting_series WHERE status = 'needs_attention'
     AND (checked_at IS NULL OR checked_at < $1) ORDER BY checked_at LIMIT $2`,
    [new Date(before), limit],
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, id: r.id }));
}

/** A series that needs attention is booking again; false when it no longer needed attention. */
export async function retryBooking(q: Queryable, tenantId: string, id: string, now: number): Promise<boolean> {
  const rows = await q.query(
    `UPDATE meeting_series SET status = 'booking', checked_at = $3, updated_at = now()
     WHERE tenant_id = $1 AND id = $2 AND status = 'needs_attention' RETURNING id`,
    [tenantId, id, new Date(now)],
  );
  return rows.length > 0;
}

/** Booked series of every tenant not read from Outlook since `before`, never read first. */
export async function seriesToFollow(
  q: Queryable,
  before: number,
  limit: number,
): Promise<{ tenantId: string; series: SeriesRow }[]> {
  const rows = await q.query<Row & { tenant_id: string }>(
    `SELECT tenant_id, ${COLUMNS} FROM meeting_series WHERE status = 'booked' AND event_id IS NOT NULL
     AND (checked_at IS NULL OR checked_at < $1)
     ORDER BY checked_at NULLS FIRST LIMIT $2`,
    [new Date(before), limit],
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, series: toSeries(r) }));
}

/** The series' first meeting was moved in Outlook. */
export async function setFirstStart(q: Queryable, tenantId: string, id: string, start: number): Promise<void> {
  await q.query(`UPDATE meeting_series SET first_start = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
    new Date(start),
  ]);
}

export async function markChecked(q: Queryable, tenantId: string, id: string, now: number): Promise<void> {
  await q.query(`UPDATE meeting_series SET checked_at = $3 WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
    new Date(now),
  ]);
}
