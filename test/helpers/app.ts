import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppDeps } from '../../server/app.js';
import { compose, type Services } from '../../server/compose.js';
import type { Db } from '../../server/db/db.js';
import { travelClock } from '../../server/demo/clock.js';
import { createDemoRunner } from '../../server/demo/runner.js';
import { demoRoutes } from '../../server/sign-in-as/reset.js';
import { createTestDb } from './db.js';
import { startTestSandbox, type TestSandbox, type TestSandboxOptions } from './sandbox.js';

export interface TestApp {
  app: FastifyInstance;
  t: TestSandbox;
  db: Db;
  close(): Promise<void>;
}

export interface TestAppOptions {
  tabDir?: string;
  size?: number;
  /** More sandbox options (clock, faults, limits). */
  sandbox?: TestSandboxOptions;
  /** More app options (workers, clock, job timeouts). */
  deps?: Partial<AppDeps>;
}

type TenantOptions = Pick<TestAppOptions, 'size' | 'sandbox'>;

/** A sandbox tenant and a fresh test database, started side by side. */
function startTenantAndDb(options: TenantOptions): Promise<[TestSandbox, Db]> {
  return Promise.all([startTestSandbox({ size: options.size ?? 120, ...options.sandbox }), createTestDb()]);
}

/** The real app on a fresh test database, talking to a sandbox tenant over HTTPS. */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const [t, db] = await startTenantAndDb(options);
  const app = await buildApp({
    config: { version: 'test', tabDir: options.tabDir ?? join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'none') },
    db,
    identity: t.identity,
    sandboxOrigin: t.sandbox.origin,
    ...options.deps,
  });
  // A tab served to a browser has the sign-in picker, which asks for the demo's status: as
  // `npm start` with TANDEM_SANDBOX_DEMO=0, the demo's routes are there, on an empty programme.
  if (options.tabDir) await registerEmptyDemo(app, t, db);
  await app.ready();
  return {
    app,
    t,
    db,
    close: async () => {
      await app.close();
      await t.close();
      await db.close();
    },
  };
}

async function registerEmptyDemo(app: FastifyInstance, t: TestSandbox, db: Db): Promise<void> {
  const demo = createDemoRunner({
    app,
    db,
    tenantId: t.sandbox.tenantId,
    clock: travelClock(),
    fill: false,
    sandbox: { origin: t.sandbox.origin, clientId: t.identity.clientId, clientSecret: t.identity.clientSecret! },
    log: () => undefined,
  });
  await app.register(demoRoutes, { demo });
  app.addHook('preClose', () => demo.settled());
}

export interface TestServices {
  services: Services;
  t: TestSandbox;
  db: Db;
  close(): Promise<void>;
}

/**
 * The app's services (compose.ts, as buildApp builds them) on a fresh test database and a sandbox
 * tenant, without the app: for tests that register the routes on an instance of their own.
 */
export async function composeTestServices(options: TenantOptions = {}): Promise<TestServices> {
  const [t, db] = await startTenantAndDb(options);
  const services = await compose({
    db,
    identity: t.identity,
    onError: (err, what) => console.error(`${what} failed`, err),
    warn: (fields, message) => console.warn(message, fields),
  });
  return {
    services,
    t,
    db,
    close: async () => {
      await services.stop();
      await t.close();
      await db.close();
    },
  };
}
