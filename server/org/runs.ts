import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import type { Graph } from '../graph/facade.js';
import type { SyncResult } from './schemas.js';
import { syncTenant, type SyncDeps } from './sync.js';

export interface SyncRunsDeps {
  db: Db;
  graph: Graph;
  clock: Clock;
  /** Identifies this process in sync leases. */
  owner: string;
  log: SyncDeps['log'] & { error: (obj: object, msg: string) => void };
  /** Runs after each successful sync of a tenant (e.g. reviewing pairs the changes affect). */
  onSynced?: (tenantId: string) => Promise<void>;
}

export interface SyncRuns {
  /** One sync of the tenant through its Graph; 'busy' when another process holds the tenant. */
  run(tenantId: string, full?: boolean, onClaimed?: (claimed: boolean) => void): Promise<SyncResult | 'busy'>;
  /**
   * Starts a sync in the background and resolves once it holds the tenant (or found another run
   * holding it): the work is long, and its progress is in the tenant's sync status. A failure is
   * logged, and the status says it too.
   */
  start(tenantId: string, full: boolean): Promise<void>;
}

/** Org syncs of this process: the scheduler's and the ones admins ask for. */
export function createSyncRuns(deps: SyncRunsDeps): SyncRuns {
  const run: SyncRuns['run'] = (tenantId, full = false, onClaimed) => {
    const graph = deps.graph.forTenant(tenantId);
    return syncTenant(
      {
        db: deps.db,
        readPage: (url, fullRound) => graph.directory.readDeltaPage(url, fullRound),
        graphRequests: graph.requests,
        clock: deps.clock,
        log: deps.log,
        ...(deps.onSynced ? { afterSync: deps.onSynced } : {}),
      },
      tenantId,
      { owner: deps.owner, full, ...(onClaimed ? { onClaimed } : {}) },
    );
  };
  return {
    run,
    start: (tenantId, full) =>
      new Promise<void>((claimed) => {
        run(tenantId, full, () => claimed()).catch((err: unknown) =>
          deps.log.error({ err, tenantId }, 'org sync failed'),
        );
      }),
  };
}
