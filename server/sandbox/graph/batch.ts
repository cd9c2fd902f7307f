import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.js';

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const MAX_REQUESTS = 20;
/** Outlook runs up to 4 requests of a batch at once (FACTS 1.8). */
const PARALLEL = 4;

const batchSchema = {
  body: {
    type: 'object',
    required: ['requests'],
    properties: {
      requests: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'method', 'url'],
          properties: {
            id: { type: 'string', minLength: 1 },
            method: {
              type: 'string',
              enum: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'get', 'post', 'patch', 'put', 'delete'],
            },
            url: { type: 'string', minLength: 1 },
            headers: { type: 'object', additionalProperties: { type: 'string' } },
            body: {},
            dependsOn: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;

/**
 * POST /$batch (FACTS 1.8): up to 20 requests, each answered on its own (inner 429s included),
 * `dependsOn` ordering with 424 for dependants of a failure. Each inner request goes back through
 * the full Graph pipeline (auth, throttling) via inject, marked so it is not delayed twice.
 */
export function registerBatchRoute(graph: FastifyInstance, root: FastifyInstance, innerSecret: string): void {
  graph.post<{ Body: { requests: BatchRequest[] } }>('/v1.0/$batch', { schema: batchSchema }, async (req) => {
    const requests = req.body.requests;
    if (requests.length === 0 || requests.length > MAX_REQUESTS) {
      throw badRequest(`The number of batch requests must be between 1 and ${MAX_REQUESTS}.`, 'BadRequest');
    }
    const ids = new Set<string>();
    for (const r of requests) {
      const key = r.id.toLowerCase();
      if (ids.has(key)) throw badRequest(`Batch request ids must be unique; '${r.id}' appears twice.`, 'BadRequest');
      ids.add(key);
    }
    for (const r of requests) {
      for (const dep of r.dependsOn ?? []) {
        if (!ids.has(dep.toLowerCase()))
          throw badRequest(`Request '${r.id}' depends on unknown request '${dep}'.`, 'BadRequest');
      }
      if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
        throw badRequest(`Request '${r.id}' has a body but no Content-Type header.`, 'BadRequest');
      }
    }

    const slots = semaphore(PARALLEL);
    const done = new Map<string, Promise<BatchResponse>>();
    const run = (r: BatchRequest): Promise<BatchResponse> => {
      const key = r.id.toLowerCase();
      const existing = done.get(key);
      if (existing) return existing;
      const promise = (async (): Promise<BatchResponse> => {
        const deps = await Promise.all(
          (r.dependsOn ?? []).map((d) => run(requests.find((x) => x.id.toLowerCase() === d.toLowerCase())!)),
        );
        if (deps.some((d) => d.status >= 400)) {
          return {
            id: r.id,
            status: 424,
            headers: {},
            body: { error: { code: 'FailedDependency', message: 'A request this one depends on failed.' } },
          };
        }
        return slots(() => execute(root, req.headers.authorization, innerSecret, r));
      })();
      done.set(key, promise);
      return promise;
    };
    return { responses: await Promise.all(requests.map(run)) };
  });
}

async function execute(
  root: FastifyInstance,
  authorization: string | undefined,
  innerSecret: string,
  r: BatchRequest,
): Promise<BatchResponse> {
  const path = r.url.startsWith('/') ? r.url : `/${r.url}`;
  const headers: Record<string, string> = { ...(r.headers ?? {}), 'x-sandbox-batch': innerSecret };
  if (authorization) headers.authorization = authorization;
  const isBase64 = typeof r.body === 'string';
  const res = await root.inject({
    method: r.method.toUpperCase() as 'GET',
    url: `/v1.0${path}`,
    headers,
    ...(r.body !== undefined
      ? { payload: isBase64 ? Buffer.from(r.body as string, 'base64') : JSON.stringify(r.body) }
      : {}),
  });
  const out: Record<string, string> = {};
  for (const name of ['content-type', 'retry-after', 'location', 'preference-applied']) {
    const v = res.headers[name];
    if (v !== undefined)
      out[name === 'retry-after' ? 'Retry-After' : name === 'content-type' ? 'Content-Type' : name] = String(v);
  }
  const body =
    res.body.length > 0 && String(res.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(res.body) as unknown)
      : undefined;
  return { id: r.id, status: res.statusCode, headers: out, ...(body !== undefined ? { body } : {}) };
}

function semaphore(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
