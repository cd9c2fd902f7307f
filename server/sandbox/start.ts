import { createHash, X509Certificate } from 'node:crypto';
import { buildSandboxApp } from './app.js';
import type { Clock } from './context.js';
import { TenantDirectory } from './directory/tenant.js';
import { ConsentBook, type AppRegistration } from './entra/apps.js';
import { KeySet } from './entra/keys.js';
import { FaultPlan, type FaultSettings } from './limits/faults.js';
import { graphLimits, Throttles, type ThrottleLimits } from './limits/throttle.js';
import { generateOrg } from './org/generate.js';
import { PhotoBook } from './photos/book.js';
import { emptyStats, type SandboxState } from './state.js';
import { makeSandboxTls } from './tls.js';
import type { ActivityNotification } from './teamwork/routes.js';

export interface SandboxAppOptions {
  clientId: string;
  clientSecret: string;
  appIdUri: string;
  displayName?: string;
  applicationPermissions: string[];
  delegatedScopes: string[];
  /** PEM certificates accepted as client credentials (private_key_jwt). */
  certificatePems?: string[];
}

export interface SandboxOptions {
  apps: SandboxAppOptions[];
  seed?: number;
  /** People in the generated organisation. */
  size?: number;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  clock?: Clock;
  limits?: Partial<ThrottleLimits>;
  faults?: Partial<FaultSettings>;
  tokenLifetimeSeconds?: number;
  logger?: boolean;
}

export interface Sandbox {
  /** "https://localhost:<port>": both the authority host and the Graph endpoint. */
  origin: string;
  /** PEM of the CA that signed the sandbox's certificate. */
  ca: string;
  tenantId: string;
  domain: string;
  state: SandboxState;
  feed: ActivityNotification[];
  close(): Promise<void>;
}

/** Generates the organisation and starts the sandbox tenant's HTTPS listener. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const clock = options.clock ?? { now: () => Date.now() };
  const now = new Date(clock.now());
  const seed = options.seed ?? 42;
  const org = generateOrg({ seed, size: options.size ?? 300 });
  const directory = new TenantDirectory(org);
  // The certificate is checked by the real TLS stack against the machine's clock, not the tenant's.
  const [tls, keys] = await Promise.all([makeSandboxTls(new Date()), KeySet.create(now)]);
  const faults = new FaultPlan();
  if (options.faults) faults.configure(options.faults);
  let origin = '';
  const state: SandboxState = {
    directory,
    clock,
    origin: () => origin,
    keys,
    apps: options.apps.map(toRegistration),
    consent: new ConsentBook(),
    faults,
    stats: emptyStats(),
    photos: new PhotoBook(),
    throttles: new Throttles({ ...graphLimits, ...options.limits }, () => directory.size()),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 75 * 60,
    seed,
  };
  const { app, feed } = buildSandboxApp(state, {
    https: { key: tls.key, cert: tls.cert },
    logger: options.logger ?? false,
  });
  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `https://localhost:${port}`;
  return { origin, ca: tls.ca, tenantId: org.tenantId, domain: org.domain, state, feed, close: () => app.close() };
}

function toRegistration(o: SandboxAppOptions): AppRegistration {
  return {
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    appIdUri: o.appIdUri,
    displayName: o.displayName ?? 'Tandem',
    applicationPermissions: o.applicationPermissions,
    delegatedScopes: o.delegatedScopes,
    certificates: (o.certificatePems ?? []).map((pem) => {
      const cert = new X509Certificate(pem);
      return {
        publicKeyPem: cert.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        x5t: createHash('sha1').update(cert.raw).digest('base64url'),
        x5tS256: createHash('sha256').update(cert.raw).digest('base64url'),
      };
    }),
  };
}
