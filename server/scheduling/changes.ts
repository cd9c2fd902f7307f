import type { Queryable } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import { localDate } from '../time/offsets.js';
import { readWorkingHours } from '../time/outlook-hours.js';
import type { SchedulingDeps } from './book.js';
import { loadPeople, tandemSessions } from './people.js';
import { SERIES_COLUMNS, toSeries, type ChangeJob, type SeriesRow } from './series.js';
import { fairness, freeSlots, type PersonWeek } from './slots.js';

// Changes to a booked series, run as jobs: ending what remains of it, skipping or moving one
// meeting. Each is safe to run again: Outlook answers a second cancel with 404, which is done.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Moving one meeting: not sooner than this from now. */
const RESCHEDULE_NOTICE_MS = 24 * HOUR;

export async function applyChange(deps: SchedulingDeps, job: ChangeJob): Promise<void> {
  const rows = await deps.db.query(`SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = $2`, [job.tenantId, job.seriesId]);
  if (!rows[0]) return;
  const series = toSeries(rows[0]);
  if (job.action === 'end') return endSeries(deps, job.tenantId, series);
  if (job.action === 'skip') return skipOccurrence(deps, job.tenantId, series, job.occurrenceId);
  return rescheduleOccurrence(deps, job.tenantId, series, job.occurrenceId);
}

/**
 * Cancels what remains of a series that is cancelling (pair over) or replaced (being rebooked):
 * a series not started yet is cancelled whole; one with past meetings ends after the last of
 * them, so that history stays in both calendars.
 */
async function endSeries(deps: SchedulingDeps, tenantId: string, s: SeriesRow): Promise<void> {
  if (s.status !== 'cancelling' && s.status !== 'replaced') return;
  const calendar = deps.graph.forTenant(tenantId).calendar;
  const now = deps.now();
  let eventId = s.eventId;
  if (!eventId && s.firstStart !== null) {
    // A create may have reached Outlook without its answer reaching us: look where it was planned.
    eventId = await calendar.findSeriesByTransaction(s.organizerId, s.transactionId, { start: s.firstStart, end: s.firstStart + s.durationMinutes * 60_000 });
  }
  if (eventId) {
    const past = await deps.db.query<{ starts_at: Date }>(
      `SELECT starts_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND starts_at < $3 AND status <> 'cancelled' ORDER BY starts_at DESC LIMIT 1`,
      [tenantId, s.id, new Date(now)],
    );
    const last = past[0]?.starts_at.getTime();
    if (last === undefined || !s.recurrence || !s.timeZone) {
      await calendar.cancelEvent(s.organizerId, eventId, 'Tandem: this mentoring pair has ended, so its meetings are cancelled.');
    } else {
      await calendar.endSeriesAfter(s.organizerId, eventId, s.recurrence, localDate(last, s.timeZone));
    }
  }
  await deps.db.transaction(async (tx) => {
    await tx.query(`UPDATE meeting_series SET status = CASE WHEN status = 'cancelling' THEN 'cancelled' ELSE status END, event_id = coalesce(event_id, $3), updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, s.id, eventId]);
    await tx.query(`UPDATE meeting_occurrences SET status = 'cancelled', updated_at = now() WHERE tenant_id = $1 AND series_id = $2 AND starts_at >= $3`, [tenantId, s.id, new Date(now)]);
  });
}

/** The occurrence's id in Outlook: saved by the follow job, or read now. */
async function occurrenceEventId(deps: SchedulingDeps, tenantId: string, s: SeriesRow, occ: { id: string; event_id: string | null; original_start: Date }): Promise<string | null> {
  if (occ.event_id) return occ.event_id;
  if (!s.eventId) return null;
  const people = await loadPeople(deps.db, tenantId, [s.attendeeId]);
  const at = occ.original_start.getTime();
  const [state] = await deps.graph.forTenant(tenantId).calendar.readSeriesStates([{ organizerId: s.organizerId, eventId: s.eventId, attendeeAddress: people.get(s.attendeeId)?.address ?? '' }], { start: at - DAY, end: at + DAY });
  return state?.instances.find((i) => i.originalStart === at)?.eventId ?? null;
}

async function loadOccurrence(q: Queryable, tenantId: string, seriesId: string, id: string) {
  const rows = await q.query<{ id: string; event_id: string | null; original_start: Date; starts_at: Date; ends_at: Date; status: string }>(
    `SELECT id, event_id, original_start, starts_at, ends_at, status FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND id = $3`,
    [tenantId, seriesId, id],
  );
  return rows[0];
}

async function skipOccurrence(deps: SchedulingDeps, tenantId: string, s: SeriesRow, occurrenceId: string): Promise<void> {
  const occ = await loadOccurrence(deps.db, tenantId, s.id, occurrenceId);
  if (!occ || occ.status !== 'skipping') return;
  const eventId = await occurrenceEventId(deps, tenantId, s, occ);
  if (eventId) await deps.graph.forTenant(tenantId).calendar.cancelEvent(s.organizerId, eventId, 'Tandem: this session is skipped; the series goes on as planned.');
  await deps.db.transaction(async (tx) => {
    await tx.query(`UPDATE meeting_occurrences SET status = 'skipped', last_change = 'skipped', event_id = coalesce(event_id, $3), updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, occ.id, eventId]);
  });
}

