import type { Clock, SandboxContext } from './context.js';
import type { TenantDirectory } from './directory/tenant.js';
import type { AppRegistration, ConsentBook } from './entra/apps.js';
import type { KeySet } from './entra/keys.js';
import type { FaultPlan } from './limits/faults.js';
import type { Throttles } from './limits/throttle.js';
import type { PhotoBook } from './photos/book.js';

/** Everything the sandbox holds for its one tenant. Lives in memory for the process's life. */
export interface SandboxState extends SandboxContext {
  directory: TenantDirectory;
  clock: Clock;
  keys: KeySet;
  apps: AppRegistration[];
  consent: ConsentBook;
  faults: FaultPlan;
  throttles: Throttles;
  /** Who has a profile photo, and the photos. */
  photos: PhotoBook;
  /** Access token lifetime; Entra picks 60-90 minutes (FACTS 3.1). */
  tokenLifetimeSeconds: number;
  /** Seed for everything the sandbox makes up after start (new hires' names, fault draws). */
  seed: number;
  /** What Graph was asked, for benchmarks: HTTP requests, requests inside $batch, and 429s. */
  stats: GraphStats;
}

export interface GraphStats {
  http: number;
  /** $batch envelopes among the HTTP requests. */
  batches: number;
  inner: number;
  throttled: number;
  byStatus: Record<string, number>;
}

export const emptyStats = (): GraphStats => ({ http: 0, batches: 0, inner: 0, throttled: 0, byStatus: {} });
