import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { Person } from './verify.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person; set on every /api route that is not marked public. */
    person: Person;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a signed-in person (configuration, sandbox sign-in). */
    public?: boolean;
  }
}

/** Every API request authenticated unless its route says `config: { public: true }`. */
export function registerAuthentication(api: FastifyInstance, verify: (token: string) => Promise<Person>): void {
  api.decorateRequest('person');
  api.addHook('onRequest', async (req: FastifyRequest) => {
    if (req.routeOptions.config.public) return;
    // The scheme is case-insensitive (RFC 6750 via RFC 9110); whatever follows it is the
    // verifier's to judge, so a malformed token is invalid_token, not missing_token.
    const token = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new AppError('missing_token', 'Sign in: the request carries no bearer token.');
    req.person = await verify(token);
  });
}
