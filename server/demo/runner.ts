import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/db.js';
import { startJobs, type Jobs } from '../jobs/queue.js';
import { QUEUES } from '../scheduling/series.js';
import { schedulingQueues } from '../scheduling/workers.js';
import type { DemoStatus } from '../sign-in-as/schemas.js';
import type { TravelClock } from './clock.js';
import { DEMO_WEEKS, seedDemo, SEED_STEPS, type SeedJobs, type SeedSummary } from './seed.js';
import { hasProgramme, wipeProgramme } from './store.js';

// The demo programme's one owner in the process: seeds it when the server starts on an empty
// programme, resets it when someone asks from the sign-in picker, one run at a time, and keeps
// what the picker shows meanwhile. A failed run leaves the programme empty and says how to retry.

export interface DemoOptions {
  /** The running app: the demo's people call it as the tab would. */
  app: FastifyInstance;
  db: Db;
  /** The sandbox tenant's id. */
  tenantId: string;
  /** The app's and the sandbox tenant's clock. */
  clock: TravelClock;
  /** Fill the programme (TANDEM_SANDBOX_DEMO on); off, a reset leaves it empty. */
  fill: boolean;
  /** The sandbox tenant's controls, reached over HTTPS with the app's client credentials. */
  sandbox: { origin: string; clientId: string; clientSecret: string };
  /** The job queues' expiry, as the app has them (TANDEM_JOB_EXPIRE_SECONDS). */
  jobExpireSeconds?: number;
  /** A line for the console. */
  log: (line: string) => void;
}

export interface DemoRunner {
  status(): DemoStatus;
  /**
   * At start, before listening (the clock reads the start of the demo's weeks): fills an empty
   * programme, then brings the clock to the real time. Never throws: a failure is logged.
   */
  start(): Promise<DemoStatus>;
  /** Wipes the programme and the sandbox calendars and fills them again, in the background. */
  reset(): DemoStatus;
  /** Resolves when the run under way, if any, has finished. */
  settled(): Promise<void>;
}

const RESET_STEPS = 2;

/** How far back the demo's story begins. */
export const demoSpanMs = (): number => DEMO_WEEKS * 7 * 86_400_000;

export function createDemoRunner(o: DemoOptions): DemoRunner {
  let status: DemoStatus = idle();
  let running: Promise<void> | undefined;

  const step = (line: string): void => {
    status = { ...status, step: line, done: Math.min(status.done + 1, status.total) };
    o.log(`  ${line}`);
  };

  async function run(wipe: boolean): Promise<void> {
    const began = o.clock.now() + o.clock.behindMs();
    status = {
      state: 'running',
      step: null,
      done: 0,
      total: (wipe ? RESET_STEPS : 0) + (o.fill ? SEED_STEPS : 0),
      startedAt: iso(began),
      finishedAt: null,
      message: null,
    };
    const jobs = o.fill ? await queueHandle(o) : undefined;
    try {
      if (wipe) {
        step('Clearing Tandem’s programme');
        await wipeProgramme(o.db, o.tenantId);
        step('Clearing the sandbox tenant’s calendars');
        await resetSandbox(o);
      }
      let summary: SeedSummary | undefined;
      if (o.fill && jobs)
        summary = await seedDemo({ app: o.app, clock: o.clock, jobs: seedJobs(jobs, o.db), progress: step });
      const seconds = Math.round((o.clock.now() - began) / 1000);
      status = {
        ...status,
        state: 'done',
        step: null,
        finishedAt: iso(o.clock.now()),
        message: told(summary, seconds),
      };
      o.log(`  ${status.message}`);
    } catch (err) {
      o.clock.backToNow();
      const why = err instanceof Error ? err.message : String(err);
      // Half a programme is worse than none: leave it empty, so the next start or reset begins clean.
      await wipeProgramme(o.db, o.tenantId).catch(() => undefined);
      await resetSandbox(o).catch(() => undefined);
      status = {
        ...status,
        state: 'failed',
        step: null,
        finishedAt: iso(o.clock.now()),
        message: `The demo programme could not be prepared (${why}); the programme is empty.`,
      };
      o.log(`  ${status.message}`);
      o.log(
        '  To try again: "Reset the demo" on the sign-in page, or restart Tandem (TANDEM_SANDBOX_DEMO=0 starts empty).',
      );
    } finally {
      o.clock.backToNow();
      await jobs?.stop();
    }
  }

  const once = (work: () => Promise<void>): Promise<void> => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    status: () => status,
    async start() {
      try {
        // Tandem's first word with the tenant happens at the start of the demo's weeks (see server.ts).
        await o.app.inject({ method: 'GET', url: '/healthz' });
        if (o.fill && !(await hasProgramme(o.db, o.tenantId))) {
          o.log(`Preparing the demo programme: ${DEMO_WEEKS} weeks of mentoring, lived through in under a minute...`);
          await once(() => run(false));
        }
      } finally {
        o.clock.backToNow();
      }
      return status;
    },
    reset() {
      if (!running) {
        o.log('Resetting the demo programme, as asked from the sign-in page...');
        void once(() => run(true));
      }
      return status;
    },
    settled: async () => {
      await running;
    },
  };
}

