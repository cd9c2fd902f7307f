import { badRequest } from '../errors.js';

/** Page and delta tokens are opaque to clients; here they are base64url JSON. */
export function encodeToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeToken<T>(raw: unknown, code = 'Request_BadRequest'): T {
  try {
    const value = JSON.parse(Buffer.from(String(raw), 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null) return value as T;
  } catch {
    // fall through to the same answer as a token that parses to something else
  }
  throw badRequest('The specified page token value has expired or is invalid.', code);
}

/** The request's own query string with one parameter replaced, as Graph builds next links. */
export function linkWith(
  origin: string,
  path: string,
  query: Record<string, unknown>,
  set: Record<string, string>,
  drop: string[] = [],
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (k in set || drop.includes(k) || v === undefined) continue;
    params.set(k, String(v));
  }
  for (const [k, v] of Object.entries(set)) params.set(k, v);
  // Graph leaves $ and , readable in its links; decoding them keeps links the same shape.
  return `${origin}${path}?${params.toString().replace(/%24/g, '$').replace(/%2C/g, ',')}`;
}
