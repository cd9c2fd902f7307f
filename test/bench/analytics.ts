import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { outcomes } from '../../server/analytics/outcomes.js';
import type { Outcomes } from '../../server/analytics/schemas.js';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';
import { startCluster } from './analytics/cluster.js';
import { BENCH_PROGRAMMES, seedAnalytics, type SeedResult } from './analytics/seed.js';

// The outcomes dashboard at the size of a large tenant: a 100,000-person organisation with 20,000
// pairs over a year (sessions, check-ins, goal progress history, pulse surveys; see
// analytics/seed.ts), written into PGlite and into a throwaway PostgreSQL cluster. On each, the
// dashboard's whole payload (outcomes() as the route calls it) for one programme and for all:
// the median of several runs after a warm-up, beside a full scan of the check-ins as the
// baseline of that database's speed, and the aim of 1 s for all programmes on PostgreSQL. The two
// databases hold the same rows, so their payloads must be equal. Reports, never fails on timing.

const PEOPLE = 100_000;
const PAIRS = 20_000;
const TODAY = '2026-11-02';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const TENANT = '6c1d3f0e-2a4b-4c5d-8e6f-7a8b9c0d1e2f';
const WARMUP = 2;
const RUNS = 7;
const BOUND_MS = 1_000;
/** The biggest programme (40% of the pairs). */
const ONE = BENCH_PROGRAMMES[0].id;

const log = (m: string) => process.stderr.write(`${m}\n`);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface Timing {
  median_ms: number;
  min_ms: number;
  max_ms: number;
  /** CPU time the database spent (median): what the wall time would be on an idle machine, near enough. */
  cpu_ms: number | null;
  runs: number;
}

/** CPU used so far (ms): this process's, plus the server's for PostgreSQL. */
type CpuClock = () => number | null;
const processCpuMs: CpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function time(label: string, fn: () => Promise<unknown>, cpu: CpuClock): Promise<Timing> {
  for (let k = 0; k < WARMUP; k++) await fn();
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const c0 = cpu();
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
    const c1 = cpu();
    if (c0 !== null && c1 !== null) cpuMs.push(c1 - c0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timing = {
    median_ms: Math.round(median(ms)),
    min_ms: Math.round(Math.min(...ms)),
    max_ms: Math.round(Math.max(...ms)),
    cpu_ms: cpuMs.length === RUNS ? Math.round(median(cpuMs)) : null,
    runs: RUNS,
  };
  log(
    `   ${label}: median ${timing.median_ms} ms (${timing.min_ms}-${timing.max_ms}, ${RUNS} runs after ${WARMUP}), cpu ${timing.cpu_ms ?? '?'} ms`,
  );
  return timing;
}

/** Progress of the seeding, a line per step and batch, with the time so far. */
function progress(): (step: string, done: number, total: number) => void {
  const t0 = performance.now();
  return (step, done, total) =>
    log(`   ${step} ${total > 1 ? `${done}/${total} ` : ''}(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

interface Measured {
  result: Record<string, unknown>;
  payload: Outcomes;
}

async function measure(db: Db, cpu: CpuClock): Promise<Measured> {
  log('   migrating');
  await migrate(db);
  log(`   seeding ${PEOPLE} people and ${PAIRS} pairs`);
  const seeded: SeedResult = await seedAnalytics(
    db,
    { tenantId: TENANT, people: PEOPLE, pairs: PAIRS, today: TODAY },
    progress(),
  );
  log(`   seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  const [size] = await db.query<{ bytes: number }>('SELECT pg_database_size(current_database()) AS bytes');

  log('   timing');
  const baseline = await time('baseline: counting the check-ins', () => db.query('SELECT count(*) FROM checkins'), cpu);
  let payload: Outcomes | undefined;
  const one = await time(
    `one programme (${ONE})`,
    async () => {
      await outcomes(db, TENANT, { programmeId: ONE }, NOW);
    },
    cpu,
  );
  const all = await time(
    'all programmes',
    async () => {
      payload = await outcomes(db, TENANT, {}, NOW);
    },
    cpu,
  );
  return {
    payload: payload!,
    result: {
      seed_ms: seeded.ms,
      seed_steps_ms: seeded.steps,
      rows: seeded.rows,
      database_mb: mb(Number(size?.bytes ?? 0)),
      baseline_count_checkins: baseline,
      one_programme: one,
      all_programmes: all,
    },
  };
}

/** A few of the payload's figures, to show it described the seeded year (cells are {value, people}). */
function headline(p: Outcomes): Record<string, unknown> {
  const v = (c: unknown) => (c && typeof c === 'object' && 'value' in c ? (c as { value: number }).value : c);
  return {
    matched_pairs: v(p.participation.matchedPairs),
    enrolled: v(p.participation.enrolled),
    sessions_held: v(p.meetings.held),
    curve_weeks: p.learningCurve.length,
    confidence_months: p.confidence.length,
  };
}

const started = performance.now();
// Timings on a busy machine are slower than on an idle one: the load beside them says how busy.
const load = () => +loadavg()[0]!.toFixed(1);
const output: Record<string, unknown> = {
  bench: 'analytics',
  people: PEOPLE,
  pairs: PAIRS,
  programmes: BENCH_PROGRAMMES.length,
  one_programme: ONE,
  bound_ms: BOUND_MS,
  bound: 'all programmes on PostgreSQL, median',
  cpus: cpus().length,
  load_average_1m_at_start: load(),
};

log('-- PGlite (in memory)');
const rssBefore = process.memoryUsage().rss;
const pglite = await openPglite(undefined);
const onPglite = await measure(pglite, processCpuMs);
output.pglite = { ...onPglite.result, rss_mb_after: mb(process.memoryUsage().rss), rss_mb_before: mb(rssBefore) };
await pglite.close();
output.peak_rss_mb = peakRssMb();
output.payload = headline(onPglite.payload);

log('-- PostgreSQL (throwaway cluster)');
const cluster = await startCluster();
if ('error' in cluster) {
  log(`   ${cluster.error}`);
  output.postgres = { skipped: cluster.error };
  output.within_bound = null;
} else {
  try {
    const db = await openPostgres(cluster.url, { onError: (err) => log(`   pool error: ${err.message}`) });
    try {
      const onPostgres = await measure(db, () => {
        const server = cluster.cpuMs();
        return server === null ? null : server + processCpuMs()!;
      });
      output.postgres = { version: cluster.version, ...onPostgres.result };
      output.payloads_equal = isDeepStrictEqual(onPglite.payload, onPostgres.payload);
      const allMs = onPostgres.result.all_programmes as Timing;
      output.within_bound = allMs.median_ms < BOUND_MS;
    } finally {
      await db.close();
    }
  } finally {
    cluster.drop();
  }
}
output.load_average_1m_at_end = load();
output.wall_s = Math.round((performance.now() - started) / 1000);
console.log(JSON.stringify(output));
