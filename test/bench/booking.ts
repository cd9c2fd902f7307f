import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../../server/app.js';
import { SCHEDULES_PER_CALL } from '../../server/graph/calendar.js';
import { graphLimits } from '../../server/sandbox/limits/throttle.js';
import { emptyStats } from '../../server/sandbox/state.js';
import { createTestDb } from '../helpers/db.js';
import { seeded } from '../helpers/random.js';
import { startTestSandbox } from '../helpers/sandbox.js';
import { seedActivePairs, syncDirectory, testJobs, waitForQuiet } from '../helpers/scheduling.js';

// First meetings for 1,000 new pairs, booked by the real workers against the sandbox tenant with
// Graph's real limits (4 concurrent requests per app and mailbox, 10,000 per 10 minutes) and a
// service latency per HTTP call. Reported beside the lower bound those limits allow: the fewest
// Graph requests the work needs (mailbox settings of everyone, getSchedule 100 people at a time,
// one create per pair, and for a series with sessions someone is busy for one read of its
// instances plus one change each), no 429 at all, and a wall time no shorter than the longest
// chain of dependent calls or the app-wide 2,000 requests per second.

const PAIRS = Number(process.env.BENCH_PAIRS ?? 1000);
const LATENCY_MS = 50;
const log = (m: string) => process.stderr.write(`${m}\n`);

log(`-- ${PAIRS} pairs: sandbox of ${PAIRS * 3} people, latency ${LATENCY_MS} ms per call`);
const t = await startTestSandbox({ size: PAIRS * 3, seed: 11 });
const db = await createTestDb();
log('   copying the directory in...');
await syncDirectory(db, t.identity, t.sandbox.tenantId, new Date().toISOString().slice(0, 10));
const jobs = await testJobs(db);

// People of one office or neighbouring zones, as a programme pairs them; a few across the ocean.
const random = seeded(5);
const people = [...t.sandbox.state.directory.all()].filter((p) => p.accountEnabled && p.mailbox.workingHours);
for (let i = people.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [people[i], people[j]] = [people[j]!, people[i]!];
}
const pairs = Array.from({ length: PAIRS }, (_, i) => ({
  mentorId: people[2 * i]!.id,
  menteeId: people[2 * i + 1]!.id,
  cadence: (['weekly', 'biweekly', 'monthly'] as const)[i % 3],
  minutes: ([30, 45, 60] as const)[i % 3],
}));
log('   making pairs active (their booking jobs queue with them)...');
await seedActivePairs(db, jobs, t.sandbox.tenantId, pairs);

await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: LATENCY_MS } });
Object.assign(t.sandbox.state.stats, emptyStats());
log('   booking...');
const started = performance.now();
const app = await buildApp({
  config: { version: 'bench', tabDir: join(mkdtempSync(join(tmpdir(), 'tandem-bench-')), 'none') },
  db,
  identity: t.identity,
  workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' },
});
const progress = setInterval(async () => {
  const rows = await db
    .query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM meeting_series GROUP BY status`)
    .catch(() => []);
  log(`   ${Math.round((performance.now() - started) / 1000)} s: ${rows.map((r) => `${r.status} ${r.n}`).join(', ')}`);
}, 5000);
await waitForQuiet(db, jobs, 30 * 60_000);
const wallMs = performance.now() - started;
clearInterval(progress);
const stats = { ...t.sandbox.state.stats };
const requests = stats.inner + stats.http - stats.batches;

const outcome = await db.query<{ status: string; n: number }>(
  `SELECT status, count(*)::int AS n FROM meeting_series GROUP BY status ORDER BY status`,
);
const booked = outcome.find((o) => o.status === 'booked')?.n ?? 0;
const exceptions = await db.query<{ series: number; changes: number }>(
  `SELECT count(DISTINCT series_id)::int AS series, count(*)::int AS changes FROM meeting_occurrences WHERE starts_at <> original_start OR status = 'skipped'`,
);
const distinctPeople = new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId])).size;
const fewest =
  distinctPeople +
  Math.ceil(distinctPeople / SCHEDULES_PER_CALL) +
  booked +
  exceptions[0]!.series +
  exceptions[0]!.changes;
// settings -> free/busy -> create -> instances -> change: five calls one after another.
const chainMs = 5 * LATENCY_MS;
const rateMs = (fewest / 2000) * 1000;

await jobs.stop();
await app.close();
await t.close();

console.log(
  JSON.stringify({
    pairs: PAIRS,
    booked,
    outcome: Object.fromEntries(outcome.map((o) => [o.status, o.n])),
    latency_ms_per_call: LATENCY_MS,
    limits: {
      outlook_concurrent_per_mailbox: graphLimits.outlookConcurrent,
      outlook_per_10_min_per_mailbox: graphLimits.outlookRequestsPer10Min,
    },
    wall_s: Number((wallMs / 1000).toFixed(1)),
    wall_s_lower_bound: Number((Math.max(chainMs, rateMs) / 1000).toFixed(2)),
    // Requests as Graph's limits count them: each one inside a $batch, and calls made on their own.
    graph_requests: requests,
    graph_http_calls: stats.http,
    graph_batch_envelopes: stats.batches,
    graph_requests_per_booked_pair: Number((requests / Math.max(1, booked)).toFixed(2)),
    graph_requests_per_booked_pair_lower_bound: Number((fewest / Math.max(1, booked)).toFixed(2)),
    throttled_429: stats.throttled,
    throttled_429_lower_bound: 0,
    sessions_moved_or_skipped: exceptions[0]!.changes,
  }),
);
