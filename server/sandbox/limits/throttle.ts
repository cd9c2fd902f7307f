import { GraphError, throttled } from '../errors.js';

// Graph's service limits as FACTS 2.3 gives them. The numbers are options so a benchmark can run
// with the real ones and a test can make a limit small enough to reach.

export interface ThrottleLimits {
  outlookConcurrent: number;
  outlookRequestsPer10Min: number;
  /** Resource units per 10 s for a tenant of fewer than 50, up to 500, and more people. */
  directoryRu: { small: number; medium: number; large: number };
  directoryWritesPer150s: number;
  activityPerSecond: number;
}

export const graphLimits: ThrottleLimits = {
  outlookConcurrent: 4,
  outlookRequestsPer10Min: 10_000,
  directoryRu: { small: 3_500, medium: 5_000, large: 8_000 },
  directoryWritesPer150s: 3_000,
  activityPerSecond: 5,
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Admits or refuses one request against the limit family of its route. */
export class Throttles {
  private readonly running = new Map<string, number>();
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly buckets = new Map<string, Bucket>();
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly limits: ThrottleLimits,
    private readonly tenantSize: () => number,
  ) {}

  /**
   * Outlook: concurrent requests per app and mailbox, and requests per 10 minutes. Returns the
   * function that ends the request's concurrency slot.
   */
  outlook(appId: string, mailbox: string, nowMs: number): () => void {
    const key = `${appId}|${mailbox}`;
    const running = this.running.get(key) ?? 0;
    if (running >= this.limits.outlookConcurrent) {
      throw new GraphError(
        429,
        'ApplicationThrottled',
        'Application is over its MailboxConcurrency limit.',
        { 'Retry-After': '1' },
        { status: '429' },
      );
    }
    const w = this.windows.get(key);
    // A clock set back (the demo replays its weeks) starts a new window rather than one of weeks.
    const window = !w || nowMs - w.start >= 600_000 || nowMs < w.start ? { start: nowMs, count: 0 } : w;
    if (window.count >= this.limits.outlookRequestsPer10Min) {
      const wait = Math.ceil((window.start + 600_000 - nowMs) / 1000);
      throw new GraphError(
        429,
        'ApplicationThrottled',
        'Application is over its request limit for this mailbox.',
        { 'Retry-After': String(wait) },
        { status: '429' },
      );
    }
    window.count += 1;
    this.windows.set(key, window);
    this.running.set(key, running + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const n = (this.running.get(key) ?? 1) - 1;
      if (n <= 0) this.running.delete(key);
      else this.running.set(key, n);
    };
  }

  /** Identity and access: a token bucket of resource units per app and tenant, and one of writes. */
  directory(appId: string, tenantId: string, cost: number, isWrite: boolean, nowMs: number): Record<string, string> {
    const capacity = this.ruCapacity();
    const ru = this.take(`ru|${appId}`, capacity, capacity / 10_000, cost, nowMs);
    const scope = `Tenant_Application/${isWrite ? 'ReadWrite' : 'Read'}/${appId}/${tenantId}`;
    if (ru.waitMs > 0) {
      throw throttled(Math.ceil(ru.waitMs / 1000), {
        'x-ms-throttle-scope': scope,
        'x-ms-throttle-information': 'ResourceUnitLimitExceeded',
      });
    }
    if (isWrite) {
      const writes = this.take(
        `w|${appId}`,
        this.limits.directoryWritesPer150s,
        this.limits.directoryWritesPer150s / 150_000,
        1,
        nowMs,
      );
      if (writes.waitMs > 0) {
        throw throttled(Math.ceil(writes.waitMs / 1000), {
          'x-ms-throttle-scope': scope,
          'x-ms-throttle-information': 'WriteLimitExceeded',
        });
      }
    }
    const used = 1 - ru.left / capacity;
    return {
      'x-ms-resource-unit': String(cost),
      ...(used > 0.8 ? { 'x-ms-throttle-limit-percentage': used.toFixed(1) } : {}),
    };
  }

  /** Teams activity notifications: requests per second per app and tenant. */
  activity(appId: string, nowMs: number): void {
    const key = `act|${appId}`;
    const times = (this.recent.get(key) ?? []).filter((t) => t <= nowMs && nowMs - t < 1000);
    if (times.length >= this.limits.activityPerSecond) {
      this.recent.set(key, times);
      throw throttled(1);
    }
    times.push(nowMs);
    this.recent.set(key, times);
  }

  private ruCapacity(): number {
    const n = this.tenantSize();
    const { small, medium, large } = this.limits.directoryRu;
    return n < 50 ? small : n <= 500 ? medium : large;
  }

  private take(
    key: string,
    capacity: number,
    perMs: number,
    cost: number,
    nowMs: number,
  ): { waitMs: number; left: number } {
    const b = this.buckets.get(key) ?? { tokens: capacity, at: nowMs };
    // Time only ever refills: a clock set back (the demo replays its weeks) must not drain the bucket.
    b.tokens = Math.min(capacity, b.tokens + Math.max(0, nowMs - b.at) * perMs);
    b.at = nowMs;
    this.buckets.set(key, b);
    if (b.tokens < cost) return { waitMs: (cost - b.tokens) / perMs, left: b.tokens };
    b.tokens -= cost;
    return { waitMs: 0, left: b.tokens };
  }
}

/**
 * Resource-unit cost of a directory request (FACTS 2.3): GET /users 2, other reads 1, writes 1;
 * $select -1, $expand +1, $top under 20 -1; never below 1.
 */
export function directoryCost(method: string, path: string, query: Record<string, unknown>): number {
  if (method !== 'GET') return 1;
  let cost = /\/users\/?$/.test(path) ? 2 : 1;
  if (query.$select !== undefined) cost -= 1;
  if (query.$expand !== undefined) cost += 1;
  const top = Number(query.$top);
  if (query.$top !== undefined && Number.isFinite(top) && top < 20) cost -= 1;
  return Math.max(1, cost);
}
