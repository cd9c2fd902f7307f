import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { analyticsRoutes } from './analytics/plugin.js';
import { registerAuthentication } from './auth/plugin.js';
import type { Clock } from './clock.js';
import { compose, type Services } from './compose.js';
import type { Config, IdentityConfig } from './config.js';
import { ping, type Db } from './db/db.js';
import { registerDb } from './db/plugin.js';
import { healthRoutes } from './health/plugin.js';
import { hrRoutes } from './hr/plugin.js';
import { matchingRoutes } from './matching/plugin.js';
import { startMatchingWorkers } from './matching/workers.js';
import { startNotificationSender } from './notify/worker.js';
import { orgRoutes } from './org/plugin.js';
import { programmesRoutes } from './programmes/plugin.js';
import { meetingsRoutes } from './scheduling/plugin.js';
import { startSchedulingWorkers } from './scheduling/workers.js';
import { startEngagementWorkers } from './engagement/workers.js';
import { surveysRoutes } from './surveys/plugin.js';
import { signInAsRoutes } from './sign-in-as/plugin.js';
import { body, errorAnswer } from './web/errors.js';
import { VALIDATION } from './web/validation.js';
import { registerSecurityHeaders } from './web/security.js';
import { registerTab } from './web/static.js';
import { tabConfigRoutes } from './web/tab-config.js';

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
  workers?: { pollingIntervalSeconds: number; followCron: string; engagementCron?: string };
  /** How long a job may run before another process takes it over, and how often that is checked. */
  jobTimeouts?: { expireSeconds: number; sweepSeconds: number };
  /** The clock of every decision; the system clock by default. */
  clock?: Clock;
}

/** The whole wiring diagram: plugins in order, then routes, one error and one not-found handler. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: !deps.logger
      ? false
      : { ...(deps.logger === true ? {} : deps.logger), serializers: { req: requestForLog } },
    ajv: { customOptions: VALIDATION },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Handlers first: plugins registered below inherit them.
  app.setErrorHandler(async (err, req, reply) => {
    const answer = errorAnswer(err);
    if (answer.serverSide) req.log.error({ err }, 'request failed');
    if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds));
    return reply.code(answer.body.statusCode).send(answer.body);
  });
  const tabServed = { value: false };
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (tabServed.value && req.method === 'GET' && !path.startsWith('/api/') && path !== '/healthz') {
      // The tab routes on the client: any other page path gets the app shell.
      return reply.sendFile('index.html');
    }
    return reply.code(404).send(body('not_found', `No route ${req.method} ${path}.`));
  });

  registerDb(app, deps.db);
  await registerSecurityHeaders(app);
  const s = await compose({
    db: deps.db,
    identity: deps.identity,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.jobTimeouts ? { jobTimeouts: deps.jobTimeouts } : {}),
    onError: (err, what) => app.log.error({ err }, `${what} failed`),
    warn: (fields, message) => app.log.warn(fields, message),
  });
  // onClose hooks run last-registered first: the queue stops before the database closes.
  app.addHook('onClose', () => s.stop());
  if (deps.workers) {
    await startSchedulingWorkers(s, deps.workers);
    await startMatchingWorkers(s, deps.workers);
    await startEngagementWorkers(s, deps.workers);
  }

  await registerRoutes(app, s, deps);
  tabServed.value = await registerTab(app, deps.config.tabDir);
  if (deps.notifyEveryMs) {
    const sender = startNotificationSender(s, deps.notifyEveryMs, (err) =>
      app.log.error({ err }, 'sending notifications failed'),
    );
    app.addHook('onClose', () => sender.stop());
  }

  return app;
}

/** What the routes take besides the services. */
export type RouteDeps = Pick<AppDeps, 'sandboxOrigin' | 'orgSync'> & { config: Pick<Config, 'version'> };

/** Tandem's routes over the services: /healthz, and the API behind one authentication hook. */
export async function registerRoutes(app: FastifyInstance, s: Services, deps: RouteDeps): Promise<void> {
  await app.register(healthRoutes, {
    version: deps.config.version,
    databaseCheck: () => ping(s.db),
    databaseKind: s.db.kind,
    graphCheck: s.graphCheck,
    clock: s.clock,
  });

  await app.register(async (api) => {
    registerAuthentication(api, s.verifyToken);
    await api.register(tabConfigRoutes, {
      config: {
        sandbox: deps.sandboxOrigin !== undefined,
        tenantId: s.homeTenant ?? null,
        clientId: s.identity.clientId,
        appIdUri: s.identity.appIdUri,
      },
    });
    await api.register(orgRoutes, {
      db: s.db,
      graph: s.graph,
      clock: s.clock,
      people: s.people,
      mailboxes: s.mailboxes,
      tenants: s.tenants,
      owner: s.owner,
      ...(deps.orgSync ? { schedule: deps.orgSync } : {}),
      onSynced: s.afterOrgSync,
    });
    await api.register(programmesRoutes, { db: s.db, clock: s.clock, people: s.people });
    await api.register(analyticsRoutes, { db: s.db, clock: s.clock });
    await api.register(hrRoutes, {
      db: s.db,
      clock: s.clock,
      people: s.people,
      pairs: s.pairs,
      pairChanged: s.pairChanged,
    });
    await api.register(matchingRoutes, {
      db: s.db,
      clock: s.clock,
      graph: s.graph,
      people: s.people,
      mailboxes: s.mailboxes,
      pairChanged: s.pairChanged,
      jobs: s.jobs,
    });
    await api.register(surveysRoutes, { db: s.db, clock: s.clock });
    await api.register(meetingsRoutes, {
      db: s.db,
      clock: s.clock,
      jobs: s.jobs,
      people: s.people,
      pairs: s.pairs,
      graph: s.graph,
    });
    if (deps.sandboxOrigin) {
      await api.register(signInAsRoutes, {
        origin: deps.sandboxOrigin,
        clientId: s.identity.clientId,
        clientSecret: s.identity.clientSecret ?? '',
      });
    }
  });
}

/** Method and path only: a query string may carry what must not be logged (tokens, search terms). */
function requestForLog(req: { method: string; url: string; id?: string }): Record<string, string | undefined> {
  return { id: req.id, method: req.method, path: req.url.split('?')[0] };
}
