import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Clock } from '../clock.js';
import { Health, type Check } from './schemas.js';

export interface HealthOptions {
  version: string;
  /** Resolves when the database answers. */
  databaseCheck: () => Promise<unknown>;
  databaseKind: string;
  /** Resolves when Graph answers a minimal read with the app's credential. */
  graphCheck: () => Promise<unknown>;
  /** How long a Graph answer is reused, so a busy probe does not spend Graph's limits. */
  graphCacheMs?: number;
  clock: Clock;
}

/** GET /healthz: the version, and whether the database and Graph answer. 503 without a database. */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, opts) => {
  const cacheMs = opts.graphCacheMs ?? 30_000;
  let graph: { at: number; result: Promise<Check> } | undefined;

  const checked = (check: () => Promise<unknown>, kind?: string): Promise<Check> =>
    check().then(
      () => ({ status: 'ok' as const, ...(kind ? { kind } : {}) }),
      (err: Error) => ({
        status: 'unreachable' as const,
        ...(kind ? { kind } : {}),
        detail: err.message.slice(0, 200),
      }),
    );

  const graphStatus = () => {
    const now = opts.clock.now();
    if (!graph || now - graph.at > cacheMs) graph = { at: now, result: checked(opts.graphCheck) };
    return graph.result;
  };

  app.get('/healthz', { schema: { response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    const [database, graphResult] = await Promise.all([checked(opts.databaseCheck, opts.databaseKind), graphStatus()]);
    const ok = database.status === 'ok' && graphResult.status === 'ok';
    return reply
      .code(database.status === 'ok' ? 200 : 503)
      .send({ status: ok ? 'ok' : 'degraded', version: opts.version, database, graph: graphResult });
  });
};