/**
 * Moves one meeting to the best free time both people share between the meetings before and
 * after it (Outlook refuses to move an occurrence past its neighbours), at least a day ahead.
 */
async function rescheduleOccurrence(deps: SchedulingDeps, tenantId: string, s: SeriesRow, occurrenceId: string): Promise<void> {
  const occ = await loadOccurrence(deps.db, tenantId, s.id, occurrenceId);
  if (!occ || occ.status !== 'rescheduling') return;
  const now = deps.now();
  const neighbours = await deps.db.query<{ starts_at: Date }>(
    `SELECT starts_at FROM meeting_occurrences WHERE tenant_id = $1 AND series_id = $2 AND id <> $3 AND status <> 'cancelled' ORDER BY starts_at`,
    [tenantId, s.id, occ.id],
  );
  const original = occ.starts_at.getTime();
  const before = neighbours.filter((n) => n.starts_at.getTime() < original).pop()?.starts_at.getTime() ?? now;
  const after = neighbours.find((n) => n.starts_at.getTime() > original)?.starts_at.getTime() ?? original + 14 * DAY;
  // Whole days clear of the neighbours' days, as Outlook wants.
  const from = Math.max(now + RESCHEDULE_NOTICE_MS, startOfNextDay(before));
  const to = Math.min(startOfDay(after), from + 30 * DAY);
  const people = await loadPeople(deps.db, tenantId, [s.organizerId, s.attendeeId]);
  const calendar = deps.graph.forTenant(tenantId).calendar;
  const addressed = [...people.values()].filter((p) => p.address);
  const schedules = to > from ? await calendar.readSchedules(addressed.map((p) => ({ id: p.id, address: p.address! })), { start: from, end: to }) : new Map();
  const tandem = await tandemSessions(deps.db, tenantId, [...people.keys()], from, to);
  const weeks: PersonWeek[] = [];
  for (const p of people.values()) {
    const sched = p.address ? schedules.get(p.address.toLowerCase()) : undefined;
    const week = readWorkingHours(p.workingHours ?? sched?.workingHours, { mailboxZone: p.timeZone, at: now })?.hours;
    if (!week || !sched) break;
    // The meeting being moved is not in the way of itself.
    const busy = [...sched.busy, ...(tandem.get(p.id) ?? [])].filter((b) => !(b.start === original && b.end === occ.ends_at.getTime()));
    weeks.push({ ...week, busy });
  }
  const slots = weeks.length === 2 && to > from ? freeSlots(weeks, { from, to, durationMinutes: s.durationMinutes, minNoticeMs: 0 }).filter((x) => x.start !== original) : [];
  const best = slots.reduce<(typeof slots)[number] | undefined>((b, x) => (!b || fairness(x, weeks) > fairness(b, weeks) + 1e-9 ? x : b), undefined);
  const eventId = best ? await occurrenceEventId(deps, tenantId, s, occ) : null;
  const moved = best && eventId ? await calendar.moveOccurrence(s.organizerId, eventId, best) : { ok: false };
  await deps.db.transaction(async (tx) => {
    if (moved.ok && best) {
      await tx.query(`UPDATE meeting_occurrences SET status = 'scheduled', last_change = 'moved', starts_at = $3, ends_at = $4, event_id = $5, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, occ.id, new Date(best.start), new Date(best.end), eventId]);
      await notify(tx, tenantId, s.organizerId, 'meetingBooked', { person: people.get(s.attendeeId)?.displayName ?? '' });
      await notify(tx, tenantId, s.attendeeId, 'meetingBooked', { person: people.get(s.organizerId)?.displayName ?? '' });
    } else {
      // No shared free time before the next meeting: it stays where it was, and both are told.
      await tx.query(`UPDATE meeting_occurrences SET status = 'scheduled', last_change = 'move_failed', updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, occ.id]);
      await notify(tx, tenantId, s.organizerId, 'meetingNeedsAttention', { person: people.get(s.attendeeId)?.displayName ?? '' });
      await notify(tx, tenantId, s.attendeeId, 'meetingNeedsAttention', { person: people.get(s.organizerId)?.displayName ?? '' });
    }
  });
}

const startOfDay = (ms: number): number => Math.floor(ms / DAY) * DAY;
const startOfNextDay = (ms: number): number => startOfDay(ms) + DAY;
