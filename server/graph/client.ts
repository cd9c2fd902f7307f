import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { AttemptTimeout, ConnectionRetry, MailboxConcurrency, RequestCounter } from './middleware.js';

export interface GraphClientOptions {
  /** https origin of Graph: https://graph.microsoft.com, or the sandbox tenant's. */
  endpoint: string;
  /** Returns a bearer token for Graph (app-only or on-behalf-of), fresh or from a cache. */
  getToken: () => Promise<string>;
  /** Retries of a 429/503/504 answer, each after its Retry-After (the SDK caps this at 10). */
  maxRetries?: number;
  /** Gives up on an attempt without an answer after this long; absent: waits as long as fetch does. */
  timeoutMs?: number;
}

export interface GraphConnection {
  client: Client;
  /** Requests sent to the network so far, retries included. */
  requests(): number;
}

/**
 * The Graph SDK client, pointed at the configured endpoint, with the middleware Tandem relies on:
 * token, retry after Retry-After, retry of dropped reads, at most 4 requests per mailbox.
 * Only server/graph uses it; what leaves this folder are our own types.
 */
export function createGraphConnection({
  endpoint,
  getToken,
  maxRetries = 8,
  timeoutMs,
}: GraphClientOptions): GraphConnection {
  const url = new URL(endpoint);
  const counter = new RequestCounter();
  const chain: Middleware[] = [
    new AuthenticationHandler({ getAccessToken: getToken }),
    new RetryHandler(new RetryHandlerOptions(1, maxRetries)),
    new ConnectionRetry(),
    new MailboxConcurrency(4),
    counter,
    ...(timeoutMs !== undefined ? [new AttemptTimeout(timeoutMs)] : []),
    new HTTPMessageHandler(),
  ];
  for (let i = 0; i < chain.length - 1; i++) chain[i]!.setNext!(chain[i + 1]!);
  const client = Client.initWithMiddleware({
    baseUrl: `${url.origin}/`,
    defaultVersion: 'v1.0',
    middleware: chain[0]!,
    // The SDK only attaches the token for hosts it knows; a sandbox or sovereign cloud is one more.
    customHosts: new Set([url.hostname]),
  });
  return { client, requests: () => counter.count };
}

/** Whether Graph answers a minimal directory read with this credential. */
export async function graphReachable(client: Client): Promise<boolean> {
  await client.api('/users').select('id').top(1).get();
  return true;
}
