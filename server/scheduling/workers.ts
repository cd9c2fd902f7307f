import type { Jobs, QueueSpec } from '../jobs/queue.js';
import { bookSeries } from './book.js';
import { applyChange } from './changes.js';
import type { SchedulingDeps } from './deps.js';
import { followSeries } from './follow.js';
import { QUEUES, type BookJob, type ChangeJob } from './series.js';

/**
 * The scheduling queues. A worker that dies mid-job loses it to another after `expireSeconds`
 * (default 5 minutes: a batch of 50 bookings through throttling takes well under that); the
 * other replays the same creates, which Outlook recognises by their transactionId.
 */
export function schedulingQueues(expireSeconds = 300): QueueSpec[] {
  return [
    { name: QUEUES.book, expireInSeconds: expireSeconds, retryLimit: 20, retryDelaySeconds: 15 },
    { name: QUEUES.change, expireInSeconds: expireSeconds, retryLimit: 20, retryDelaySeconds: 15 },
    { name: QUEUES.follow, expireInSeconds: Math.max(expireSeconds, 600), retryLimit: 2, retryDelaySeconds: 60 },
  ];
}

export class RetryLater extends Error {
  override name = 'RetryLater';
}

/** The scheduling workers of this process; several processes may run them side by side. */
export async function startSchedulingWorkers(
  deps: SchedulingDeps & { jobs: Jobs },
  options: { pollingIntervalSeconds: number; followCron: string },
): Promise<void> {
  const { jobs } = deps;
  await jobs.work<BookJob>(
    QUEUES.book,
    { batchSize: 50, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async (batch) => {
      const byTenant = new Map<string, string[]>();
      for (const j of batch) byTenant.set(j.data.tenantId, [...(byTenant.get(j.data.tenantId) ?? []), j.data.seriesId]);
      let retry = 0;
      for (const [tenantId, ids] of byTenant) retry += (await bookSeries(deps, tenantId, ids)).retry;
      // pg-boss retries the whole batch: what was booked is skipped, the rest is tried again.
      if (retry > 0)
        throw new RetryLater(`${retry} meeting(s) could not be created yet (Outlook throttled or unavailable)`);
    },
  );
  await jobs.work<ChangeJob>(
    QUEUES.change,
    { batchSize: 10, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async (batch) => {
      for (const j of batch) await applyChange(deps, j.data);
    },
  );
  await jobs.work<object>(
    QUEUES.follow,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async () => {
      await followSeries(deps);
    },
  );
  await jobs.every(QUEUES.follow, options.followCron);
}
