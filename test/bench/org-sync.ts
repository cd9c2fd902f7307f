import { performance } from 'node:perf_hooks';
import type { Db } from '../../server/db/db.js';
import { composeGraph } from '../../server/compose.js';
import { DELTA_PAGE } from '../../server/sandbox/directory/delta.js';
import { syncTenant } from '../../server/org/sync.js';
import type { SyncResult } from '../../server/org/schemas.js';
import { createTestDb } from '../helpers/db.js';
import { startTestSandbox } from '../helpers/sandbox.js';

// Org sync of 10,000 and 100,000 people from the sandbox tenant over HTTPS into the database
// (PGlite, or PostgreSQL when DATABASE_URL is set): a full round, then an incremental one after
// 1% of people changed. Beside each, the fewest Graph requests the page sizes allow: delta pages
// hold 200 users in the sandbox (Graph documents no delta page size), and /users pages at most 999.

const log = (m: string) => process.stderr.write(`${m}\n`);
const quiet = { info: () => undefined, warn: () => undefined };

async function run(size: number): Promise<Record<string, unknown>> {
  log(`-- ${size} people: starting the sandbox and the database`);
  const [t, db] = (await Promise.all([startTestSandbox({ size }), createTestDb()])) as [
    Awaited<ReturnType<typeof startTestSandbox>>,
    Db,
  ];
  const graph = composeGraph(t.identity).forTenant(t.sandbox.tenantId);
  const deps = {
    db,
    readPage: (url: string, full: boolean) => graph.directory.readDeltaPage(url, full),
    graphRequests: graph.requests,
    clock: { now: () => Date.parse('2026-11-02T08:00:00Z') },
    log: quiet,
  };
  const sync = async (): Promise<SyncResult & { wallMs: number }> => {
    const started = performance.now();
    const result = await syncTenant(deps, t.sandbox.tenantId, { owner: 'bench' });
    if (result === 'busy') throw new Error('busy');
    return { ...result, wallMs: Math.round(performance.now() - started) };
  };

  log('   full sync...');
  const full = await sync();
  const rssAfterFull = process.memoryUsage().rss;

  // 1% of people change: half get a new title, half a new manager (a small re-org).
  const people = t.sandbox.state.directory.all();
  const changed = Math.round(size / 100);
  const now = Date.now();
  for (let i = 0; i < changed; i++) {
    const p = people[(i * 9973) % people.length]!;
    if (i % 2 === 0 || !p.managerId)
      t.sandbox.state.directory.update(p.id, { jobTitle: `${p.jobTitle ?? 'Analyst'} II` }, now);
    else {
      const peer = t.sandbox.state.directory.get(p.managerId);
      if (peer?.managerId) t.sandbox.state.directory.update(p.id, { managerId: peer.managerId }, now);
    }
  }
  log(`   incremental sync after ${changed} changes...`);
  const incremental = await sync();
  await db.close();
  await t.close();
  return {
    people: size,
    full: {
      wall_ms: full.wallMs,
      graph_requests: full.graphRequests,
      pages: full.pages,
      fewest_requests_delta_pages: Math.ceil(size / DELTA_PAGE),
      fewest_requests_at_top_999: Math.ceil(size / 999),
      people_per_s: Math.round(size / (full.wallMs / 1000)),
      phases_ms: full.phasesMs,
    },
    incremental: {
      changed,
      wall_ms: incremental.wallMs,
      graph_requests: incremental.graphRequests,
      upserts: incremental.upserts,
      levels_changed: incremental.levelsChanged,
      fewest_requests: Math.ceil(changed / DELTA_PAGE),
      phases_ms: incremental.phasesMs,
    },
    rss_mb_after_full: Math.round(rssAfterFull / 1e6),
  };
}

const results = [];
for (const size of [10_000, 100_000]) results.push(await run(size));
console.log(
  JSON.stringify({ bench: 'org-sync', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', runs: results }),
);
