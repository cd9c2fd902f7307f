import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { documentedError, GraphError, graphErrorBody, serviceUnavailable, throttled } from '../errors.js';
import { directoryCost } from '../limits/throttle.js';
import type { SandboxState } from '../state.js';
import { graphCaller } from './auth.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when a fault draw decided this response never reaches the client. */
    dropResponse?: boolean;
    /** Extra service time drawn as a "slow" fault. */
    extraDelayMs?: number;
    /** Frees the request's Outlook concurrency slot; safe to call twice. */
    releaseSlot?: () => void;
  }
}

/**
 * Hooks every Graph route passes through: injected faults, token validation, the throttling
 * family of the route, then latency (service time, spent while holding the throttling slot).
 * `innerSecret` marks requests replayed from a $batch, which carry the outer request's latency.
 */
export function graphPipeline(graph: FastifyInstance, s: SandboxState, innerSecret: string): void {
  graph.decorateRequest('caller');
  graph.decorateRequest('dropResponse', false);
  graph.decorateRequest('releaseSlot');
  graph.decorateRequest('extraDelayMs', 0);

  graph.addHook('onRequest', async (req) => {
    const inner = req.headers['x-sandbox-batch'] === innerSecret;
    // The seeded draw happens for every request, scripted or not, so the same rates keep failing
    // the same requests whatever a test scripts.
    const fault = s.faults.draw();
    const f = s.faults.current;
    const scripted = s.faults.scripted.take(req.method, req.url, inner);
    if (scripted?.status) {
      const retryAfterSeconds = scripted.retryAfterSeconds ?? f.retryAfterSeconds;
      throw documentedError(scripted.status, { retryAfterSeconds, code: scripted.code });
    }
    if (scripted?.drop) {
      req.dropResponse = true;
      return;
    }
    if (fault === '429') throw throttled(f.retryAfterSeconds);
    if (fault === '503') throw serviceUnavailable(f.retryAfterSeconds);
    if (fault === 'slow') req.extraDelayMs = f.slowMs;
    if (fault === 'drop' && !inner) req.dropResponse = true;
  });

  graph.addHook('onRequest', async (req) => {
    req.caller = graphCaller(s, req.headers.authorization);
  });

  graph.addHook('preHandler', async (req, reply) => {
    const family = req.routeOptions.config.throttle ?? 'none';
    const now = s.clock.now();
    if (family === 'outlook') {
      req.releaseSlot = s.throttles.outlook(req.caller.appId, mailboxOf(s, req), now);
      // A connection cut mid-request ends the slot too, or the mailbox would stay busy forever.
      reply.raw.once('close', req.releaseSlot);
    } else if (family === 'directory') {
      const cost = directoryCost(req.method, req.routeOptions.url ?? req.url, req.query as Record<string, unknown>);
      const headers = s.throttles.directory(req.caller.appId, s.directory.tenantId, cost, req.method !== 'GET', now);
      reply.headers(headers);
    } else if (family === 'activity') {
      s.throttles.activity(req.caller.appId, now);
    }
    // Service time is spent while the request holds its throttling slot, as on the real service.
    // A request replayed from a $batch already waited as part of its batch.
    const latency = req.headers['x-sandbox-batch'] === innerSecret ? 0 : s.faults.current.latencyMs;
    const delay = latency + (req.extraDelayMs ?? 0);
    if (delay > 0) await sleep(delay);
  });

  graph.addHook('onResponse', async (req, reply) => {
    req.releaseSlot?.();
    const inner = req.headers['x-sandbox-batch'] === innerSecret;
    if (inner) s.stats.inner++;
    else s.stats.http++;
    if (!inner && req.url.startsWith('/v1.0/$batch')) s.stats.batches++;
    if (reply.statusCode === 429) s.stats.throttled++;
    s.stats.byStatus[reply.statusCode] = (s.stats.byStatus[reply.statusCode] ?? 0) + 1;
  });

  graph.addHook('onSend', async (req, reply, payload) => {
    reply.header('request-id', req.id);
    const clientRequestId = req.headers['client-request-id'];
    if (typeof clientRequestId === 'string') reply.header('client-request-id', clientRequestId);
    if (req.dropResponse) {
      // The work is done; the client just never hears of it, as when a connection breaks.
      req.raw.socket?.destroy();
    }
    return payload;
  });

  graph.setErrorHandler(
    async (err: Error & { statusCode?: number; validation?: unknown }, req: FastifyRequest, reply: FastifyReply) => {
      const at = new Date(s.clock.now());
      const crid = typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : undefined;
      if (err instanceof GraphError) {
        return reply
          .code(err.statusCode)
          .headers(err.headers)
          .send(graphErrorBody(err.code, err.message, at, crid, err.inner));
      }
      if (err.validation || (err.statusCode && err.statusCode < 500)) {
        return reply.code(400).send(graphErrorBody('BadRequest', err.message, at, crid));
      }
      req.log.error({ err }, 'sandbox graph route failed');
      return reply.code(500).send(graphErrorBody('generalException', 'General exception while processing.', at, crid));
    },
  );
}

/** The mailbox a calendar request addresses: the :user parameter, or the signed-in user for /me. */
function mailboxOf(s: SandboxState, req: FastifyRequest): string {
  const param = (req.params as { user?: string }).user;
  const id = param ?? req.caller.userId;
  if (!id) return 'unknown';
  return s.directory.get(decodeURIComponent(id))?.id ?? id.toLowerCase();
}
