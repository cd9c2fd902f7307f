import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How Tandem reaches a Microsoft Entra tenant and Microsoft Graph. */
export interface IdentityConfig {
  clientId: string;
  clientSecret?: string;
  /** A certificate credential instead of a secret: PEM private key and its SHA-256 thumbprint. */
  certificate?: { privateKeyPem: string; thumbprintSha256: string; x5cPem?: string };
  /** Tenants whose people may sign in; 'any' for a multi-tenant app. */
  tenants: string[] | 'any';
  /** "api://<host>/<clientId>", the audience of v1 tokens (FACTS 3.2). */
  appIdUri: string;
  /** https origin of the Entra authority, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  /** https origin of Graph, e.g. https://graph.microsoft.com. */
  graphEndpoint: string;
}

export interface SandboxConfig {
  seed: number;
  size: number;
  /** 0 picks a free port. */
  port: number;
  /** Start on a demo programme in progress when the tenant has none yet (TANDEM_SANDBOX_DEMO, on by default). */
  demo: boolean;
}

export interface Config {
  port: number;
  host: string;
  /** Where people reach Tandem; printed at start and used in links. */
  publicUrl: string;
  databaseUrl?: string;
  /** PGlite's data folder when no DATABASE_URL is set. */
  dataDir: string;
  logLevel: string;
  /** Present for a real tenant. */
  identity?: IdentityConfig;
  /** Present when the sandbox tenant stands in for Microsoft 365. */
  sandbox?: SandboxConfig;
  /** Minutes between org syncs of a tenant. */
  orgSyncMinutes: number;
  /** Whether this process runs the job workers (booking meetings); off for web-only instances. */
  jobWorkers: boolean;
  /** Seconds a job may run before another process takes it over from a dead one. */
  jobExpireSeconds: number;
  /** Built tab files. */
  tabDir: string;
  version: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Reads the environment once. The only module that touches process.env (server.ts passes it in). */
export function loadConfig(env: Env, root: string): Config {
  const port = int(env, 'PORT', 3978, 0, 65535);
  const host = env.HOST ?? '0.0.0.0';
  const clientId = env.TANDEM_CLIENT_ID?.trim();
  const sandboxFlag = env.TANDEM_SANDBOX?.trim();
  const sandboxOn =
    sandboxFlag === undefined || sandboxFlag === ''
      ? !clientId
      : ['1', 'true', 'yes'].includes(sandboxFlag.toLowerCase());
  const demoFlag = env.TANDEM_SANDBOX_DEMO?.trim().toLowerCase();
  if (demoFlag && !['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(demoFlag))
    throw new ConfigError(`TANDEM_SANDBOX_DEMO must be 1 or 0; it is "${env.TANDEM_SANDBOX_DEMO}".`);
  const demoOn = !['0', 'false', 'no', 'off'].includes(demoFlag ?? '');
  if (!sandboxOn && demoFlag && demoOn) {
    throw new ConfigError(
      'TANDEM_SANDBOX_DEMO fills the sandbox tenant with a demo programme; it never runs against a real tenant: unset it.',
    );
  }
  if (sandboxOn && clientId) {
    throw new ConfigError(
      'TANDEM_SANDBOX is on but TANDEM_CLIENT_ID names a real app registration. The sandbox sign-in must never run against a real tenant: unset one of them.',
    );
  }
  const publicUrl = (env.TANDEM_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const config: Config = {
    port,
    host,
    publicUrl,
    dataDir: resolve(root, env.TANDEM_DATA_DIR ?? '.data/pglite'),
    logLevel: env.LOG_LEVEL ?? 'info',
    orgSyncMinutes: int(env, 'TANDEM_ORG_SYNC_MINUTES', 30, 1, 24 * 60),
    jobWorkers: !['0', 'false', 'no', 'off'].includes((env.TANDEM_JOB_WORKERS ?? '').trim().toLowerCase()),
    jobExpireSeconds: int(env, 'TANDEM_JOB_EXPIRE_SECONDS', 300, 5, 3600),
    tabDir: resolve(root, 'dist/tab'),
    version: readVersion(root),
  };
  if (env.DATABASE_URL) config.databaseUrl = env.DATABASE_URL;
  if (sandboxOn) {
    config.sandbox = {
      seed: int(env, 'TANDEM_SANDBOX_SEED', 42, 0, 2 ** 31),
      size: int(env, 'TANDEM_SANDBOX_SIZE', 300, 1, 200_000),
      port: int(env, 'TANDEM_SANDBOX_PORT', 0, 0, 65535),
      demo: demoOn,
    };
  } else {
    config.identity = realIdentity(env, clientId!, publicUrl);
  }
  return config;
}

function realIdentity(env: Env, clientId: string, publicUrl: string): IdentityConfig {
  if (!/^[0-9a-f-]{36}$/i.test(clientId))
    throw new ConfigError('TANDEM_CLIENT_ID must be the application (client) id GUID of the Entra app registration.');
  const secret = env.TANDEM_CLIENT_SECRET;
  const certPath = env.TANDEM_CLIENT_CERTIFICATE_PATH;
  if (!secret && !certPath) {
    throw new ConfigError(
      'Set TANDEM_CLIENT_SECRET, or TANDEM_CLIENT_CERTIFICATE_PATH with TANDEM_CLIENT_CERTIFICATE_THUMBPRINT, for the app registration.',
    );
  }
  const tenantsRaw = env.TANDEM_TENANT_ID?.trim();
  if (!tenantsRaw)
    throw new ConfigError(
      'Set TANDEM_TENANT_ID: your tenant id, a comma-separated list of tenant ids, or "any" for a multi-tenant app.',
    );
  const tenants = tenantsRaw.toLowerCase() === 'any' ? 'any' : tenantsRaw.split(',').map((t) => t.trim().toLowerCase());
  if (tenants !== 'any' && tenants.some((t) => !/^[0-9a-f-]{36}$/.test(t)))
    throw new ConfigError('TANDEM_TENANT_ID must hold tenant id GUIDs (or "any").');
  const identity: IdentityConfig = {
    clientId,
    tenants,
    appIdUri: env.TANDEM_APP_ID_URI ?? `api://${new URL(publicUrl).host}/${clientId}`,
    authorityHost: httpsOrigin(env, 'TANDEM_AUTHORITY_HOST', 'https://login.microsoftonline.com'),
    graphEndpoint: httpsOrigin(env, 'TANDEM_GRAPH_ENDPOINT', 'https://graph.microsoft.com'),
  };
  if (secret) identity.clientSecret = secret;
  if (certPath) {
    const thumbprint = env.TANDEM_CLIENT_CERTIFICATE_THUMBPRINT;
    if (!thumbprint)
      throw new ConfigError(
        'TANDEM_CLIENT_CERTIFICATE_THUMBPRINT (SHA-256, hex) must accompany TANDEM_CLIENT_CERTIFICATE_PATH.',
      );
    identity.certificate = { privateKeyPem: readFileSync(certPath, 'utf8'), thumbprintSha256: thumbprint };
  }
  return identity;
}

/** The app registration the sandbox tenant is given: a fixed client id, a fresh secret every start. */
export function sandboxApp(publicUrl: string): { clientId: string; clientSecret: string; appIdUri: string } {
  const clientId = '7a3c1e52-5d0b-4e8f-9a61-2b7f0c4d8e19';
  return {
    clientId,
    clientSecret: randomBytes(32).toString('base64url'),
    appIdUri: `api://${new URL(publicUrl).host}/${clientId}`,
  };
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  return n;
}

function httpsOrigin(env: Env, name: string, fallback: string): string {
  const raw = (env[name] ?? fallback).replace(/\/$/, '');
  // msal-node refuses non-https authorities, and tokens must never travel in clear text.
  if (!raw.startsWith('https://')) throw new ConfigError(`${name} must be an https:// origin; it is "${raw}".`);
  return raw;
}

function readVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
