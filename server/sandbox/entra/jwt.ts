import { constants, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// The sandbox signs and checks its tokens with node:crypto alone, so that it shares no token
// code with Tandem's own validation (server/auth): a bug on one side cannot hide one on the other.

export type Claims = Record<string, unknown>;

const b64 = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export function signJwt(header: Record<string, unknown>, claims: Claims, privateKey: KeyObject): string {
  const input = `${b64(JSON.stringify({ typ: 'JWT', alg: 'RS256', ...header }))}.${b64(JSON.stringify(claims))}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Claims;
  input: string;
  signature: Buffer;
}

/** Splits and parses a compact JWT; undefined when it is not one. Checks nothing. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const [h, p, s] = parts as [string, string, string];
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(claims)) return undefined;
    return { header, claims, input: `${h}.${p}`, signature: Buffer.from(s, 'base64url') };
  } catch {
    return undefined;
  }
}

export function verifyRs256(jwt: DecodedJwt, publicKey: KeyObject | string): boolean {
  if (jwt.header.alg !== 'RS256') return false;
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return verify('sha256', Buffer.from(jwt.input), key, jwt.signature);
}

/**
 * Client assertions signed with a certificate: Entra takes RS256 and PS256, and msal-node signs
 * them PS256 with an x5t#S256 header.
 */
export function verifyAssertion(jwt: DecodedJwt, publicKey: KeyObject | string): boolean {
  if (jwt.header.alg === 'RS256') return verifyRs256(jwt, publicKey);
  if (jwt.header.alg !== 'PS256') return false;
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return verify(
    'sha256',
    Buffer.from(jwt.input),
    { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
    jwt.signature,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
