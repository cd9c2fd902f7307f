import type { Jobs, QueueSpec } from '../jobs/queue.js';
import { RESUME_QUEUE, resumeWhenDue, type PauseDeps, type ResumeJob } from './pause.js';

/** Matching's queues: pairs that resume when their pause ends. */
export function matchingQueues(expireSeconds = 300): QueueSpec[] {
  return [{ name: RESUME_QUEUE, expireInSeconds: expireSeconds, retryLimit: 20, retryDelaySeconds: 60 }];
}

/** Matching's workers in this process; several processes may run them side by side. */
export async function startMatchingWorkers(
  deps: Omit<PauseDeps, 'people' | 'jobs'> & { jobs: Jobs },
  options: { pollingIntervalSeconds: number },
): Promise<void> {
  await deps.jobs.work<ResumeJob>(
    RESUME_QUEUE,
    { batchSize: 10, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async (batch) => {
      for (const j of batch) await resumeWhenDue(deps, j.data);
    },
  );
}
