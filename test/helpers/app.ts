import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.js';
import { createTestDb } from './db.js';
import { startTestSandbox, type TestSandbox } from './sandbox.js';

export interface TestApp {
  app: FastifyInstance;
  t: TestSandbox;
  close(): Promise<void>;
}

/** The real app on a fresh test database, talking to a sandbox tenant over HTTPS. */
export async function buildTestApp(options: { tabDir?: string; size?: number } = {}): Promise<TestApp> {
  const [t, db] = await Promise.all([startTestSandbox({ size: options.size ?? 120 }), createTestDb()]);
  const app = await buildApp({
    config: { version: 'test', tabDir: options.tabDir ?? join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'none') },
    db,
    identity: t.identity,
    sandboxOrigin: t.sandbox.origin,
  });
  await app.ready();
  return {
    app,
    t,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}
