import type { SandboxUser } from './org/model.js';

/** Milliseconds since the epoch. Tests pass a fake one; the sandbox never reads Date.now directly. */
export interface Clock {
  now(): number;
}

/** Who is calling a Graph route, read from a validated Graph access token. */
export interface Caller {
  appId: string;
  tenantId: string;
  kind: 'app' | 'delegated';
  /** The signed-in user for delegated tokens. */
  userId?: string;
  /** Application permissions (app-only tokens). */
  roles: string[];
  /** Delegated scopes (user tokens). */
  scopes: string[];
}

/** The directory as the Graph routes see it: current people, looked up by id or UPN. */
export interface Directory {
  readonly tenantId: string;
  readonly domain: string;
  /** By object id or userPrincipalName (case-insensitive); undefined when absent or deleted. */
  get(idOrUpn: string): SandboxUser | undefined;
  /** Current people, in a stable order. */
  all(): readonly SandboxUser[];
  directReports(managerId: string): readonly SandboxUser[];
}

/** Which limit family a route counts against (FACTS 2.3). Set as route `config.throttle`. */
export type ThrottleFamily = 'outlook' | 'directory' | 'activity' | 'none';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the Graph auth hook on every /v1.0 route. */
    caller: Caller;
  }
  interface FastifyContextConfig {
    throttle?: ThrottleFamily;
  }
}

export interface SandboxContext {
  directory: Directory;
  clock: Clock;
  /** Public origin of the sandbox, e.g. "https://localhost:53123"; known once it listens. */
  origin(): string;
}
