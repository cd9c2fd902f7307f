import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createMsalClients, appGraphToken } from './auth/msal.js';
import { createOboTokens } from './auth/obo.js';
import { registerAuthentication } from './auth/plugin.js';
import { createTokenVerifier } from './auth/verify.js';
import type { Config, IdentityConfig } from './config.js';
import type { Db } from './db/db.js';
import { registerDb } from './db/plugin.js';
import { AppError } from './errors.js';
import { ErrorBody } from './schemas.js';
import { createGraphConnection, graphReachable, type GraphConnection } from './graph/client.js';
import { healthRoutes } from './health/plugin.js';
import { matchingRoutes } from './matching/plugin.js';
import { reviewPairs } from './matching/review.js';
import { startNotificationSender } from './notify/worker.js';
import { TEAMS_APP_ID } from './notify/activities.js';
import { startJobs } from './jobs/queue.js';
import type { PairChanged } from './matching/pairs.js';
import { meetingsRoutes } from './scheduling/plugin.js';
import { pairChanged as pairMeetings } from './scheduling/series.js';
import { schedulingQueues, startSchedulingWorkers } from './scheduling/workers.js';
import { orgRoutes } from './org/plugin.js';
import { sandboxSignInRoutes } from './sandbox-signin/plugin.js';
import { registerSecurityHeaders } from './web/security.js';
import { registerTab } from './web/static.js';

export interface AppDeps {
  config: Pick<Config, 'version' | 'tabDir'>;
  db: Db;
  identity: IdentityConfig;
  /** Set when the sandbox tenant stands in for Microsoft 365: enables the sandbox sign-in. */
  sandboxOrigin?: string;
  logger?: FastifyServerOptions['logger'];
  /** Keep each tenant's org chart in sync on this schedule; absent: only when an admin asks. */
  orgSync?: { intervalMs: number; tickMs: number };
  /** Send owed Teams notifications this often; absent: they wait (tests send them explicitly). */
  notifyEveryMs?: number;
  /** Run the scheduling job workers in this process; absent: jobs wait in the queue for a process that does. */
  workers?: { pollingIntervalSeconds: number; followCron: string };
  /** How long a job may run before another process takes it over, and how often that is checked. */
  jobTimeouts?: { expireSeconds: number; sweepSeconds: number };
  /** The clock of scheduling decisions; the system clock by default. */
  now?: () => number;
}

