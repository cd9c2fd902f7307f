import { AppError } from '../errors.js';
import type { SchedulingDeps } from './deps.js';
import { occurrenceView } from './meetings.js';
import type { Occurrence, OccurrenceAction, OccurrenceParams } from './schemas.js';
import { QUEUES, type ChangeJob } from './series.js';
import { markChanging, occurrenceOfSeries } from './store/occurrences.js';
import { seriesOfPerson } from './store/series.js';

/**
 * One of the pair asks to skip or move a session still to come of a booked series: the session
 * shows as skipping or rescheduling at once, and the change job (changes.ts) does it in both
 * calendars. The session's row is locked, so two asks at once cannot both pass.
 */
export async function requestChange(
  deps: Pick<SchedulingDeps, 'db' | 'clock' | 'jobs'>,
  tenantId: string,
  personId: string,
  { seriesId, occurrenceId }: OccurrenceParams,
  action: OccurrenceAction,
): Promise<Occurrence> {
  return deps.db.transaction(async (tx) => {
    const series = await seriesOfPerson(tx, tenantId, seriesId, personId);
    if (!series) throw new AppError('meeting_not_found', 'No such meeting.');
    if (series.status !== 'booked') {
      throw new AppError(
        'series_not_booked',
        'These meetings are not booked right now, so single sessions cannot be changed. Check back once they are.',
      );
    }
    const occ = await occurrenceOfSeries(tx, tenantId, seriesId, occurrenceId, { lock: true });
    if (!occ) throw new AppError('meeting_not_found', 'No such session in these meetings.');
    if (occ.start <= deps.clock.now())
      throw new AppError('meeting_started', 'This session has already started or taken place.');
    if (occ.status !== 'scheduled')
      throw new AppError(
        'meeting_changing',
        `This session is already ${occ.status}. Wait for that to finish, then try again.`,
      );
    const status = action === 'skip' ? 'skipping' : 'rescheduling';
    await markChanging(tx, tenantId, occ.id, status);
    await deps.jobs.send(tx, QUEUES.change, { tenantId, seriesId, action, occurrenceId } satisfies ChangeJob);
    return occurrenceView({ ...occ, status, lastChange: null });
  });
}
