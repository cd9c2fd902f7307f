import { createHash, generateKeyPairSync, type KeyObject, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Base64 DER of a self-signed certificate for the key, as Entra publishes in `x5c`. */
  x5c: string;
  x5t: string;
}

/** The JWKS entry as Entra's discovery/v2.0/keys serves it (FACTS 3.3). */
export interface Jwk {
  kty: 'RSA';
  use: 'sig';
  kid: string;
  x5t: string;
  n: string;
  e: string;
  x5c: string[];
  issuer: string;
}

export async function makeSigningKey(now: Date): Promise<SigningKey> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = await generate([{ name: 'commonName', value: 'accounts.sandbox.tandem' }], {
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 365 * 24 * 3600_000),
    keyPair: {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
  });
  const der = new X509Certificate(pem.cert).raw;
  const x5t = createHash('sha1').update(der).digest('base64url');
  return { kid: x5t, privateKey, publicKey, x5c: der.toString('base64'), x5t };
}

export function toJwk(key: SigningKey, issuer: string): Jwk {
  const jwk = key.publicKey.export({ format: 'jwk' });
  return {
    kty: 'RSA',
    use: 'sig',
    kid: key.kid,
    x5t: key.x5t,
    n: String(jwk.n),
    e: String(jwk.e),
    x5c: [key.x5c],
    issuer,
  };
}

/**
 * The tenant's key set. Entra signs with one key and publishes several; rotation adds a new
 * signing key and keeps the old ones published, so tokens signed before it stay valid.
 */
export class KeySet {
  private keys: SigningKey[];

  private constructor(first: SigningKey) {
    this.keys = [first];
  }

  static async create(now: Date): Promise<KeySet> {
    return new KeySet(await makeSigningKey(now));
  }

  get signing(): SigningKey {
    return this.keys[this.keys.length - 1]!;
  }

  published(): readonly SigningKey[] {
    return this.keys;
  }

  find(kid: unknown): SigningKey | undefined {
    return this.keys.find((k) => k.kid === kid);
  }

  async rotate(now: Date, keepOld = true): Promise<SigningKey> {
    const next = await makeSigningKey(now);
    this.keys = keepOld ? [...this.keys.slice(-2), next] : [next];
    return next;
  }
}
