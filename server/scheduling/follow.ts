import type { SeriesState } from '../graph/calendar.js';
import { notify } from '../notify/outbox.js';
import { HORIZON_DAYS, type SchedulingDeps } from './book.js';
import { loadPeople } from './people.js';
import { QUEUES, SERIES_COLUMNS, startSeries, stopSeries, toSeries, type BookJob, type SeriesRow } from './series.js';

// Following booked series in Outlook. People answer and edit meetings in Outlook, not in Tandem:
// a periodic read of each series (in $batch envelopes) notices a decline or a cancellation and
// books a new series, adopts a move, and refreshes Tandem's copy of the occurrences.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A booked series is read again after this long. */
export const FOLLOW_EVERY_MS = 15 * MINUTE;
/** A series nobody could place is tried again after this long (calendars change). */
const RETRY_ATTENTION_MS = DAY;
/** History kept in Tandem's copy, for check-ins and the tab's past sessions. */
const PAST_MS = 35 * DAY;

export interface FollowOutcome {
  checked: number;
  rebooked: number;
  moved: number;
  retried: number;
}

export async function followSeries(deps: SchedulingDeps, limit = 200): Promise<FollowOutcome> {
  const { db } = deps;
  const now = deps.now();
  const out: FollowOutcome = { checked: 0, rebooked: 0, moved: 0, retried: 0 };

  // Unplaced series are given another go.
  const waiting = await db.query<{ tenant_id: string; id: string }>(
    `SELECT tenant_id, id FROM meeting_series WHERE status = 'needs_attention' AND (checked_at IS NULL OR checked_at < $1) ORDER BY checked_at LIMIT $2`,
    [new Date(now - RETRY_ATTENTION_MS), limit],
  );
  for (const w of waiting) {
    await db.transaction(async (tx) => {
      const again = await tx.query(`UPDATE meeting_series SET status = 'booking', checked_at = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2 AND status = 'needs_attention' RETURNING id`, [w.tenant_id, w.id, new Date(now)]);
      if (again.length > 0) await deps.jobs.send(tx, QUEUES.book, { tenantId: w.tenant_id, seriesId: w.id } satisfies BookJob);
    });
    out.retried++;
  }

  const due = await db.query<Record<string, unknown> & { tenant_id: string }>(
    `SELECT tenant_id, ${SERIES_COLUMNS} FROM meeting_series WHERE status = 'booked' AND event_id IS NOT NULL AND (checked_at IS NULL OR checked_at < $1) ORDER BY checked_at NULLS FIRST LIMIT $2`,
    [new Date(now - FOLLOW_EVERY_MS), limit],
  );
  const byTenant = new Map<string, SeriesRow[]>();
  for (const r of due) byTenant.set(r.tenant_id, [...(byTenant.get(r.tenant_id) ?? []), toSeries(r)]);
  for (const [tenantId, series] of byTenant) {
    const people = await loadPeople(db, tenantId, series.flatMap((s) => [s.organizerId, s.attendeeId]));
    const states = await deps.graph.forTenant(tenantId).calendar.readSeriesStates(
      series.map((s) => ({ organizerId: s.organizerId, eventId: s.eventId!, attendeeAddress: people.get(s.attendeeId)?.address ?? '' })),
      { start: now - PAST_MS, end: now + HORIZON_DAYS * DAY },
    );
    for (const [i, s] of series.entries()) {
      const r = await applyState(deps, tenantId, s, states[i]!, people, now);
      out.checked++;
      if (r === 'rebooked') out.rebooked++;
      if (r === 'moved') out.moved++;
    }
  }
  return out;
}

