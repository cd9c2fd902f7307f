import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppDeps } from '../../server/app.js';
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

/** The real app on a fresh test database, talking to a sandbox tenant over HTTPS. */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const [t, db] = await Promise.all([startTestSandbox({ size: options.size ?? 120, ...options.sandbox }), createTestDb()]);
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
