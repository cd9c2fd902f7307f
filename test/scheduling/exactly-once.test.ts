import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import type { Jobs } from '../../server/jobs/queue.js';
import { createTestDb } from '../helpers/db.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { seedActivePairs, syncDirectory, testJobs, waitForQuiet } from '../helpers/scheduling.js';

// Exactly once, the hard way: the real server runs as its own process against the sandbox tenant
// (configured as a real tenant: client id, secret, authority and Graph endpoint, the sandbox CA
// trusted through NODE_EXTRA_CA_CERTS), while a fifth of Graph's answers are 429, 503 or dropped
// connections. The first process is killed (SIGKILL) in the middle of booking; a second one
// takes the jobs over. Every pair must end with exactly one series in both calendars.
//
// Several processes on one database need PostgreSQL: embedded PGlite is one process's, so this
// file runs where DATABASE_URL is set (CI's .ci/run sets it) and says so when skipped.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAIRS = 40;
// A dead server's jobs go to the next after this long.
const EXPIRE_SECONDS = 5;
const hasPostgres = Boolean(process.env.DATABASE_URL);
if (!hasPostgres)
  console.warn(
    'exactly-once.test.ts skipped: it runs server processes side by side, which needs PostgreSQL (set DATABASE_URL, as .ci/run does).',
  );

let t: TestSandbox;
let db: Db & { url?: string };
let jobs: Jobs;
const children: ChildProcess[] = [];

function startServer(): ChildProcess {
  const caFile = join(mkdtempSync(join(tmpdir(), 'tandem-ca-')), 'sandbox-ca.pem');
  writeFileSync(caFile, t.sandbox.ca);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      TANDEM_CLIENT_ID: t.identity.clientId,
      TANDEM_CLIENT_SECRET: t.identity.clientSecret,
      TANDEM_TENANT_ID: t.sandbox.tenantId,
      TANDEM_APP_ID_URI: t.identity.appIdUri,
      TANDEM_AUTHORITY_HOST: t.sandbox.origin,
      TANDEM_GRAPH_ENDPOINT: t.sandbox.origin,
      TANDEM_JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS),
      NODE_EXTRA_CA_CERTS: caFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server ${child.pid}] ${d}`));
  child.stdout!.resume();
  children.push(child);
  return child;
}

const attempted = async () =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meeting_series WHERE attempts > 0`))[0]!.n;
const booked = async () =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM meeting_series WHERE status = 'booked'`))[0]!.n;

beforeAll(async () => {
  if (!hasPostgres) return;
  t = await startTestSandbox({ size: 300 });
  db = await createTestDb();
  await syncDirectory(db, t.identity, t.sandbox.tenantId, new Date().toISOString().slice(0, 10));
  jobs = await testJobs(db, EXPIRE_SECONDS);
  const people = t.sandbox.state.directory
    .all()
    .filter((p) => p.accountEnabled && p.city === 'Milano' && p.mailbox.workingHours)
    .slice(20);
  await seedActivePairs(
    db,
    jobs,
    t.sandbox.tenantId,
    Array.from({ length: PAIRS }, (_, i) => ({
      mentorId: people[2 * i]!.id,
      menteeId: people[2 * i + 1]!.id,
      cadence: 'weekly' as const,
      minutes: 30 as const,
    })),
  );
  const faults = await t.admin('/sandbox/v1/faults', {
    method: 'PUT',
    body: { rate429: 0.1, rate503: 0.05, rateDrop: 0.05, retryAfterSeconds: 1, latencyMs: 20, seed: 11 },
  });
  expect(faults.status).toBe(200);
}, 120_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await jobs?.stop();
  await db?.close();
  await t?.close();
});

describe.skipIf(!hasPostgres)('booking exactly once through faults and a killed server', () => {
  it('books every pair once, though the first server dies mid-run', async () => {
    const first = startServer();
    // Kill it while its creates are on the wire: attempts are counted just before they are sent,
    // and the results written only after every answer is in.
    for (let i = 0; i < 1200 && (await attempted()) === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 150));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    expect(await attempted()).toBeGreaterThan(0);
    expect(await booked()).toBeLessThan(PAIRS);

    const second = startServer();
    await waitForQuiet(db, jobs, 240_000);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate429: 0, rate503: 0, rateDrop: 0, latencyMs: 0 } });

    const series = await db.query<{
      pair_id: string;
      status: string;
      organizer_id: string;
      attendee_id: string;
      event_id: string | null;
      transaction_id: string;
    }>(`SELECT pair_id, status, organizer_id, attendee_id, event_id, transaction_id FROM meeting_series`);
    expect(series).toHaveLength(PAIRS);
    expect(series.every((s) => s.status === 'booked')).toBe(true);
    for (const s of series) {
      // Exactly one series in the mentor's calendar, with this pair's transactionId…
      const mine = (await t.graph
        .api(`/users/${s.organizer_id}/events`)
        .select('id,subject,transactionId,type,isCancelled')
        .top(200)
        .get()) as {
        value: { id: string; transactionId?: string; type: string; isCancelled: boolean; subject: string }[];
      };
      const tandem = mine.value.filter((e) => e.transactionId?.startsWith('tandem-'));
      expect(tandem.map((e) => e.transactionId)).toEqual([s.transaction_id]);
      expect(tandem[0]!.id).toBe(s.event_id);
      expect(
        mine.value.filter((e) => e.subject.startsWith('Tandem') && e.type === 'seriesMaster' && !e.isCancelled),
      ).toHaveLength(1);
      // …and exactly one invitation in the mentee's.
      const theirs = (await t.graph
        .api(`/users/${s.attendee_id}/events`)
        .select('id,subject,type,isCancelled')
        .top(200)
        .get()) as { value: { subject: string; type: string; isCancelled: boolean }[] };
      expect(
        theirs.value.filter((e) => e.subject === tandem[0]!.subject && e.type === 'seriesMaster' && !e.isCancelled),
      ).toHaveLength(1);
    }
    // Both people were told once per pair, not once per attempt.
    const told = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'meetingBooked'`,
    );
    expect(told[0]!.n).toBe(2 * PAIRS);
  }, 300_000);
});
