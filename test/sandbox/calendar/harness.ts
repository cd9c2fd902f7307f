import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import type { Caller, SandboxContext } from '../../../server/sandbox/context.js';
import { GraphError } from '../../../server/sandbox/errors.js';
import type { SandboxUser } from '../../../server/sandbox/org/model.js';
import { registerCalendarRoutes } from '../../../server/sandbox/calendar/routes.js';
import type { CalendarStore } from '../../../server/sandbox/calendar/store.js';
import { FixtureDirectory, TestClock } from './fixtures.js';

// Only for these route tests: the calendar routes behind a stand-in for the Graph pipeline
// (the caller comes from the test, not from a token; GraphError becomes Graph's error body).
// The real app wiring replaces this for end-to-end tests.

export const ORIGIN = 'https://localhost:53123';

export interface Harness {
  app: FastifyInstance;
  store: CalendarStore;
  clock: TestClock;
  directory: FixtureDirectory;
  call(
    caller: Caller,
    request: {
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
      url: string;
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<LightMyRequestResponse>;
}

export async function buildHarness(people: SandboxUser[], now = Date.UTC(2026, 2, 2, 8, 0)): Promise<Harness> {
  const directory = new FixtureDirectory(people);
  const clock = new TestClock(now);
  const ctx: SandboxContext = { directory, clock, origin: () => ORIGIN };
  // The sandbox app turns Ajv's coercion off; so does the harness, so strings stay strings.
  const app = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } });
  const callers = new Map<string, Caller>();
  app.decorateRequest('caller');
  app.addHook('onRequest', async (req) => {
    const caller = callers.get(String(req.headers['x-test-caller']));
    if (!caller) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    req.caller = caller;
  });
  app.setErrorHandler(async (err: Error & { statusCode?: number; validation?: unknown }, _req, reply) => {
    if (err instanceof GraphError)
      return reply
        .code(err.statusCode)
        .headers(err.headers)
        .send({ error: { code: err.code, message: err.message } });
    if (err.validation) return reply.code(400).send({ error: { code: 'BadRequest', message: err.message } });
    return reply.code(500).send({ error: { code: 'generalException', message: err.message } });
  });
  const store = registerCalendarRoutes(app, ctx);
  await app.ready();

  let n = 0;
  return {
    app,
    store,
    clock,
    directory,
    call(caller, request) {
      const key = `caller-${n++}`;
      callers.set(key, caller);
      return app.inject({
        method: request.method,
        url: request.url,
        headers: { 'x-test-caller': key, ...request.headers },
        ...(request.body !== undefined ? { payload: request.body as object } : {}),
      });
    },
  };
}
