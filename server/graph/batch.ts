import type { Client } from '@microsoft/microsoft-graph-client';

export interface BatchItem {
  /** Relative to the version root, e.g. "/users/{id}/mailboxSettings". */
  url: string;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
}

export interface BatchAnswer {
  status: number;
  body: unknown;
}

const MAX_PER_BATCH = 20;

export interface BatchOptions {
  /** Rounds of retrying inner 429/503/504 answers (the SDK does not retry them, FACTS 1.8). */
  maxRounds?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends requests in $batch envelopes of 20 and answers each in order. Inner throttled answers are
 * sent again in a new batch after the longest Retry-After among them, up to `maxRounds` times;
 * what still fails is answered as it came.
 */
export async function sendBatched(client: Client, items: readonly BatchItem[], opts: BatchOptions = {}): Promise<BatchAnswer[]> {
  const maxRounds = opts.maxRounds ?? 6;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const answers: BatchAnswer[] = new Array(items.length);
  let pending = items.map((_, i) => i);
  for (let round = 0; pending.length > 0; round++) {
    const retry: number[] = [];
    let waitMs = 0;
    for (let start = 0; start < pending.length; start += MAX_PER_BATCH) {
      const chunk = pending.slice(start, start + MAX_PER_BATCH);
      const res = (await client.api('/$batch').post({
        requests: chunk.map((i) => {
          const item = items[i]!;
          return {
            id: String(i),
            method: item.method ?? 'GET',
            url: item.url,
            ...(item.body !== undefined ? { body: item.body, headers: { 'Content-Type': 'application/json' } } : {}),
          };
        }),
      })) as { responses: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
      for (const r of res.responses) {
        const i = Number(r.id);
        answers[i] = { status: r.status, body: r.body ?? null };
        if ([429, 503, 504].includes(r.status) && round + 1 < maxRounds) {
          retry.push(i);
          const after = Number(Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? 1);
          waitMs = Math.max(waitMs, (Number.isFinite(after) ? after : 1) * 1000);
        }
      }
    }
    if (retry.length > 0) await sleep(waitMs);
    pending = retry.sort((a, b) => a - b);
  }
  return answers;
}
