import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import { travelClock, type TravelClock } from '../../server/demo/clock.js';
import {
  createDemoRunner,
  DEMO_TOKEN_LIFETIME_SECONDS,
  demoSpanMs,
  type DemoRunner,
} from '../../server/demo/runner.js';
import { demoRoutes } from '../../server/sign-in-as/reset.js';
import { createTestDb } from '../helpers/db.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// The app as `npm start` builds it on the sandbox with the demo on (server.ts): one clock for the
// app and the sandbox tenant that wakes up at the start of the demo's weeks, long-lived sandbox
// tokens, job workers, and the demo's routes; on a fresh test database.

export interface DemoApp {
  app: FastifyInstance;
  t: TestSandbox;
  db: Db;
  clock: TravelClock;
  demo: DemoRunner;
  lines: string[];
  close(): Promise<void>;
}

export async function startDemoApp({
  fill = true,
  tabDir = join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'none'),
}: {
  fill?: boolean;
  /** The built tab, for a browser; by default none. */
  tabDir?: string;
} = {}): Promise<DemoApp> {
  const clock = travelClock();
  if (fill) clock.travelTo(clock.now() - demoSpanMs());
  const [t, db] = await Promise.all([
    startTestSandbox({
      size: 300,
      seed: 42,
      clock,
      ...(fill ? { tokenLifetimeSeconds: DEMO_TOKEN_LIFETIME_SECONDS } : {}),
    }),
    createTestDb(),
  ]);
  const app = await buildApp({
    config: { version: 'test', tabDir },
    db,
    identity: t.identity,
    sandboxOrigin: t.sandbox.origin,
    clock,
    workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' },
  });
  const lines: string[] = [];
  const demo = createDemoRunner({
    app,
    db,
    tenantId: t.sandbox.tenantId,
    clock,
    fill,
    sandbox: { origin: t.sandbox.origin, clientId: t.identity.clientId, clientSecret: t.identity.clientSecret! },
    log: (line) => lines.push(line),
  });
  await app.register(demoRoutes, { demo });
  return {
    app,
    t,
    db,
    clock,
    demo,
    lines,
    close: async () => {
      await demo.settled();
      await app.close();
      await t.close();
    },
  };
}
