import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../errors.js';
import { errorResponses } from '../schemas.js';
import { PeopleQuery, PickablePeople, SignInAnswer, SignInBody } from './schemas.js';

export interface SignInAsOptions {
  /** The sandbox tenant's origin; reached over HTTPS like the real cloud. */
  origin: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The "sign in as" picker's server side: lists sandbox people and gets a token for one of them,
 * the same kind of token Teams' getAuthToken() returns. Registered only when the sandbox tenant
 * is configured, which config.ts refuses together with a real app registration.
 */
export const signInAsRoutes: FastifyPluginAsyncTypebox<SignInAsOptions> = async (api, opts) => {
  const basic = `Basic ${Buffer.from(`${opts.clientId}:${opts.clientSecret}`).toString('base64')}`;
  const call = async (path: string, init: RequestInit = {}): Promise<unknown> => {
    const res = await fetch(`${opts.origin}${path}`, {
      ...init,
      headers: { authorization: basic, 'content-type': 'application/json', ...init.headers },
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { message?: string };
    if (res.status === 404) throw new AppError('person_not_found', 'That person is not in the sandbox tenant.');
    if (!res.ok)
      throw new AppError(
        'sandbox_unavailable',
        `The sandbox tenant answered ${res.status}: ${body.message ?? 'no detail'}. Restart Tandem.`,
      );
    return body;
  };

  api.get(
    '/api/sandbox/people',
    {
      config: { public: true },
      schema: { querystring: PeopleQuery, response: { 200: PickablePeople, ...errorResponses } },
    },
    async (req) => {
      const q = new URLSearchParams({
        top: String(req.query.top),
        ...(req.query.search ? { search: req.query.search } : {}),
      });
      return (await call(`/sandbox/v1/people?${q.toString()}`)) as PickablePeople;
    },
  );

  api.post(
    '/api/sandbox/signin',
    { config: { public: true }, schema: { body: SignInBody, response: { 200: SignInAnswer, ...errorResponses } } },
    async (req) =>
      (await call('/sandbox/v1/signin', {
        method: 'POST',
        body: JSON.stringify({ userId: req.body.userId }),
      })) as SignInAnswer,
  );
};
