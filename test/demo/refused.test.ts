import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../helpers/db.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Against a real tenant there is no picker, so no demo either: the app is built as server.ts
// builds it without the sandbox (no sandbox origin, no demo routes), and the demo's paths are a
// plain 404 like the sign-in's.

let t: TestSandbox;
let db: Db;
let app: FastifyInstance;

beforeAll(async () => {
  [t, db] = await Promise.all([startTestSandbox({ size: 20 }), createTestDb()]);
  app = await buildApp({
    config: { version: 'test', tabDir: join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'none') },
    db,
    identity: t.identity,
  });
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('the demo without the sandbox tenant', () => {
  it.each([
    ['POST', '/api/sandbox/demo/reset'],
    ['GET', '/api/sandbox/demo'],
    ['POST', '/api/sandbox/signin'],
  ] as const)('answers %s %s with 404', async (method, url) => {
    const res = await app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});
