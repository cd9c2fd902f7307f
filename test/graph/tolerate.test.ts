import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { TOLERATED, tolerate } from '../../server/graph/tolerate.js';
import { persona, sandboxGraph, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ size: 40 });
});
afterAll(async () => t?.close());

/** A logger that keeps what it is given. */
const recorder = () => {
  const lines: { fields: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    warn: (fields: object, message: string) => void lines.push({ fields: fields as Record<string, unknown>, message }),
  };
};

describe('tolerate', () => {
  it('answers the fallback and logs a 404, a 429 and a dropped connection with the same fields', async () => {
    const ceo = persona(t, 'ceo');
    const graph = sandboxGraph(t, { maxRetries: 0 }).forTenant(t.sandbox.tenantId);
    await t.script({ method: 'GET', path: `/users/${ceo.id}`, status: 404 });
    await t.script({ method: 'GET', path: `/users/${ceo.id}/mailboxSettings`, status: 429, retryAfterSeconds: 3 });
    await t.script({ method: 'GET', path: `/users/${ceo.id}`, drop: true, times: 4 });
    const log = recorder();

    expect(await tolerate(log, 'profile skills', graph.mailboxes.readSkills(ceo.id), [])).toEqual([]);
    expect(await tolerate(log, 'mailbox settings', graph.mailboxes.readOne(ceo.id), undefined)).toBeUndefined();
    expect(await tolerate(log, 'profile skills', graph.mailboxes.readSkills(ceo.id), ['none'])).toEqual(['none']);

    expect(log.lines.map((l) => l.message)).toEqual([TOLERATED, TOLERATED, TOLERATED]);
    const keys = log.lines.map((l) => Object.keys(l.fields).sort());
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
    expect(log.lines[0]!.fields).toMatchObject({
      what: 'profile skills',
      code: 'graph_unavailable',
      reason: 'answer',
      graphStatus: 404,
      graphCode: 'itemNotFound',
    });
    expect(log.lines[0]!.fields.requestId).toEqual(expect.any(String));
    expect(log.lines[1]!.fields).toMatchObject({
      what: 'mailbox settings',
      code: 'graph_throttled',
      reason: 'answer',
      graphStatus: 429,
      graphCode: 'TooManyRequests',
    });
    expect(log.lines[2]!.fields).toMatchObject({
      what: 'profile skills',
      code: 'graph_unavailable',
      reason: 'dropped',
      graphStatus: null,
      graphCode: null,
      requestId: null,
    });
  });

  it('logs no token, query string or Graph message', async () => {
    const ceo = persona(t, 'ceo');
    await t.script({ method: 'GET', path: `/users/${ceo.id}`, status: 403 });
    const log = recorder();
    await tolerate(
      log,
      'profile skills',
      sandboxGraph(t).forTenant(t.sandbox.tenantId).mailboxes.readSkills(ceo.id),
      [],
    );
    const line = JSON.stringify(log.lines);
    expect(line).not.toMatch(/Bearer|eyJ|\$select|\?|Access is denied/);
  });

  it('lets through what is not a Graph failure, a bug or a refused sign-in', async () => {
    const log = recorder();
    const bug = new RangeError('a bug of ours');
    await expect(tolerate(log, 'profile skills', Promise.reject(bug), [])).rejects.toBe(bug);
    const signIn = new AppError('obo_failed', 'Sign in again.');
    await expect(tolerate(log, 'profile skills', Promise.reject(signIn), [])).rejects.toBe(signIn);
    expect(log.lines).toEqual([]);
  });

  it('answers what Graph gave when nothing failed, and logs nothing', async () => {
    const log = recorder();
    const ceo = persona(t, 'ceo');
    const skills = await tolerate(
      log,
      'profile skills',
      sandboxGraph(t).forTenant(t.sandbox.tenantId).mailboxes.readSkills(ceo.id),
      ['fallback'],
    );
    expect(skills).not.toEqual(['fallback']);
    expect(log.lines).toEqual([]);
  });
});
