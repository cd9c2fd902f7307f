import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppDeps } from '../../server/app.js';
import { compose, type Services } from '../../server/compose.js';
import type { Db } from '../../server/db/db.js';
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
