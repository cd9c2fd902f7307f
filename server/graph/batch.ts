import type { Client } from '@microsoft/microsoft-graph-client';
import { isConnectionFailure } from './middleware.js';

export interface BatchItem {
  /** Relative to the version root, e.g. "/users/{id}/mailboxSettings". */
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BatchAnswer {
  status: number;
  body: unknown;
  /** The inner answer's headers (Retry-After, request-id), when it had any. */
  headers?: Record<string, string>;
}

const MAX_PER_BATCH = 20;

export interface BatchOptions {
  /** Rounds of retrying inner 429/503/504 answers (the SDK does not retry them, FACTS 1.8). */
  maxRounds?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Every request is safe to send twice (reads, creates carrying a transactionId): an envelope
   * whose connection broke before its answer is sent again instead of failing the call.
   */
  repeatable?: boolean;
  /** Envelopes in flight at once; default 4. */
  parallel?: number;
}

/**
 * Sends requests in $batch envelopes of 20 and answers each in order. Inner throttled answers are
 * sent again in a new batch after the longest Retry-After among them, up to `maxRounds` times;
 * what still fails is answered as it came.
 */
export async function sendBatched(
  client: Client,
  items: readonly BatchItem[],
  opts: BatchOptions = {},
): Promise<BatchAnswer[]> {
  const maxRounds = opts.maxRounds ?? 6;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const answers: BatchAnswer[] = new Array(items.length);
  let pending = items.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    const retry: number[] = [];
    let waitMs = 0;
    const chunks: number[][] = [];
    for (let start = 0; start < pending.length; start += MAX_PER_BATCH)
      chunks.push(pending.slice(start, start + MAX_PER_BATCH));
    // A few envelopes at a time: Outlook runs 4 requests of an envelope in parallel (FACTS 1.8),
    // so one envelope after another would leave the rest of the app's allowance idle.
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let c = next++; c < chunks.length; c = next++) {
        const chunk = chunks[c]!;
        const res = (await postEnvelope(
          client,
          {
            requests: chunk.map((i) => {
              const item = items[i]!;
              return {
                id: String(i),
                method: item.method ?? 'GET',
                url: item.url,
                ...(item.body !== undefined ? { body: item.body } : {}),
                ...(item.body !== undefined || item.headers
                  ? {
                      headers: {
                        ...(item.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
                        ...item.headers,
                      },
                    }
                  : {}),
              };
            }),
          },
          opts.repeatable ? maxRounds : 1,
          sleep,
        )) as { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
        for (const r of res.responses) {
          const i = Number(r.id);
          answers[i] = { status: r.status, body: r.body ?? null, ...(r.headers ? { headers: r.headers } : {}) };
          if ([429, 503, 504].includes(r.status) && round + 1 < maxRounds) {
            retry.push(i);
            const after = Number(
              Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? 1,
            );
            waitMs = Math.max(waitMs, (Number.isFinite(after) ? after : 1) * 1000);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 4, chunks.length) }, lane));
    if (retry.length > 0) await sleep(waitMs);
    pending = retry.sort((a, b) => a - b);
  }
  return answers;
}

async function postEnvelope(
  client: Client,
  body: unknown,
  attempts: number,
  sleep: (ms: number) => Promise<void>,
): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.api('/$batch').post(body);
    } catch (err) {
      if (attempt >= attempts || !isConnectionFailure(err)) throw err;
      await sleep(200 * 2 ** (attempt - 1));
    }
  }
}
