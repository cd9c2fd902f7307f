import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import { sendNotifications } from './sender.js';

/** Sends owed notifications every `everyMs`, one pass at a time; stop() waits for the pass. */
export function startNotificationSender(db: Db, graph: Graph, everyMs: number, onError: (err: unknown) => void): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sendNotifications(db, graph).catch(onError).finally(() => {
      running = undefined;
    });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
