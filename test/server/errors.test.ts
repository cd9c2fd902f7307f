import { GraphError } from '@microsoft/microsoft-graph-client';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ERRORS } from '../../server/errors.js';
import { errorAnswer } from '../../server/web/errors.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the error catalogue', () => {
  it('is the README error table, row for row', () => {
    const section = readme.split('\n## Errors\n')[1]!.split('\n## ')[0]!;
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (.+) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]),
      m[3]!.replace(/\\\|/g, '|'),
    ]);
    expect(rows).toEqual(Object.entries(ERRORS).map(([code, e]) => [code, e.status, e.meaning]));
  });

  it('gives every code a client or server error status', () => {
    for (const e of Object.values(ERRORS)) expect(e.status >= 400 && e.status < 600).toBe(true);
  });
});

describe('the answer to a failure', () => {
  it('passes on Tandem’s own error with its catalogue status, details and Retry-After', () => {
    const answer = errorAnswer(
      new AppError('graph_throttled', 'Try again in a minute.', { what: 'x' }, { retryAfterSeconds: 7 }),
    );
    expect(answer).toEqual({
      body: {
        statusCode: 503,
        code: 'graph_throttled',
        error: 'Service Unavailable',
        message: 'Try again in a minute.',
        details: { what: 'x' },
      },
      retryAfterSeconds: 7,
      serverSide: true,
    });
  });

  it('turns a foreign error with a 4xx status, such as Graph’s, into a 500 that says nothing of it', () => {
    const graph = new GraphError(404, 'Resource /users/secret-id not found');
    graph.code = 'Request_ResourceNotFound';
    const answer = errorAnswer(graph);
    expect(answer.body).toMatchObject({ statusCode: 500, code: 'internal', error: 'Internal Server Error' });
    expect(JSON.stringify(answer.body)).not.toMatch(/secret-id|ResourceNotFound/);
    expect(answer.serverSide).toBe(true);
  });
});

describe('Fastify’s refusals of a malformed request', () => {
  let h: TestApp;
  beforeAll(async () => {
    h = await buildTestApp();
  });
  afterAll(async () => h?.close());

  const signIn = (payload: string, contentType: string) =>
    h.app.inject({ method: 'POST', url: '/api/sandbox/signin', headers: { 'content-type': contentType }, payload });

  it('answers a body that is not JSON with 400 invalid_json', async () => {
    const res = await signIn('{"userId":', 'application/json');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_json', error: 'Bad Request' });
  });

  it('answers an empty JSON body with 400 invalid_json', async () => {
    const res = await signIn('', 'application/json');
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'invalid_json' });
  });

  it('answers a body in another format with 415 unsupported_media_type', async () => {
    const res = await signIn('userId=x', 'application/x-www-form-urlencoded');
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('answers a body over the limit with 413 body_too_large', async () => {
    const res = await signIn(JSON.stringify({ userId: 'x'.repeat(1_100_000) }), 'application/json');
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'body_too_large' });
  });
});
