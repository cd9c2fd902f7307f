import type { SeriesState } from '../graph/calendar.js';
import { notify } from '../notify/outbox.js';
import type { Contact } from '../org/people.js';
import { TAB_PATHS } from '../teams-app.js';
import { HORIZON_DAYS } from './book.js';
import { currentContacts } from './contacts.js';
import type { SchedulingDeps } from './deps.js';
import { QUEUES, startSeries, stopSeries, type BookJob } from './series.js';
import {
  cancelSessions,
  cancelSessionsFrom,
  saveOutlookSessions,
  scheduledBetween,
  sessionsFrom,
} from './store/occurrences.js';
import {
  lockSeries,
  markChecked,
  retryBooking,
  seriesToFollow,
  seriesToRetry,
  setFirstStart,
  setSeriesStatus,
  type SeriesRow,
} from './store/series.js';

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
  const now = deps.clock.now();
  const out: FollowOutcome = { checked: 0, rebooked: 0, moved: 0, retried: 0 };

  // Unplaced series are given another go.
  for (const w of await seriesToRetry(db, now - RETRY_ATTENTION_MS, limit)) {
    await db.transaction(async (tx) => {
      if (await retryBooking(tx, w.tenantId, w.id, now))
        await deps.jobs.send(tx, QUEUES.book, { tenantId: w.tenantId, seriesId: w.id } satisfies BookJob);
    });
    out.retried++;
  }

  const byTenant = new Map<string, SeriesRow[]>();
  for (const d of await seriesToFollow(db, now - FOLLOW_EVERY_MS, limit))
    byTenant.set(d.tenantId, [...(byTenant.get(d.tenantId) ?? []), d.series]);
  for (const [tenantId, series] of byTenant) {
    const people = await currentContacts(
      deps.people,
      db,
      tenantId,
      series.flatMap((s) => [s.organizerId, s.attendeeId]),
    );
    const states = await deps.graph.forTenant(tenantId).calendar.readSeriesStates(
      series.map((s) => ({
        organizerId: s.organizerId,
        eventId: s.eventId!,
        attendeeAddress: people.get(s.attendeeId)?.address ?? '',
      })),
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

async function applyState(
  deps: SchedulingDeps,
  tenantId: string,
  s: SeriesRow,
  state: SeriesState,
  people: Map<string, Contact>,
  now: number,
): Promise<'rebooked' | 'moved' | 'same'> {
  const declined = state.attendeeResponse === 'declined';
  return deps.db.transaction(async (tx) => {
    // Changed meanwhile (the pair ended, another follower got here first): leave it.
    if ((await lockSeries(tx, tenantId, s.id)) !== 'booked') return 'same';
    if (state.gone || declined) {
      // Cancelled in Outlook, or the mentee said no: a new series at another time. A declined
      // series is cancelled by the change job; a cancelled one is already gone.
      const avoid = declined ? await sessionsFrom(tx, tenantId, s.id, now) : [];
      if (state.gone) await setSeriesStatus(tx, tenantId, s.id, 'replaced');
      else await stopSeries(tx, deps.jobs, tenantId, s, 'replaced');
      await cancelSessionsFrom(tx, tenantId, s.id, now);
      const pair = (await deps.pairs.facts(tx, tenantId, [s.pairId])).get(s.pairId);
      const next = pair?.status === 'active' ? await startSeries(tx, deps.jobs, tenantId, pair, avoid) : s.id;
      const other = declined ? s.organizerId : s.attendeeId;
      const who = declined ? s.attendeeId : s.organizerId;
      await notify(
        tx,
        tenantId,
        other,
        'meetingNeedsAttention',
        { person: people.get(who)?.displayName ?? '' },
        TAB_PATHS.meetings(next),
      );
      return 'rebooked';
    }
    let result: 'moved' | 'same' = 'same';
    if (state.start !== null && s.firstStart !== null && state.start !== s.firstStart) {
      // Moved in Outlook by one of them: their choice stands.
      await setFirstStart(tx, tenantId, s.id, state.start);
      result = 'moved';
    }
    await saveOutlookSessions(tx, tenantId, s.id, state.instances);
    // Occurrences Outlook no longer has in the window read (deleted there) are cancelled here.
    const seen = new Set(state.instances.map((inst) => inst.originalStart));
    const known = await scheduledBetween(tx, tenantId, s.id, now - PAST_MS, now + HORIZON_DAYS * DAY);
    await cancelSessions(
      tx,
      tenantId,
      known.filter((k) => !seen.has(k.originalStart)).map((k) => k.id),
    );
    await markChecked(tx, tenantId, s.id, now);
    return result;
  });
}