async function applyState(deps: SchedulingDeps, tenantId: string, s: SeriesRow, state: SeriesState, people: Awaited<ReturnType<typeof loadPeople>>, now: number): Promise<'rebooked' | 'moved' | 'same'> {
  const declined = state.attendeeResponse === 'declined';
  return deps.db.transaction(async (tx) => {
    const current = await tx.query<{ status: string; track: string; pair_status: string }>(
      `SELECT s.status, p.track, p.status AS pair_status FROM meeting_series s JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
       WHERE s.tenant_id = $1 AND s.id = $2 FOR UPDATE OF s`,
      [tenantId, s.id],
    );
    // Changed meanwhile (the pair ended, another follower got here first): leave it.
    if (current[0]?.status !== 'booked') return 'same';
    if (state.gone || declined) {
      // Cancelled in Outlook, or the mentee said no: a new series at another time. A declined
      // series is cancelled by the change job; a cancelled one is already gone.
      const avoid = declined ? (await upcoming(tx, tenantId, s.id, now)) : [];
      if (state.gone) await tx.query(`UPDATE meeting_series SET status = 'replaced', updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, s.id]);
      else await stopSeries(tx, deps.jobs, tenantId, s, 'replaced');
      await tx.query(`UPDATE meeting_occurrences SET status = 'cancelled', updated_at = now() WHERE tenant_id = $1 AND series_id = $2 AND starts_at >= $3`, [tenantId, s.id, new Date(now)]);
      if (current[0].pair_status === 'active') {
        await startSeries(tx, deps.jobs, tenantId, { id: s.pairId, track: current[0].track, mentorId: s.organizerId, menteeId: s.attendeeId }, avoid);
      }
      const other = declined ? s.organizerId : s.attendeeId;
      const who = declined ? s.attendeeId : s.organizerId;
      await notify(tx, tenantId, other, 'meetingNeedsAttention', { person: people.get(who)?.displayName ?? '' });
      return 'rebooked';
    }
    let result: 'moved' | 'same' = 'same';
    if (state.start !== null && s.firstStart !== null && state.start !== s.firstStart) {
      // Moved in Outlook by one of them: their choice stands.
      await tx.query(`UPDATE meeting_series SET first_start = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, s.id, new Date(state.start)]);
      result = 'moved';
    }
    const seen = new Set<number>();
    for (const inst of state.instances) {
      seen.add(inst.originalStart);
      await tx.query(
        `INSERT INTO meeting_occurrences (tenant_id, id, series_id, event_id, original_start, starts_at, ends_at, status)
         VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, series_id, original_start) DO UPDATE SET event_id = EXCLUDED.event_id, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
           status = CASE WHEN EXCLUDED.status = 'cancelled' AND meeting_occurrences.status IN ('skipping', 'skipped') THEN 'skipped'
                         WHEN meeting_occurrences.status IN ('skipping', 'rescheduling') THEN meeting_occurrences.status
                         ELSE EXCLUDED.status END,
           updated_at = now()`,
        [tenantId, s.id, inst.eventId, new Date(inst.originalStart), new Date(inst.start), new Date(inst.end), inst.cancelled ? 'cancelled' : 'scheduled'],
      );
    }
    // Occurrences Outlook no longer has in the window read (deleted there) are cancelled here.
    const known = await tx.query<{ id: string; original_start: Date }>(
      `SELECT id, original_start FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND original_start >= $3 AND original_start < $4 AND status = 'scheduled'`,
      [tenantId, s.id, new Date(now - PAST_MS), new Date(now + HORIZON_DAYS * DAY)],
    );
    const missing = known.filter((k) => !seen.has(k.original_start.getTime())).map((k) => k.id);
    if (missing.length > 0) await tx.query(`UPDATE meeting_occurrences SET status = 'cancelled', updated_at = now() WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [tenantId, missing]);
    await tx.query(`UPDATE meeting_series SET checked_at = $3 WHERE tenant_id = $1 AND id = $2`, [tenantId, s.id, new Date(now)]);
    return result;
  });
}

async function upcoming(tx: import('../db/db.js').Queryable, tenantId: string, seriesId: string, now: number): Promise<{ start: number; end: number }[]> {
  const rows = await tx.query<{ starts_at: Date; ends_at: Date }>(
    `SELECT starts_at, ends_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND starts_at >= $3 ORDER BY starts_at LIMIT 30`,
    [tenantId, seriesId, new Date(now)],
  );
  return rows.map((r) => ({ start: r.starts_at.getTime(), end: r.ends_at.getTime() }));
}
