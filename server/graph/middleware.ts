import { GraphError, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Retries a read whose connection broke before any answer came back. The SDK's RetryHandler
 * covers 429/503/504 answers, not a dropped connection; a GET is safe to send again.
 */
export class ConnectionRetry implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly attempts = 4,
    private readonly baseDelayMs = 200,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const method = (typeof context.request === 'string' ? context.options?.method : context.request.method) ?? 'GET';
    for (let attempt = 1; ; attempt++) {
      try {
        await this.next!.execute(context);
        return;
      } catch (err) {
        if (method.toUpperCase() !== 'GET' || attempt >= this.attempts || !isConnectionFailure(err)) throw err;
        await sleep(this.baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }
}

const CUT = /fetch failed|terminated|socket/i;

/**
 * Whether the connection broke before an answer came. Node's fetch reports a cut connection as
 * TypeError("fetch failed") with a socket cause; past the middleware chain the SDK wraps it in
 * a GraphError without a status, keeping the TypeError's name as `code` and its message.
 */
export function isConnectionFailure(err: unknown): boolean {
  if (err instanceof GraphError) return err.statusCode <= 0 && err.code === 'TypeError' && CUT.test(err.message);
  return err instanceof TypeError && CUT.test(`${err.message} ${String((err as { cause?: unknown }).cause ?? '')}`);
}

/**
 * Gives up on an attempt that has had no answer for `ms` (each retry gets its own time). The
 * abort reaches the caller as a TimeoutError, which server/graph/errors.ts maps.
 */
export class AttemptTimeout implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly ms: number) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    context.options = { ...context.options, signal: AbortSignal.timeout(this.ms) };
    await this.next!.execute(context);
  }
}

const MAILBOX_PATH = /\/users\/([^/?]+)\/(events|calendar|calendarview|mailboxsettings|findmeetingtimes)\b/i;

/**
 * At most `limit` requests in flight per mailbox (Outlook allows 4 per app and mailbox, FACTS
 * 2.3); requests for other mailboxes and for the directory pass freely meanwhile.
 */
export class MailboxConcurrency implements Middleware {
  private next: Middleware | undefined;
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly limit = 4) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const mailbox = MAILBOX_PATH.exec(url)?.[1]?.toLowerCase();
    if (!mailbox) return this.next!.execute(context);
    await this.acquire(mailbox);
    try {
      await this.next!.execute(context);
    } finally {
      this.release(mailbox);
    }
  }

  private async acquire(key: string): Promise<void> {
    const n = this.active.get(key) ?? 0;
    if (n < this.limit) {
      this.active.set(key, n + 1);
      return;
    }
    await new Promise<void>((resolve) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push(resolve);
      this.waiting.set(key, queue);
    });
  }

  private release(key: string): void {
    const queue = this.waiting.get(key);
    const next = queue?.shift();
    if (next) {
      // The slot passes straight to the next waiter; the count stays the same.
      next();
      if (queue!.length === 0) this.waiting.delete(key);
      return;
    }
    const n = (this.active.get(key) ?? 1) - 1;
    if (n <= 0) this.active.delete(key);
    else this.active.set(key, n);
  }
}

/** Counts requests that reach the network, for progress reports and benchmarks. */
export class RequestCounter implements Middleware {
  private next: Middleware | undefined;
  count = 0;

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    this.count += 1;
    await this.next!.execute(context);
  }
}
