import { Client } from '@microsoft/microsoft-graph-client';

export interface GraphClientOptions {
  /** https origin of Graph: https://graph.microsoft.com, or the sandbox tenant's. */
  endpoint: string;
  /** Returns a bearer token for Graph (app-only or on-behalf-of), fresh or from a cache. */
  getToken: () => Promise<string>;
}

/**
 * The Graph SDK client, pointed at the configured endpoint. Only server/graph uses it; what leaves
 * this folder are our own types.
 */
export function createGraphClient({ endpoint, getToken }: GraphClientOptions): Client {
  const url = new URL(endpoint);
  return Client.initWithMiddleware({
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    // The SDK only attaches the token for hosts it knows; a sandbox or sovereign cloud is one more.
    customHosts: new Set([url.hostname]),
    authProvider: { getAccessToken: getToken },
  });
}

/** Whether Graph answers a minimal directory read with this credential. */
export async function graphReachable(client: Client): Promise<boolean> {
  await client.api('/users').select('id').top(1).get();
  return true;
}
