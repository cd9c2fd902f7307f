import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { IdentityConfig } from '../config.js';

/**
 * One msal-node client per tenant authority, each with its token cache, made once and reused:
 * a client per request would throw the cache away (STYLE: "What the anchors avoid").
 */
export function createMsalClients(identity: IdentityConfig): (tenantId: string) => ConfidentialClientApplication {
  const clients = new Map<string, ConfidentialClientApplication>();
  return (tenantId) => {
    let client = clients.get(tenantId);
    if (!client) {
      client = new ConfidentialClientApplication(msalConfig(identity, tenantId));
      clients.set(tenantId, client);
    }
    return client;
  };
}

function msalConfig(identity: IdentityConfig, tenantId: string): Configuration {
  const host = new URL(identity.authorityHost).host;
  const cert = identity.certificate;
  return {
    auth: {
      clientId: identity.clientId,
      authority: `${identity.authorityHost}/${tenantId}`,
      // Naming the host skips msal's instance discovery call to the public cloud, which a
      // sandbox (or a sovereign cloud) does not answer (TOOLCHAIN: msal-node authorities).
      knownAuthorities: [host],
      // msal-node refuses two credentials at once; the certificate, when given, is the stronger.
      ...(cert
        ? {
            clientCertificate: {
              thumbprintSha256: cert.thumbprintSha256.replace(/:/g, '').toLowerCase(),
              privateKey: cert.privateKeyPem,
              ...(cert.x5cPem ? { x5c: cert.x5cPem } : {}),
            },
          }
        : identity.clientSecret
          ? { clientSecret: identity.clientSecret }
          : {}),
    },
  };
}

/** An app-only Graph token for a tenant (client credentials), from msal's cache when still valid. */
export async function appGraphToken(
  clients: (tenantId: string) => ConfidentialClientApplication,
  tenantId: string,
): Promise<string> {
  const result = await clients(tenantId).acquireTokenByClientCredential({
    scopes: ['https://graph.microsoft.com/.default'],
  });
  if (!result?.accessToken) throw new Error('Entra returned no access token for the client credentials grant');
  return result.accessToken;
}
