import type { Jobs, QueueSpec } from '../jobs/queue.js';
import { scheduleSurveys } from '../surveys/schedule.js';
import { sendReminders, type EngagementDeps, type ReminderCounts } from './reminders.js';

/** The periodic engagement run: surveys due, then reminders due, in every tenant. */
export const ENGAGEMENT_QUEUE = 'engagement';
/** Every 10 minutes: a reminder comes within minutes of its occasion, well inside the run's budget. */
export const ENGAGEMENT_CRON = '*/10 * * * *';

export function engagementQueues(expireSeconds = 300): QueueSpec[] {
  return [
    { name: ENGAGEMENT_QUEUE, expireInSeconds: Math.max(expireSeconds, 600), retryLimit: 2, retryDelaySeconds: 60 },
  ];
}

export interface EngagementRun {
  surveysAsked: number;
  reminders: ReminderCounts;
}

/**
 * One engagement run over these tenants. Safe to run twice or in two processes at once: a
 * survey moment is asked once per person, a reminder sent once per occasion.
 */
export async function runEngagement(deps: EngagementDeps, tenants: readonly string[]): Promise<EngagementRun[]> {
  const runs: EngagementRun[] = [];
  for (const tenantId of tenants) {
    const surveysAsked = await scheduleSurveys(deps, tenantId);
    runs.push({ surveysAsked, reminders: await sendReminders(deps, tenantId) });
  }
  return runs;
}

/**
 * The engagement worker of this process, and its schedule (pg-boss runs a cron job once across
 * every process); several processes may run the worker side by side.
 */
export async function startEngagementWorkers(
  deps: EngagementDeps & { jobs: Jobs; tenants: () => Promise<string[]> },
  options: { pollingIntervalSeconds: number; engagementCron?: string },
): Promise<void> {
  await deps.jobs.work<object>(
    ENGAGEMENT_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds },
    async () => {
      await runEngagement(deps, await deps.tenants());
    },
  );
  await deps.jobs.every(ENGAGEMENT_QUEUE, options.engagementCron ?? ENGAGEMENT_CRON);
}
