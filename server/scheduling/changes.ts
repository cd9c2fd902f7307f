import { notify } from '../notify/outbox.js';
import { localDate } from '../time/offsets.js';
import { currentContacts, workingWeek } from './contacts.js';
import type { SchedulingDeps } from './deps.js';
import type { ChangeJob } from './series.js';
import { fairness, freeSlots, type PersonWeek } from './slots.js';
import {
  lastSessionStart,
  markMoved,
  markMoveFailed,
  markSkipped,
  occurrenceOfSeries,
  otherSessionStarts,
  cancelSessionsFrom,
  type OccurrenceRow,
} from './store/occurrences.js';
import { markEnded, seriesById, type SeriesRow } from './store/series.js';
import { tandemSessions } from './store/sessions.js';

// Changes to a booked series, run as jobs: ending what remains of it, skipping or moving one
// meeting. Each is safe to run again: Outlook answers a second cancel with 404, which is done.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Moving one meeting: not sooner than this from now. */
const RESCHEDULE_NOTICE_MS = 24 * HOUR;

export async function applyChange(deps: SchedulingDeps, job: ChangeJob): Promise<void> {
  const series = await seriesById(deps.db, job.tenantId, job.seriesId);
  if (!series) return;
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
  const now = deps.clock.now();
  let eventId = s.eventId;
  if (!eventId && s.firstStart !== null) {
    // A create may have reached Outlook without its answer reaching us: look where it was planned.
    eventId = await calendar.findSeriesByTransaction(s.organizerId, s.transactionId, {
      start: s.firstStart,
      end: s.firstStart + s.durationMinutes * 60_000,
    });
  }
  if (eventId) {
    const last = await lastSessionStart(deps.db, tenantId, s.id, now);
    if (last === undefined || !s.recurrence || !s.timeZone) {
      await calendar.cancelEvent(
        s.organizerId,
        eventId,
        'Tandem: this mentoring pair has ended, so its meetings are cancelled.',
      );
    } else {
      await calendar.endSeriesAfter(s.organizerId, eventId, s.recurrence, localDate(last, s.timeZone));
    }
  }
  await deps.db.transaction(async (tx) => {
    await markEnded(tx, tenantId, s.id, eventId);
    await cancelSessionsFrom(tx, tenantId, s.id, now);
  });
}

/** The occurrence's id in Outlook: saved by the follow job, or read now. */
async function occurrenceEventId(
  deps: SchedulingDeps,
  tenantId: string,
  s: SeriesRow,
  occ: OccurrenceRow,
): Promise<string | null> {
  if (occ.eventId) return occ.eventId;
  if (!s.eventId) return null;
  const people = await currentContacts(deps.people, deps.db, tenantId, [s.attendeeId]);
  const at = occ.originalStart;
  const [state] = await deps.graph
    .forTenant(tenantId)
    .calendar.readSeriesStates(
      [{ organizerId: s.organizerId, eventId: s.eventId, attendeeAddress: people.get(s.attendeeId)?.address ?? '' }],
      { start: at - DAY, end: at + DAY },
    );
  return state?.instances.find((i) => i.originalStart === at)?.eventId ?? null;
}

async function skipOccurrence(
  deps: SchedulingDeps,
  tenantId: string,
  s: SeriesRow,
  occurrenceId: string,
): Promise<void> {
  const occ = await occurrenceOfSeries(deps.db, tenantId, s.id, occurrenceId);
  if (!occ || occ.status !== 'skipping') return;
  const eventId = await occurrenceEventId(deps, tenantId, s, occ);
  if (eventId)
    await deps.graph
      .forTenant(tenantId)
      .calendar.cancelEvent(s.organizerId, eventId, 'Tandem: this session is skipped; the series goes on as planned.');
  await deps.db.transaction((tx) => markSkipped(tx, tenantId, occ.id, eventId));
}

/**
 * Moves one meeting to the best free time both people share between the meetings before and
 * after it (Outlook refuses to move an occurrence past its neighbours), at least a day ahead.
 */
async function rescheduleOccurrence(
  deps: SchedulingDeps,
  tenantId: string,
  s: SeriesRow,
  occurrenceId: string,
): Promise<void> {
  const occ = await occurrenceOfSeries(deps.db, tenantId, s.id, occurrenceId);
  if (!occ || occ.status !== 'rescheduling') return;
  const now = deps.clock.now();
  const neighbours = await otherSessionStarts(deps.db, tenantId, s.id, occ.id);
  const original = occ.start;
  const before = neighbours.filter((n) => n < original).pop() ?? now;
  const after = neighbours.find((n) => n > original) ?? original + 14 * DAY;
  // Whole days clear of the neighbours' days, as Outlook wants.
  const from = Math.max(now + RESCHEDULE_NOTICE_MS, startOfNextDay(before));
  const to = Math.min(startOfDay(after), from + 30 * DAY);
  const people = await currentContacts(deps.people, deps.db, tenantId, [s.organizerId, s.attendeeId]);
  const calendar = deps.graph.forTenant(tenantId).calendar;
  const addressed = [...people.values()].filter((p) => p.address);
  const schedules =
    to > from
      ? await calendar.readSchedules(
          addressed.map((p) => ({ id: p.id, address: p.address! })),
          { start: from, end: to },
        )
      : new Map();
  const tandem = await tandemSessions(deps.db, tenantId, [...people.keys()], from, to);
  const weeks: PersonWeek[] = [];
  for (const p of people.values()) {
    const sched = p.address ? schedules.get(p.address.toLowerCase()) : undefined;
    const week = workingWeek(p, sched, now);
    if (!week || !sched) break;
    // The meeting being moved is not in the way of itself.
    const busy = [...sched.busy, ...(tandem.get(p.id) ?? [])].filter(
      (b) => !(b.start === original && b.end === occ.end),
    );
    weeks.push({ ...week, busy });
  }
  const slots =
    weeks.length === 2 && to > from
      ? freeSlots(weeks, { from, to, durationMinutes: s.durationMinutes, minNoticeMs: 0 }).filter(
          (x) => x.start !== original,
        )
      : [];
  const best = slots.reduce<(typeof slots)[number] | undefined>(
    (b, x) => (!b || fairness(x, weeks) > fairness(b, weeks) + 1e-9 ? x : b),
    undefined,
  );
  const eventId = best ? await occurrenceEventId(deps, tenantId, s, occ) : null;
  const moved = best && eventId ? await calendar.moveOccurrence(s.organizerId, eventId, best) : { ok: false };
  const name = (id: string) => people.get(id)?.displayName ?? '';
  await deps.db.transaction(async (tx) => {
    if (moved.ok && best && eventId) {
      await markMoved(tx, tenantId, occ.id, best, eventId);
      await notify(tx, tenantId, s.organizerId, 'meetingBooked', { person: name(s.attendeeId) });
      await notify(tx, tenantId, s.attendeeId, 'meetingBooked', { person: name(s.organizerId) });
    } else {
      // No shared free time before the next meeting: it stays where it was, and both are told.
      await markMoveFailed(tx, tenantId, occ.id);
      await notify(tx, tenantId, s.organizerId, 'meetingNeedsAttention', { person: name(s.attendeeId) });
      await notify(tx, tenantId, s.attendeeId, 'meetingNeedsAttention', { person: name(s.organizerId) });
    }
  });
}

const startOfDay = (ms: number): number => Math.floor(ms / DAY) * DAY;
const startOfNextDay = (ms: number): number => startOfDay(ms) + DAY;