function idle(): DemoStatus {
  return { state: 'idle', step: null, done: 0, total: 0, startedAt: null, finishedAt: null, message: null };
}

const iso = (ms: number): string => new Date(ms).toISOString();

function told(summary: SeedSummary | undefined, seconds: number): string {
  if (!summary) return `The programme is empty (TANDEM_SANDBOX_DEMO=0), ready in ${seconds} s.`;
  const p = summary.pairs;
  return (
    `Demo programme ready in ${seconds} s: ${summary.people} people, ${p.active} active pairs, ${p.proposed} proposed, ` +
    `${p.paused} paused, ${p.completed} completed, ${p.ended} ended; ${summary.checkins} check-ins; ` +
    `${summary.pendingRequests} pending request(s).`
  );
}

/** A queue handle of the demo's own on the app's database, as another process would have. */
async function queueHandle(o: DemoOptions): Promise<Jobs> {
  const follow = schedulingQueues(o.jobExpireSeconds).filter((q) => q.name === QUEUES.follow);
  return startJobs(o.db, follow, { onError: (err) => o.log(`  demo job queue: ${String(err)}`) });
}

function seedJobs(jobs: Jobs, db: Db): SeedJobs {
  const watched = [QUEUES.book, QUEUES.change, QUEUES.follow];
  const quiet = async (): Promise<void> => {
    for (let i = 0; i < 600; i++) {
      let open = 0;
      for (const q of watched) open += await jobs.pending(q);
      if (open === 0) return;
      await sleep(200);
    }
    throw new Error('Tandem’s job workers did not finish booking the meetings within two minutes');
  };
  return {
    quiet,
    follow: async () => {
      await jobs.send(db, QUEUES.follow, {});
      await quiet();
    },
  };
}

/** The sandbox tenant's calendars back to how the organisation was generated (HTTPS, as the app). */
async function resetSandbox(o: DemoOptions): Promise<void> {
  const basic = Buffer.from(`${o.sandbox.clientId}:${o.sandbox.clientSecret}`).toString('base64');
  const res = await fetch(`${o.sandbox.origin}/sandbox/v1/reset`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}` },
    signal: AbortSignal.timeout(60_000),
  });
  if (!res.ok) throw new Error(`the sandbox tenant answered ${res.status} to its reset`);
}

/**
 * How long the sandbox's tokens live while the demo is on (Entra's are 60-90 minutes). msal-node
 * keeps a token until it expires by the machine's clock, while the demo's clock jumps weeks at a
 * time: a token taken at the start of the demo's weeks must still be good at their end, and when
 * a reset goes back to their start again later.
 */
export const DEMO_TOKEN_LIFETIME_SECONDS = 365 * 86_400;
