import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';
import { registerAdminRoutes } from './admin/routes.js';
import { registerCalendarRoutes } from './calendar/routes.js';
import { registerDeltaRoutes } from './directory/delta.js';
import { registerUserRoutes } from './directory/users-routes.js';
import { registerEntraRoutes } from './entra/routes.js';
import { OAuthError } from './entra/oauth-error.js';
import { graphErrorBody } from './errors.js';
import { registerBatchRoute } from './graph/batch.js';
import { graphPipeline } from './graph/pipeline.js';
import { registerPhotoRoutes } from './photos/routes.js';
import type { SandboxState } from './state.js';
import { registerTeamworkRoutes, type ActivityNotification } from './teamwork/routes.js';

export interface SandboxApp {
  app: FastifyInstance;
  /** Activity-feed notifications received, newest last. */
  feed: ActivityNotification[];
}

/** The sandbox's whole wiring: Entra endpoints, the Graph pipeline and routes, sandbox controls. */
export function buildSandboxApp(
  s: SandboxState,
  options: FastifyServerOptions & { https: { key: string; cert: string } },
): SandboxApp {
  const app = Fastify({
    ...options,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  }) as unknown as FastifyInstance;
  const feed: ActivityNotification[] = [];
  const innerSecret = randomUUID();

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  registerEntraRoutes(app, s);
  registerAdminRoutes(app, s, feed);
  app.register(async (graph) => {
    graphPipeline(graph, s, innerSecret);
    registerUserRoutes(graph, s);
    registerPhotoRoutes(graph, s);
    registerDeltaRoutes(graph, s);
    registerCalendarRoutes(graph, s);
    registerTeamworkRoutes(graph, s, feed);
    registerBatchRoute(graph, app, innerSecret);
  });

  app.setErrorHandler(async (err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof OAuthError) return reply.code(err.statusCode).send(err.body(new Date(s.clock.now())));
    if (err.validation) return reply.code(400).send({ error: 'invalid_request', error_description: err.message });
    req.log.error({ err }, 'sandbox route failed');
    return reply
      .code(500)
      .send({ error: 'server_error', error_description: 'The sandbox failed to handle the request.' });
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/v1.0/')) {
      const segment = req.url.split('?')[0]!.split('/').filter(Boolean).pop() ?? '';
      // Graph answers an unknown path segment with 400, not 404.
      return reply
        .code(400)
        .send(
          graphErrorBody('BadRequest', `Resource not found for the segment '${segment}'.`, new Date(s.clock.now())),
        );
    }
    return reply
      .code(404)
      .send({ error: 'not_found', error_description: `No sandbox endpoint at ${req.method} ${req.url.split('?')[0]}` });
  });

  return { app, feed };
}
