import type { Clock } from '../clock.js';
import type { Db, Queryable } from '../db/db.js';
import type { Jobs } from '../jobs/queue.js';
import type { PeopleReader } from '../org/people.js';
import { parseDate } from '../time/wall.js';
import { zoneClock } from '../time/zone-clock.js';
import { decidePause, decideScheduledResume } from './decide.js';
import type { StoredPair } from './model.js';
import type { PairChanged } from './pairs.js';
import { lockPairs, updatePair } from './store/pairs.js';

// Pausing a pair until a day, and the job that resumes it on that day. The job is queued in the
// pause's transaction, so it exists exactly when the pause does; it resumes the pair only if the
// same pause still holds (a manual resume, an end or a new pause before then leave it nothing to do).

export const RESUME_QUEUE = 'pairs-resume';

export interface ResumeJob {
  tenantId: string;
  pairId: string;
  /** The pause's end date, "YYYY-MM-DD": which pause the job belongs to. */
  until: string;
  /** When that day starts in the zone of who paused, epoch ms. */
  resumeAt: number;
}

export interface PauseDeps {
  db: Db;
  clock: Clock;
  people: Pick<PeopleReader, 'contacts'>;
  jobs: Pick<Jobs, 'send'>;
  pairChanged: PairChanged;
}

/**
 * A person of an active pair pauses it until `until`: its remaining meetings are cancelled (as
 * for any pause) and a job is queued for the start of that day in the person's own time zone
 * (their working hours' or mailbox's, else UTC), when the pair resumes and is booked again.
 */
export async function pausePair(
  deps: PauseDeps,
  tenantId: string,
  actorId: string,
  pairId: string,
  until: string,
): Promise<StoredPair> {
  const me = (await deps.people.contacts(deps.db, tenantId, [actorId])).get(actorId);
  const zone = zoneClock(me?.hours?.timeZone ?? me?.mailboxZone ?? 'UTC');
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [current] = await lockPairs(tx, tenantId, [pairId]);
    const today = new Date(zone.wall(now) ?? now).toISOString().slice(0, 10);
    const decision = decidePause(current, actorId, until, today);
    if (decision.kind === 'refused') throw decision.error;
    const after = await updatePair(tx, tenantId, pairId, decision.next, now);
    await deps.pairChanged(tx, tenantId, after);
    await queueResume(tx, deps.jobs, { tenantId, pairId, until, resumeAt: zone.instant(parseDate(until)) }, now);
    return after;
  });
}

async function queueResume(tx: Queryable, jobs: Pick<Jobs, 'send'>, job: ResumeJob, now: number): Promise<void> {
  const seconds = Math.max(0, Math.ceil((job.resumeAt - now) / 1000));
  await jobs.send(tx, RESUME_QUEUE, job, seconds > 0 ? { startAfterSeconds: seconds } : {});
}

/**
 * The end date of a pause has come: the pair resumes and its meetings are booked again, as when
 * a person resumes it, unless the pause it belongs to no longer holds. A job run early (the
 * queue's clock ahead of Tandem's) is put back until its time.
 */
export async function resumeWhenDue(
  deps: Omit<PauseDeps, 'people'>,
  job: ResumeJob,
): Promise<'resumed' | 'nothing' | 'early'> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    if (now < job.resumeAt) {
      await queueResume(tx, deps.jobs, job, now);
      return 'early';
    }
    const [current] = await lockPairs(tx, job.tenantId, [job.pairId]);
    const next = decideScheduledResume(current, job.until);
    if (!next) return 'nothing';
    const after = await updatePair(tx, job.tenantId, job.pairId, next, now);
    await deps.pairChanged(tx, job.tenantId, after);
    return 'resumed';
  });
}
