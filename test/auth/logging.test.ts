import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { createTestDb } from '../helpers/db.js';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  const [sandbox, db] = await Promise.all([startTestSandbox({ size: 60 }), createTestDb()]);
  t = sandbox;
  app = await buildApp({
    config: { version: 'test', tabDir: join(mkdtempSync(join(tmpdir(), 'tandem-tab-')), 'none') },
    db,
    identity: t.identity,
    sandboxOrigin: t.sandbox.origin,
    // The most talkative level, so that nothing a quieter level would hide escapes the check.
    logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('the log', () => {
  it('never holds a bearer token, any part of its signature, or the client secret', async () => {
    const junior = persona(t, 'junior-dev');
    const token = await t.ssoToken(junior.id);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const tampered = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${tampered}` } }))
        .statusCode,
    ).toBe(401);
    // The health check takes an app-only token with the client secret.
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    // A token in a query string (a client's mistake) must not reach the log either.
    await app.inject({ method: 'GET', url: `/api/me?access_token=${token}` });

    const log = lines.join('\n');
    expect(log).toContain('incoming request');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const secret of [payload, signature.slice(0, 40), tampered.slice(-40), t.identity.clientSecret!]) {
      expect(log).not.toContain(secret);
    }
  });
});
