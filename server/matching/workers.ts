import type { Jobs, QueueSpec } from '../jobs/queue.js';
import { RESUME_QUEUE, resumeWhenDue, type PauseDeps, type ResumeJob } from './pause.js';
import { ROUND_QUEUE, runRound, type RoundJob, type RoundRunDeps } from './round-run.js';

/** Matching's queues: pairs that resume when their pause ends; round previews. */
export function matchingQueues(expireSeconds = 300): QueueSpec[] {
  return [
    { name: RESUME_QUEUE, expireInSeconds: expireSeconds, retryLimit: 20, retryDelaySeconds: 60 },
    // A preview that failed is said on the round and HR runs it again; one retry covers a crash.
    { name: ROUND_QUEUE, expireInSeconds: expireSeconds, retryLimit: 1, retryDelaySeconds: 5 },
  ];
}

/** Matching's workers in this process; several processes may run them side by side. */
export async function startMatchingWorkers(
  deps: Omit<PauseDeps, 'people' | 'jobs'> & RoundRunDeps & { jobs: Jobs },
  options: { pollingIntervalSeconds: number },
): Promise<void> {
  await deps.jobs.work<ResumeJob>(
    RESUME_QUEUE,
    { batchSize: 10, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async (batch) => {
      for (const j of batch) await resumeWhenDue(deps, j.data);
    },
  );
  await deps.jobs.work<RoundJob>(
    ROUND_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async (batch) => {
      for (const j of batch) await runRound(deps, j.data);
    },
  );
}
