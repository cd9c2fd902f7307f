import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { lastFinished } from './store/sync-state.js';

export interface SchedulerOptions {
  db: Db;
  /** Says when a tenant's last sync is old enough. */
  clock: Clock;
  /** The tenants to keep in sync. */
  tenants: () => Promise<string[]>;
  /** Runs one sync of a tenant; must resolve 'busy' (not throw) when another process holds it. */
  run: (tenantId: string) => Promise<unknown>;
  /** How old a tenant's last sync may get (default 30 minutes). */
  intervalMs: number;
  /** How often to look for due tenants. */
  tickMs: number;
  onError: (err: unknown, tenantId: string) => void;
}

/**
 * Looks every tick for tenants whose last sync is older than the interval and runs them one
 * after another. Several processes may run this; the sync lease decides who does the work.
 */
export function startScheduler(o: SchedulerOptions): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = async () => {
    const finished = await lastFinished(o.db);
    for (const tenantId of await o.tenants()) {
      if (stopped) return;
      const last = finished.get(tenantId);
      if (last != null && o.clock.now() - last < o.intervalMs) continue;
      try {
        await o.run(tenantId);
      } catch (err) {
        o.onError(err, tenantId);
      }
    }
  };
  const beat = () => {
    if (running || stopped) return;
    running = tick()
      .catch((err: unknown) => o.onError(err, '*'))
      .finally(() => {
        running = undefined;
      });
  };
  // A first look right after start, so a new installation fills its org chart at once.
  const first = setTimeout(beat, 0);
  const timer = setInterval(beat, o.tickMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
