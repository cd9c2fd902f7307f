import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { ADMIN_ROLE, type Person } from './verify.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person; set on every /api route that is not marked public. */
    person: Person;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a signed-in person (configuration, sandbox sign-in). */
    public?: boolean;
    /** Routes only HR programme owners (the Tandem.Admin app role) may call. */
    admin?: boolean;
  }
}

/**
 * Every API request authenticated unless its route says `config: { public: true }`, and every
 * route that says `config: { admin: true }` refused to anyone without the admin role: one hook
 * each, so no handler has to remember.
 */
export function registerAuthentication(api: FastifyInstance, verify: (token: string) => Promise<Person>): void {
  api.decorateRequest('person');
  api.addHook('onRequest', async (req: FastifyRequest) => {
    const config = req.routeOptions.config;
    if (config.public) return;
    // The scheme is case-insensitive (RFC 6750 via RFC 9110); whatever follows it is the
    // verifier's to judge, so a malformed token is invalid_token, not missing_token.
    const token = bearerToken(req);
    if (!token) throw new AppError('missing_token', 'Sign in: the request carries no bearer token.');
    req.person = await verify(token);
    if (config.admin && !req.person.roles.includes(ADMIN_ROLE)) {
      throw new AppError('admin_only', 'Only HR programme owners (the Tandem.Admin role) can do this.');
    }
  });
}

/** The bearer token of a request, or undefined; also what on-behalf-of exchanges. */
export function bearerToken(req: FastifyRequest): string | undefined {
  return /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
}
