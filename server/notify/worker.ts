import { sendNotifications, type SenderDeps } from './sender.js';

/** Sends owed notifications every `everyMs`, one pass at a time; stop() waits for the pass. */
export function startNotificationSender(
  deps: SenderDeps,
  everyMs: number,
  onError: (err: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sendNotifications(deps)
      .catch(onError)
      .finally(() => {
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
