import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import type { SchedulingDeps } from './deps.js';
import { occurrenceView } from './meetings.js';
import type { Occurrence, OccurrenceAction, OccurrenceParams } from './schemas.js';
import { QUEUES, type ChangeJob } from './series.js';
import { markChanging, occurrenceOfSeries, type OccurrenceRow } from './store/occurrences.js';
import { seriesOfPerson, type SeriesRow } from './store/series.js';

/**
 * A session still to come of a booked series of mine, that nobody is skipping or moving: what may
 * be skipped or moved, or offered other times. With `lock`, the session's row stays locked for
 * the rest of the transaction, so two asks at once cannot both pass.
 */
export async function changeableSession(
  q: Queryable,
  tenantId: string,
  personId: string,
  { seriesId, occurrenceId }: OccurrenceParams,
  now: number,
  options: { lock?: boolean } = {},
): Promise<{ series: SeriesRow; occ: OccurrenceRow }> {
  const series = await seriesOfPerson(q, tenantId, seriesId, personId);
  if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
  if (series.status !== 'booked') {
    throw new AppError(
      'series_not_booked',
      'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.',
    );
  }
  const occ = await occurrenceOfSeries(q, tenantId, seriesId, occurrenceId, options);
  if (!occ) throw new AppError('meeting_not_found', 'No such session in these meetings.');
  if (occ.start <= now) throw new AppError('meeting_started', 'This session has already started or taken place.');
  if (occ.status !== 'scheduled')
    throw new AppError(
      'meeting_changing',
      `This session is already ${occ.status}. Wait for that to finish, then try again.`,
    );
  return { series, occ };
}

/**
 * One of the pair asks to skip or move a session still to come of a booked series (to `start`,
 * epoch ms, when they chose a time): the session shows as skipping or rescheduling at once, and
 * the change job (changes.ts) does it in both calendars.
 */
export async function requestChange(
  deps: Pick<SchedulingDeps, 'db' | 'clock' | 'jobs'>,
  tenantId: string,
  personId: string,
  params: OccurrenceParams,
  action: OccurrenceAction,
  start?: number,
): Promise<Occurrence> {
  return deps.db.transaction(async (tx) => {
    const { occ } = await changeableSession(tx, tenantId, personId, params, deps.clock.now(), { lock: true });
    const { seriesId, occurrenceId } = params;
    const job: ChangeJob =
      action === 'skip'
        ? { tenantId, seriesId, action, occurrenceId }
        : { tenantId, seriesId, action, occurrenceId, ...(start === undefined ? {} : { start }) };
    const status = action === 'skip' ? 'skipping' : 'rescheduling';
    await markChanging(tx, tenantId, occ.id, status);
    await deps.jobs.send(tx, QUEUES.change, job);
    return occurrenceView({ ...occ, status, lastChange: null });
  });
}
