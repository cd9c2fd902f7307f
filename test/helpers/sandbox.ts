import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client } from '@microsoft/microsoft-graph-client';
import { createHash, randomBytes, randomUUID, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';
import { appGraphToken, createMsalClients } from '../../server/auth/msal.js';
import { createOboTokens } from '../../server/auth/obo.js';
import type { IdentityConfig } from '../../server/config.js';
import { createGraph, type Graph, type GraphOptions } from '../../server/graph/facade.js';
import { GRAPH_APPLICATION_PERMISSIONS, GRAPH_DELEGATED_SCOPES } from '../../server/graph/permissions.js';
import type { ScriptedAnswerInput } from '../../server/sandbox/limits/scripted.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../server/sandbox/start.js';
import { trustSandboxCa } from '../../server/sandbox/trust.js';

export interface TestSandbox {
  sandbox: Sandbox;
  /** Tandem's identity configuration against this sandbox, exactly as server.ts builds it. */
  identity: IdentityConfig;
  /** A msal-node client for the tenant, configured as Tandem configures it. */
  msal: ConfidentialClientApplication;
  /** A Graph SDK client with app-only tokens from msal-node. */
  graph: Client;
  /** The token Teams' getAuthToken() would give this person, via the sandbox sign-in. */
  ssoToken(userId: string): Promise<string>;
  /** Calls a sandbox-only control endpoint as Tandem's app. */
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  /** Makes the next matching Graph request(s) fail exactly so (PUT a status, or drop the connection). */
  script(answer: ScriptedAnswerInput): Promise<void>;
  close(): Promise<void>;
}

export type CertificateCredential = NonNullable<IdentityConfig['certificate']> & { certPem: string };

/** A fresh self-signed certificate with its key, in the shape IdentityConfig.certificate takes. */
export async function makeCertificateCredential(commonName = 'tandem.test'): Promise<CertificateCredential> {
  const pems = await generate([{ name: 'commonName', value: commonName }], { algorithm: 'sha256', keySize: 2048 });
  const thumbprintSha256 = createHash('sha256').update(new X509Certificate(pems.cert).raw).digest('hex');
  return { certPem: pems.cert, privateKeyPem: pems.private, thumbprintSha256, x5cPem: pems.cert };
}

export interface TestSandboxOptions extends Partial<SandboxOptions> {
  /**
   * How Tandem authenticates to the tenant: its client secret (the default), or a certificate
   * registered on the app. The secret stays registered either way: the sandbox's control
   * endpoints (admin, ssoToken) take HTTP Basic with it.
   */
  credential?: 'secret' | 'certificate';
}

/** Starts a sandbox tenant over HTTPS with an app registration like Tandem's, trusted by this process. */
export async function startTestSandbox({
  credential = 'secret',
  ...options
}: TestSandboxOptions = {}): Promise<TestSandbox> {
  const clientId = randomUUID();
  const clientSecret = randomBytes(24).toString('base64url');
  const appIdUri = `api://localhost:3978/${clientId}`;
  const certificate = credential === 'certificate' ? await makeCertificateCredential() : undefined;
  const sandbox = await startSandbox({
    size: 300,
    seed: 7,
    apps: [
      {
        clientId,
        clientSecret,
        appIdUri,
        applicationPermissions: [...GRAPH_APPLICATION_PERMISSIONS],
        delegatedScopes: [...GRAPH_DELEGATED_SCOPES],
        ...(certificate ? { certificatePems: [certificate.certPem] } : {}),
      },
    ],
    ...options,
  });
  trustSandboxCa(sandbox.ca);
  const identity: IdentityConfig = {
    clientId,
    appIdUri,
    tenants: [sandbox.tenantId],
    authorityHost: sandbox.origin,
    graphEndpoint: sandbox.origin,
  };
  if (certificate)
    identity.certificate = {
      privateKeyPem: certificate.privateKeyPem,
      thumbprintSha256: certificate.thumbprintSha256,
      x5cPem: certificate.certPem,
    };
  else identity.clientSecret = clientSecret;
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId,
      authority: `${sandbox.origin}/${sandbox.tenantId}`,
      knownAuthorities: [new URL(sandbox.origin).host],
      ...(certificate
        ? {
            clientCertificate: {
              thumbprintSha256: certificate.thumbprintSha256,
              privateKey: certificate.privateKeyPem,
              x5c: certificate.certPem,
            },
          }
        : { clientSecret }),
    },
  });
  const graph = Client.initWithMiddleware({
    baseUrl: `${sandbox.origin}/`,
    customHosts: new Set(['localhost']),
    authProvider: {
      getAccessToken: async () =>
        (await msal.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!.accessToken,
    },
  });
  const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
  const admin = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${sandbox.origin}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: basic, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  const ssoToken = async (userId: string) => {
    const res = await admin('/sandbox/v1/signin', { method: 'POST', body: { userId } });
    if (!res.ok) throw new Error(`sandbox sign-in answered ${res.status}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  };
  const script = async (answer: ScriptedAnswerInput) => {
    const res = await admin('/sandbox/v1/faults/scripted', { method: 'POST', body: answer });
    if (res.status !== 201) throw new Error(`scripting an answer answered ${res.status}: ${await res.text()}`);
  };
  return { sandbox, identity, msal, graph, ssoToken, admin, script, close: () => sandbox.close() };
}

/** The first person of the sandbox organisation with this persona key. */
export function persona(t: TestSandbox, key: string): { id: string; userPrincipalName: string; displayName: string } {
  const user = t.sandbox.state.directory.all().find((u) => u.persona === key);
  if (!user) throw new Error(`no persona ${key} in the sandbox organisation`);
  return user;
}

/**
 * Tandem's Graph facade against this sandbox, with tokens from msal-node as the app gets them
 * (client credentials, and on-behalf-of for a person without waiting between consent retries).
 */
export function sandboxGraph(t: TestSandbox, options: Partial<GraphOptions> = {}): Graph {
  const msal = createMsalClients(t.identity);
  const obo = createOboTokens(msal, { consentRetryDelaysMs: [] });
  return createGraph({
    endpoint: t.identity.graphEndpoint,
    appToken: (tenantId) => appGraphToken(msal, tenantId),
    delegatedToken: obo,
    ...options,
  });
}
