import type { Queryable } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import { TAB_PATHS } from '../teams-app.js';
import { localDate } from '../time/offsets.js';
import { bestSlot } from './choices.js';
import { currentContacts } from './contacts.js';
import type { SchedulingDeps } from './deps.js';
import { moveTimes } from './move-times.js';
import type { ChangeJob } from './series.js';
import {
  lastSessionStart,
  markMoved,
  markMoveFailed,
  markSkipped,
  occurrenceOfSeries,
  cancelSessionsFrom,
  type OccurrenceRow,
} from './store/occurrences.js';
import { markEnded, seriesById, type SeriesRow } from './store/series.js';

// Changes to a booked series, run as jobs: ending what remains of it, skipping or moving one
// meeting. Each is safe to run again: Outlook answers a second cancel with 404, which is done.

const DAY = 24 * 3_600_000;

export async function applyChange(deps: SchedulingDeps, job: ChangeJob): Promise<void> {
  const series = await seriesById(deps.db, job.tenantId, job.seriesId);
  if (!series) return;
  if (job.action === 'end') return endSeries(deps, job.tenantId, series);
  if (job.action === 'skip') return skipOccurrence(deps, job.tenantId, series, job.occurrenceId);
  return rescheduleOccurrence(deps, job.tenantId, series, job.occurrenceId, job.start);
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
 * Moves one meeting to the time the person chose, when it is still free, or without a choice to
 * the best free time both people share between the meetings before and after it (move-times.ts).
 */
async function rescheduleOccurrence(
  deps: SchedulingDeps,
  tenantId: string,
  s: SeriesRow,
  occurrenceId: string,
  chosen: number | undefined,
): Promise<void> {
  const occ = await occurrenceOfSeries(deps.db, tenantId, s.id, occurrenceId);
  if (!occ || occ.status !== 'rescheduling') return;
  const { slots, weeks, people } = await moveTimes(deps, tenantId, s, occ, deps.clock.now());
  const target = chosen === undefined ? bestSlot(slots, weeks) : slots.find((x) => x.start === chosen);
  const eventId = target ? await occurrenceEventId(deps, tenantId, s, occ) : null;
  const moved =
    target && eventId
      ? await deps.graph.forTenant(tenantId).calendar.moveOccurrence(s.organizerId, eventId, target)
      : { ok: false };
  const name = (id: string) => people.get(id)?.displayName ?? '';
  // Both hear about it, each notification opening the session in the tab.
  const about = TAB_PATHS.session(s.id, occ.id);
  const tell = async (tx: Queryable, kind: 'meetingBooked' | 'meetingNeedsAttention') => {
    await notify(tx, tenantId, s.organizerId, kind, { person: name(s.attendeeId) }, about);
    await notify(tx, tenantId, s.attendeeId, kind, { person: name(s.organizerId) }, about);
  };
  await deps.db.transaction(async (tx) => {
    if (moved.ok && target && eventId) {
      await markMoved(tx, tenantId, occ.id, target, eventId);
      await tell(tx, 'meetingBooked');
    } else {
      // Nothing free before the next meeting, or the chosen time was taken meanwhile: the session
      // stays where it was.
      await markMoveFailed(tx, tenantId, occ.id);
      await tell(tx, 'meetingNeedsAttention');
    }
  });
}
