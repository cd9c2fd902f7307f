import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

export interface SandboxSignInOptions {
  /** The sandbox tenant's origin; reached over HTTPS like the real cloud. */
  origin: string;
  clientId: string;
  clientSecret: string;
}

const person = {
  type: 'object',
  required: ['id', 'displayName'],
  properties: {
    id: { type: 'string' },
    displayName: { type: 'string' },
    jobTitle: { type: ['string', 'null'] },
    department: { type: ['string', 'null'] },
    officeLocation: { type: ['string', 'null'] },
    persona: { type: ['string', 'null'] },
  },
} as const;

/**
 * The "sign in as" picker's server side: lists sandbox people and gets a token for one of them,
 * the same kind of token Teams' getAuthToken() returns. Registered only when the sandbox tenant
 * is configured, which config.ts refuses together with a real app registration.
 */
export async function sandboxSignInRoutes(api: FastifyInstance, opts: SandboxSignInOptions): Promise<void> {
  const basic = `Basic ${Buffer.from(`${opts.clientId}:${opts.clientSecret}`).toString('base64')}`;
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    const res = await fetch(`${opts.origin}${path}`, { ...init, headers: { authorization: basic, 'content-type': 'application/json', ...init.headers }, signal: AbortSignal.timeout(10_000) });
    const body = (await res.json()) as { message?: string };
    if (res.status === 404) throw new AppError('person_not_found', 'That person is not in the sandbox tenant.');
    if (!res.ok) throw new AppError('sandbox_unavailable', `The sandbox tenant answered ${res.status}: ${body.message ?? 'no detail'}. Restart Tandem.`);
    return body;
  };

  api.get<{ Querystring: { search?: string; top?: number } }>('/api/sandbox/people', {
    config: { public: true },
    schema: {
      querystring: { type: 'object', additionalProperties: false, properties: { search: { type: 'string', maxLength: 100 }, top: { type: 'integer', minimum: 1, maximum: 100, default: 20 } } },
      response: { 200: { type: 'object', required: ['people'], properties: { people: { type: 'array', items: person } } }, '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } },
    },
  }, async (req) => {
    const q = new URLSearchParams({ top: String(req.query.top ?? 20), ...(req.query.search ? { search: req.query.search } : {}) });
    return call(`/sandbox/v1/people?${q.toString()}`);
  });

  api.post<{ Body: { userId: string } }>('/api/sandbox/signin', {
    config: { public: true },
    schema: {
      body: { type: 'object', required: ['userId'], additionalProperties: false, properties: { userId: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 200: { type: 'object', required: ['accessToken', 'expiresIn'], properties: { accessToken: { type: 'string' }, expiresIn: { type: 'integer' } } }, '4xx': { $ref: 'Error#' }, '5xx': { $ref: 'Error#' } },
    },
  }, async (req) => call('/sandbox/v1/signin', { method: 'POST', body: JSON.stringify({ userId: req.body.userId }) }));
}