/** The whole wiring diagram: plugins in order, then routes, one error and one not-found handler. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: !deps.logger ? false : { ...(deps.logger === true ? {} : deps.logger), serializers: { req: requestForLog } },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allowUnionTypes: true } },
  });
  // Routes not yet on the shared errorResponses refer to the error body as 'Error#'.
  app.addSchema({ ...ErrorBody, $id: 'Error' });
  // Handlers first: plugins registered below inherit them.
  const tabServed = { value: false };
  app.setErrorHandler(async (err: Error & { statusCode?: number; validation?: unknown; code?: string }, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.statusCode).send({ statusCode: err.statusCode, code: err.code, error: httpName(err.statusCode), message: err.message, ...(err.details ? { details: err.details } : {}) });
    }
    if (err.validation) {
      // Each problem with where it is, so a form can put the words next to the field.
      const where = (err as { validationContext?: string }).validationContext ?? 'body';
      const issues = (err.validation as { instancePath?: string; message?: string; params?: Record<string, unknown> }[]).map((v) => ({
        in: where,
        path: `${v.instancePath ?? ''}${typeof v.params?.missingProperty === 'string' ? `/${v.params.missingProperty}` : ''}`,
        message: v.message ?? 'is not valid',
      }));
      return reply.code(400).send({ statusCode: 400, code: 'invalid_request', error: 'Bad Request', message: err.message, details: { issues } });
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    return reply.code(status).send({
      statusCode: status,
      code: status === 500 ? 'internal' : (err.code ?? 'bad_request').toLowerCase(),
      error: httpName(status),
      // Internals stay in the log; the person gets what to do next.
      message: status === 500 ? 'Something went wrong on our side. Try again; if it keeps happening, tell your Tandem administrator.' : err.message,
    });
  });

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (tabServed.value && req.method === 'GET' && !path.startsWith('/api/') && path !== '/healthz') {
      // The tab routes on the client: any other page path gets the app shell.
      return reply.sendFile('index.html');
    }
    return reply.code(404).send({ statusCode: 404, code: 'not_found', error: 'Not Found', message: `No route ${req.method} ${path}.` });
  });

  registerDb(app, deps.db);
  await registerSecurityHeaders(app);
  const jobs = await startJobs(deps.db, schedulingQueues(deps.jobTimeouts?.expireSeconds), {
    onError: (err) => app.log.error({ err }, 'job queue error'),
    ...(deps.jobTimeouts ? { maintenanceSeconds: deps.jobTimeouts.sweepSeconds } : {}),
  });
  // onClose hooks run last-registered first: the queue stops before the database closes.
  app.addHook('onClose', () => jobs.stop());
  const now = deps.now ?? Date.now;

  const msal = createMsalClients(deps.identity);
  const obo = createOboTokens(msal);
  // One Graph connection per tenant for the app's own (app-only) work, made once.
  const graphs = new Map<string, GraphConnection>();
  const graphFor = (tenantId: string): GraphConnection => {
    let graph = graphs.get(tenantId);
    if (!graph) {
      graph = createGraphConnection({ endpoint: deps.identity.graphEndpoint, getToken: () => appGraphToken(msal, tenantId) });
      graphs.set(tenantId, graph);
    }
    return graph;
  };
  const pairChanged: PairChanged = (tx, tenantId, pair) => pairMeetings(tx, jobs, tenantId, pair);
  if (deps.workers) {
    const scheduling = { db: deps.db, graphFor, jobs, now, tabUrl: `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/home` };
    await startSchedulingWorkers(scheduling, jobs, deps.workers);
  }
  const homeTenant = deps.identity.tenants === 'any' ? undefined : deps.identity.tenants[0];
  const tenants = async (): Promise<string[]> =>
    deps.identity.tenants === 'any'
      ? (await deps.db.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants ORDER BY tenant_id')).map((r) => r.tenant_id)
      : deps.identity.tenants;

  await app.register(healthRoutes, {
    version: deps.config.version,
    graphCheck: () => (homeTenant ? graphReachable(graphFor(homeTenant).client) : Promise.reject(new Error('multi-tenant: checked per tenant'))),
  });

  await app.register(async (api) => {
    registerAuthentication(api, createTokenVerifier(deps.identity, now));
    api.get('/api/config', {
      config: { public: true },
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['sandbox', 'tenantId', 'clientId', 'appIdUri'],
            properties: { sandbox: { type: 'boolean' }, tenantId: { type: ['string', 'null'] }, clientId: { type: 'string' }, appIdUri: { type: 'string' } },
          },
        },
      },
    }, async () => ({ sandbox: deps.sandboxOrigin !== undefined, tenantId: homeTenant ?? null, clientId: deps.identity.clientId, appIdUri: deps.identity.appIdUri }));
    await api.register(orgRoutes, {
      db: deps.db,
      graphFor,
      // The token first: a consent error must reach the person as itself, not wrapped by the SDK.
      graphAs: async (person, assertion) => {
        const token = await obo(person, assertion, ['https://graph.microsoft.com/User.Read']);
        return createGraphConnection({ endpoint: deps.identity.graphEndpoint, getToken: async () => token }).client;
      },
      tenants,
      owner: `${process.pid}-${randomUUID().slice(0, 8)}`,
      ...(deps.orgSync ? { schedule: deps.orgSync } : {}),
      // A re-org or a leaver can break a pair's rules: look at live pairs after every sync.
      onSynced: async (tenantId) => {
        await reviewPairs(deps.db, tenantId, pairChanged);
      },
    });
    await api.register(matchingRoutes, { db: deps.db, graphFor, pairChanged });
    await api.register(meetingsRoutes, { db: deps.db, jobs, now });
    if (deps.sandboxOrigin) {
      await api.register(sandboxSignInRoutes, { origin: deps.sandboxOrigin, clientId: deps.identity.clientId, clientSecret: deps.identity.clientSecret ?? '' });
    }
  });

  tabServed.value = await registerTab(app, deps.config.tabDir);
  if (deps.notifyEveryMs) {
    const sender = startNotificationSender(deps.db, graphFor, deps.notifyEveryMs, (err) => app.log.error({ err }, 'sending notifications failed'));
    app.addHook('onClose', () => sender.stop());
  }

  return app;
}

/** Method and path only: a query string may carry what must not be logged (tokens, search terms). */
function requestForLog(req: { method: string; url: string; id?: string }): Record<string, string | undefined> {
  return { id: req.id, method: req.method, path: req.url.split('?')[0] };
}

function httpName(status: number): string {
  return ({ 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests', 502: 'Bad Gateway', 503: 'Service Unavailable' } as Record<number, string>)[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}
