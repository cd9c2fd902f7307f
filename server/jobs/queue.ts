import PgBoss from 'pg-boss';
import type { Db, Queryable } from '../db/db.js';

// The job queue: pg-boss in the same database as everything else (schema "pgboss"), reached
// through our own Db so that PGlite and PostgreSQL both work and a job can be queued inside the
// transaction of the change that caused it: it exists if and only if that change commits.

export interface QueueSpec {
  name: string;
  /** How long a job may run before another worker may take it over (a crashed process). */
  expireInSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
}

export interface JobOptions {
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
  /** Only one queued job per key (pg-boss singletonKey). */
  singletonKey?: string;
}

export interface WorkOptions {
  batchSize: number;
  pollingIntervalSeconds: number;
}

export interface Jobs {
  /** Queues a job in `tx`'s transaction (or on its own when given the Db). */
  send(tx: Queryable, queue: string, data: object, options?: JobOptions): Promise<void>;
  /** Runs `handler` on batches of due jobs of `queue` until stop(). */
  work<T extends object>(
    queue: string,
    options: WorkOptions,
    handler: (jobs: { id: string; data: T }[]) => Promise<void>,
  ): Promise<void>;
  /** Runs `queue` on a cron schedule (UTC), once across every process. */
  every(queue: string, cron: string): Promise<void>;
  /** Jobs not yet completed, by state, for admins and tests that wait for quiet. */
  pending(queue: string): Promise<number>;
  stop(): Promise<void>;
}

/** pg-boss's executor over one of our Queryables: parameterless text may hold several statements. */
function executor(q: Queryable): PgBoss.Db {
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: values?.length ? await q.query(text, values) : await q.exec(text),
    }),
  };
}

export async function startJobs(
  db: Db,
  queues: readonly QueueSpec[],
  options: { onError: (err: unknown) => void; maintenanceSeconds?: number },
): Promise<Jobs> {
  const boss = new PgBoss({
    db: executor(db),
    schema: 'pgboss',
    // Expired jobs (a dead worker) are found by this sweep; a minute keeps takeover prompt.
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
    monitorStateIntervalSeconds: 600,
  });
  boss.on('error', options.onError);
  await boss.start();
  for (const q of queues) {
    const spec = {
      name: q.name,
      expireInSeconds: q.expireInSeconds,
      retryLimit: q.retryLimit,
      retryDelay: q.retryDelaySeconds,
      retryBackoff: true,
    };
    if (await boss.getQueue(q.name)) await boss.updateQueue(q.name, spec);
    else await boss.createQueue(q.name, spec);
  }
  return {
    async send(tx, queue, data, opts = {}) {
      await boss.send(queue, data, {
        db: executor(tx),
        ...(opts.startAfterSeconds ? { startAfter: opts.startAfterSeconds } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
      });
    },
    async work(queue, opts, handler) {
      await boss.work(
        queue,
        { batchSize: opts.batchSize, pollingIntervalSeconds: opts.pollingIntervalSeconds },
        async (jobs) => {
          await handler(jobs.map((j) => ({ id: j.id, data: j.data as never })));
        },
      );
    },
    async every(queue, cron) {
      await boss.schedule(queue, cron, {}, { tz: 'UTC' });
    },
    async pending(queue) {
      // Created, retrying and active: every state before completed.
      return (await boss.getQueueSize(queue, { before: 'completed' })) ?? 0;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    },
  };
}
