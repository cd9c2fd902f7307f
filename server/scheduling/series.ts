import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import type { Jobs } from '../jobs/queue.js';
import type { PairFacts, PairsReader } from '../matching/pair-facts.js';
import type { Interval } from '../time/ranges.js';
import { insertSeries, liveSeriesOfPair, nextGeneration, setSeriesStatus, type SeriesRow } from './store/series.js';

// A pair's meeting series and the jobs a change to it queues. Every function takes the caller's
// transaction, so the row and its job commit together or not at all.

export const QUEUES = {
  book: 'meetings-book',
  change: 'meetings-change',
  follow: 'meetings-follow',
} as const;

export interface BookJob {
  tenantId: string;
  seriesId: string;
}

export type ChangeJob =
  | { tenantId: string; seriesId: string; action: 'end' }
  | { tenantId: string; seriesId: string; action: 'skip'; occurrenceId: string }
  /** start: the time the person chose (epoch ms); absent: the best free time. */
  | { tenantId: string; seriesId: string; action: 'reschedule'; occurrenceId: string; start?: number };

/** What meeting a pair needs of it. */
export type PairToMeet = Pick<PairFacts, 'id' | 'mentorId' | 'menteeId' | 'cadence' | 'meetingMinutes'>;

/**
 * A new series to book for an active pair, with the mentee's cadence and meeting length (the
 * person the programme serves), and its booking job.
 */
export async function startSeries(
  tx: Queryable,
  jobs: Pick<Jobs, 'send'>,
  tenantId: string,
  pair: PairToMeet,
  avoid: Interval[] = [],
): Promise<string> {
  const generation = await nextGeneration(tx, tenantId, pair.id);
  const id = randomUUID();
  await insertSeries(tx, tenantId, {
    id,
    pairId: pair.id,
    generation,
    organizerId: pair.mentorId,
    attendeeId: pair.menteeId,
    cadence: pair.cadence ?? 'biweekly',
    durationMinutes: pair.meetingMinutes ?? 45,
    // Deterministic per series: every retry of its create carries the same transactionId.
    transactionId: `tandem-${id}`,
    avoid,
  });
  await jobs.send(tx, QUEUES.book, { tenantId, seriesId: id } satisfies BookJob);
  return id;
}

/** Stops a live series: what is in calendars is cancelled by the change job. */
export async function stopSeries(
  tx: Queryable,
  jobs: Pick<Jobs, 'send'>,
  tenantId: string,
  series: SeriesRow,
  to: 'cancelling' | 'replaced',
): Promise<void> {
  // Nothing reached Outlook yet when no create was ever attempted: nothing to cancel.
  const untouched = series.eventId === null && series.attempts === 0;
  await setSeriesStatus(tx, tenantId, series.id, untouched ? (to === 'replaced' ? 'replaced' : 'cancelled') : to);
  if (!untouched)
    await jobs.send(tx, QUEUES.change, { tenantId, seriesId: series.id, action: 'end' } satisfies ChangeJob);
}

/**
 * Keeps the meetings in step with a pair that changed, in the change's transaction: an active
 * pair without a live series gets one booked; a pair that is paused, completed or ended has its
 * remaining meetings cancelled.
 */
export async function pairChanged(
  deps: { jobs: Pick<Jobs, 'send'>; pairs: PairsReader },
  tx: Queryable,
  tenantId: string,
  pair: { id: string; status: string },
): Promise<void> {
  const live = await liveSeriesOfPair(tx, tenantId, pair.id);
  if (pair.status === 'active') {
    if (live) return;
    const facts = (await deps.pairs.facts(tx, tenantId, [pair.id])).get(pair.id);
    if (!facts) throw new Error(`pair ${pair.id} changed but cannot be read in its own transaction`);
    await startSeries(tx, deps.jobs, tenantId, facts);
    return;
  }
  if (live) await stopSeries(tx, deps.jobs, tenantId, live, 'cancelling');
}
