import type { Queryable } from '../../db/db.js';
import type { SyncMode, SyncResult, SyncState, SyncStatus } from '../schemas.js';

// The org_sync row of a tenant: a lease so that one sync per tenant runs at a time, whatever the
// number of server processes on the database, with progress and the last result for admins.
// Leases are timed by the database's clock, which every process shares; when a run started and
// finished is recorded by the app's Clock (the caller's `at`, epoch ms), like every other date.

export interface SyncClaim {
  deltaLink: string | null;
  round: number;
}

/** Takes the tenant's sync lease if nobody holds a live one; undefined when someone does. */
export async function claimSync(
  db: Queryable,
  tenantId: string,
  owner: string,
  leaseMs: number,
  at: number,
): Promise<SyncClaim | undefined> {
  await db.query(`INSERT INTO org_sync (tenant_id) VALUES ($1) ON CONFLICT (tenant_id) DO NOTHING`, [tenantId]);
  const rows = await db.query<{ delta_link: string | null; round: string | number }>(
    `UPDATE org_sync SET lease_owner = $2, lease_until = now() + make_interval(secs => $3::double precision / 1000),
            status = 'running', started_at = to_timestamp($4::double precision / 1000), pages = 0, people_seen = 0,
            last_error = NULL, updated_at = now()
     WHERE tenant_id = $1 AND (lease_until IS NULL OR lease_until < now())
     RETURNING delta_link, round`,
    [tenantId, owner, leaseMs, at],
  );
  const row = rows[0];
  return row ? { deltaLink: row.delta_link, round: Number(row.round) } : undefined;
}

/** Extends the lease and records progress; false when the lease was lost (another run took over). */
export async function heartbeat(
  db: Queryable,
  tenantId: string,
  owner: string,
  leaseMs: number,
  progress: { pages: number; people: number; mode: SyncMode },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE org_sync SET lease_until = now() + make_interval(secs => $3::double precision / 1000),
            pages = $4, people_seen = $5, mode = $6, updated_at = now()
     WHERE tenant_id = $1 AND lease_owner = $2 RETURNING 1`,
    [tenantId, owner, leaseMs, progress.pages, progress.people, progress.mode],
  );
  return rows.length === 1;
}

export async function finishSync(
  db: Queryable,
  tenantId: string,
  owner: string,
  deltaLink: string,
  round: number,
  result: SyncResult,
  at: number,
): Promise<void> {
  await db.query(
    `UPDATE org_sync SET delta_link = $3, round = $4, status = 'idle',
            finished_at = to_timestamp($6::double precision / 1000), last_result = $5::jsonb,
            lease_owner = NULL, lease_until = NULL, updated_at = now()
     WHERE tenant_id = $1 AND lease_owner = $2`,
    [tenantId, owner, deltaLink, round, JSON.stringify(result), at],
  );
}

export async function failSync(
  db: Queryable,
  tenantId: string,
  owner: string,
  error: string,
  at: number,
): Promise<void> {
  await db.query(
    `UPDATE org_sync SET status = 'failed', finished_at = to_timestamp($4::double precision / 1000), last_error = $3,
            lease_owner = NULL, lease_until = NULL, updated_at = now()
     WHERE tenant_id = $1 AND lease_owner = $2`,
    [tenantId, owner, error.slice(0, 500), at],
  );
}

/** Forgets the delta link, so the next run reads the directory in full. */
export async function requestFullSync(db: Queryable, tenantId: string): Promise<void> {
  await db.query(`UPDATE org_sync SET delta_link = NULL, updated_at = now() WHERE tenant_id = $1`, [tenantId]);
}

interface StatusRow {
  status: Exclude<SyncState, 'never'>;
  mode: SyncMode | null;
  started_at: Date | null;
  finished_at: Date | null;
  pages: number;
  people_seen: number;
  last_result: SyncResult | null;
  last_error: string | null;
  lease_lapsed: boolean;
}

const NEVER: SyncStatus = {
  status: 'never',
  mode: null,
  startedAt: null,
  finishedAt: null,
  progress: { pages: 0, people: 0 },
  lastResult: null,
  lastError: null,
};

/** How the tenant's sync stands. */
export async function syncStatus(db: Queryable, tenantId: string): Promise<SyncStatus> {
  const rows = await db.query<StatusRow>(
    `SELECT status, mode, started_at, finished_at, pages, people_seen, last_result, last_error,
            coalesce(lease_until < now(), false) AS lease_lapsed
     FROM org_sync WHERE tenant_id = $1`,
    [tenantId],
  );
  const r = rows[0];
  if (!r) return NEVER;
  // A running status whose lease ran out belongs to a process that died mid-sync (the lease's
  // own clock, the database's, says so).
  const status = r.status === 'running' && r.lease_lapsed ? 'failed' : r.status;
  return {
    status,
    mode: r.mode,
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
    progress: { pages: r.pages, people: r.people_seen },
    lastResult: r.last_result,
    lastError:
      status === 'failed' && !r.last_error
        ? 'The server running the sync stopped before it finished; the next run starts again.'
        : r.last_error,
  };
}

/** When each tenant last finished a sync, epoch ms (null: never), for the scheduler. */
export async function lastFinished(db: Queryable): Promise<Map<string, number | null>> {
  const rows = await db.query<{ tenant_id: string; finished_at: Date | null }>(
    `SELECT tenant_id, finished_at FROM org_sync`,
  );
  return new Map(rows.map((r) => [r.tenant_id, r.finished_at?.getTime() ?? null]));
}
