import type { Db } from '../db/db.js';
import type { GraphConnection } from '../graph/client.js';
import { sendNotifications } from './sender.js';

/** Sends owed notifications every `everyMs`, one pass at a time; stop() waits for the pass. */
export function startNotificationSender(db: Db, graphFor: (tenantId: string) => GraphConnection, everyMs: number, onError: (err: unknown) => void): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sendNotifications(db, graphFor).catch(onError).finally(() => {
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
