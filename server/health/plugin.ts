import type { FastifyInstance } from 'fastify';

export interface HealthOptions {
  version: string;
  /** Resolves when Graph answers a minimal read with the app's credential. */
  graphCheck: () => Promise<unknown>;
  /** How long a Graph answer is reused, so a busy probe does not spend Graph's limits. */
  graphCacheMs?: number;
  now?: () => number;
}

const check = { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok', 'unreachable'] }, kind: { type: 'string' }, detail: { type: 'string' } } } as const;
const health = {
  type: 'object',
  required: ['status', 'version', 'database', 'graph'],
  properties: { status: { type: 'string', enum: ['ok', 'degraded'] }, version: { type: 'string' }, database: check, graph: check },
} as const;

/** GET /healthz: the version, and whether the database and Graph answer. 503 without a database. */
export async function healthRoutes(app: FastifyInstance, opts: HealthOptions): Promise<void> {
  const now = opts.now ?? Date.now;
  const cacheMs = opts.graphCacheMs ?? 30_000;
  let graph: { at: number; result: Promise<{ status: 'ok' | 'unreachable'; detail?: string }> } | undefined;

  const graphStatus = () => {
    if (!graph || now() - graph.at > cacheMs) {
      const result = opts.graphCheck().then(
        () => ({ status: 'ok' as const }),
        (err: Error) => ({ status: 'unreachable' as const, detail: err.message.slice(0, 200) }),
      );
      graph = { at: now(), result };
    }
    return graph.result;
  };

  app.get('/healthz', { schema: { response: { 200: health, 503: health } } }, async (_req, reply) => {
    const [database, graphResult] = await Promise.all([
      app.db.query('select 1 as ok').then(
        () => ({ status: 'ok' as const, kind: app.db.kind }),
        (err: Error) => ({ status: 'unreachable' as const, kind: app.db.kind, detail: err.message.slice(0, 200) }),
      ),
      graphStatus(),
    ]);
    const ok = database.status === 'ok' && graphResult.status === 'ok';
    return reply.code(database.status === 'ok' ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version: opts.version, database, graph: graphResult });
  });
}
