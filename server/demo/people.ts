import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.js';
import type { ErrorBody } from '../schemas.js';
import type { SignInAnswer } from '../sign-in-as/schemas.js';

// The demo's people use Tandem as anyone would through the tab: signed in with the sandbox's
// "sign in as" (the token Teams would give them), calling the same routes with the same bodies.

/** A call the app refused; carries its answer so the console can say what went wrong. */
export class DemoCallError extends Error {
  override name = 'DemoCallError';
  constructor(
    readonly call: string,
    readonly statusCode: number,
    readonly code: string,
  ) {
    super(`${call} answered ${statusCode} ${code}`);
  }
}

export interface PersonApi {
  get<T>(url: string): Promise<T>;
  post<T>(url: string, body?: unknown): Promise<T>;
  put<T>(url: string, body: unknown): Promise<T>;
}

export type SignedIn = (userId: string) => PersonApi;

/** A token younger than this (on Tandem's clock) is used again; the demo's clock jumps by days. */
const REUSE_MS = 30 * 60_000;

/** People of the sandbox tenant calling `app`, each signed in once and again after the clock has moved. */
export function signedIn(app: FastifyInstance, clock: Clock): SignedIn {
  const tokens = new Map<string, { token: string; at: number }>();

  async function token(userId: string): Promise<string> {
    const now = clock.now();
    const known = tokens.get(userId);
    if (known && now >= known.at && now - known.at < REUSE_MS) return known.token;
    const res = await app.inject({ method: 'POST', url: '/api/sandbox/signin', payload: { userId } });
    if (res.statusCode !== 200) throw refusal('POST /api/sandbox/signin', res.statusCode, res.body);
    const fresh = { token: res.json<SignInAnswer>().accessToken, at: now };
    tokens.set(userId, fresh);
    return fresh.token;
  }

  return (userId) => {
    async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
      const res = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${await token(userId)}` },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
      if (res.statusCode >= 400) throw refusal(`${method} ${url.split('?')[0]}`, res.statusCode, res.body);
      return (res.body ? res.json() : undefined) as T;
    }
    return {
      get: (url) => call('GET', url),
      post: (url, body = {}) => call('POST', url, body),
      put: (url, body) => call('PUT', url, body),
    };
  };
}

function refusal(call: string, statusCode: number, body: string): DemoCallError {
  let code = 'unknown';
  try {
    code = (JSON.parse(body) as Partial<ErrorBody>).code ?? code;
  } catch {
    // Not JSON: the status says enough.
  }
  return new DemoCallError(call, statusCode, code);
}
