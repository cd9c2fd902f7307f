import { performance } from 'node:perf_hooks';
import { utcToday, type Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { DeltaExpired, initialDeltaUrl, type DirectoryPage } from '../graph/directory.js';
import type { OrgPerson, Seniority, TitleRule } from './model.js';
import type { SyncResult } from './schemas.js';
import { seniorityOf } from './seniority.js';
import { applyChanges, sweepUnseen } from './store/directory-copy.js';
import { loadOrg, loadPlacements, savePlacements, type PersonPlacement } from './store/placements.js';
import { claimSync, failSync, finishSync, heartbeat } from './store/sync-state.js';
import { loadTitleRules } from './store/title-rules.js';
import { buildOrgIndex, depths, orgSizes } from './tree.js';

export interface SyncDeps {
  db: Db;
  /** Reads one page of a users delta round (server/graph/directory.ts over the tenant's client). */
  readPage: (url: string, fullRound: boolean) => Promise<DirectoryPage>;
  /** Graph requests sent so far by the client behind readPage, retries included. */
  graphRequests: () => number;
  /** Dates the run, and tenure counts to its UTC today. */
  clock: Clock;
  log: { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
  /** Work that follows from the new organisation (reviewing pairs), done before the sync counts as finished. */
  afterSync?: (tenantId: string) => Promise<void>;
}

export interface SyncOptions {
  /** Identifies this process in the lease. */
  owner: string;
  /** Read the whole directory even when a delta link is saved. */
  full?: boolean;
  leaseMs?: number;
  /** Told whether this run got the tenant (true) or found it busy (false), before any work. */
  onClaimed?: (claimed: boolean) => void;
}

const DEFAULT_LEASE_MS = 120_000;

/**
 * One sync of a tenant's organisation: a full delta round the first time (or when asked, or when
 * the saved token has expired), else the changes since the saved delta link. Each page is applied
 * in its own transaction; the delta link is saved only at the end, so a run that dies is simply
 * run again. Then every placement (depth, organisation size, seniority) is recomputed.
 * Answers 'busy' when another process holds the tenant's lease.
 */
export async function syncTenant(deps: SyncDeps, tenantId: string, opts: SyncOptions): Promise<SyncResult | 'busy'> {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const claim = await claimSync(deps.db, tenantId, opts.owner, leaseMs, deps.clock.now()).catch((err: unknown) => {
    opts.onClaimed?.(false);
    throw err;
  });
  opts.onClaimed?.(claim !== undefined);
  if (!claim) return 'busy';
  const started = performance.now();
  const requestsBefore = deps.graphRequests();
  let full = opts.full === true || !claim.deltaLink;
  let reason: SyncResult['reason'] = opts.full ? 'requested' : !claim.deltaLink ? 'first' : undefined;
  let round = full ? claim.round + 1 : claim.round;
  let url = full ? initialDeltaUrl() : claim.deltaLink!;
  const totals = { pages: 0, upserts: 0, removed: 0, swept: 0 };
  const ms = { graph: 0, write: 0, placements: 0 };
  const timed = async <T>(phase: keyof typeof ms, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      ms[phase] += performance.now() - t0;
    }
  };
  try {
    let deltaLink: string | undefined;
    while (!deltaLink) {
      let page: DirectoryPage;
      try {
        page = await timed('graph', () => deps.readPage(url, full));
      } catch (err) {
        if (!(err instanceof DeltaExpired) || full) throw err;
        deps.log.warn({ tenantId }, 'delta token expired: reading the directory in full');
        full = true;
        reason = 'token_expired';
        round = claim.round + 1;
        url = initialDeltaUrl();
        continue;
      }
      const applied = await timed('write', () =>
        deps.db.transaction((tx) => applyChanges(tx, tenantId, page.changes, full ? round : null)),
      );
      totals.pages += 1;
      totals.upserts += applied.upserts;
      totals.removed += applied.removed;
      const people = totals.upserts + totals.removed;
      const progress = { pages: totals.pages, people, mode: full ? ('full' as const) : ('incremental' as const) };
      if (!(await heartbeat(deps.db, tenantId, opts.owner, leaseMs, progress))) {
        throw new Error('The sync lease was lost to another process; stopping this run.');
      }
      deltaLink = page.deltaLink;
      if (!deltaLink) {
        if (!page.nextLink) throw new Error('A delta page had neither a nextLink nor a deltaLink.');
        url = page.nextLink;
      }
    }
    if (full) {
      totals.swept = await timed('write', () => deps.db.transaction((tx) => sweepUnseen(tx, tenantId, round)));
    }
    const { people, levelsChanged } = await timed('placements', () =>
      recomputePlacements(deps.db, tenantId, utcToday(deps.clock)),
    );
    const result: SyncResult = {
      mode: full ? 'full' : 'incremental',
      ...(full && reason ? { reason } : {}),
      ...totals,
      levelsChanged,
      people,
      graphRequests: deps.graphRequests() - requestsBefore,
      durationMs: Math.round(performance.now() - started),
      phasesMs: { graph: Math.round(ms.graph), write: Math.round(ms.write), placements: Math.round(ms.placements) },
    };
    await deps.afterSync?.(tenantId);
    await finishSync(deps.db, tenantId, opts.owner, deltaLink, round, result, deps.clock.now());
    deps.log.info({ tenantId, ...result }, 'org sync finished');
    return result;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await failSync(deps.db, tenantId, opts.owner, message, deps.clock.now()).catch(() => undefined);
    throw err;
  }
}

/** Recomputes everyone's placement from the stored copy and writes back what changed. */
export async function recomputePlacements(
  db: Db,
  tenantId: string,
  today: string,
): Promise<{ people: number; levelsChanged: number }> {
  const org = await loadOrg(db, tenantId);
  const computed = placements(org, await loadTitleRules(db, tenantId), today);
  const levelsChanged = await savePlacements(db, tenantId, computed, await loadPlacements(db, tenantId));
  return { people: org.length, levelsChanged };
}

/** Every person's depth, organisation size and seniority, from the whole tenant at once. */
export function placements(
  org: readonly OrgPerson[],
  titleRules: readonly TitleRule[],
  today: string,
): PersonPlacement[] {
  const index = buildOrgIndex(org);
  const depth = depths(index);
  const size = orgSizes(index);
  const seniority: Map<string, Seniority> = seniorityOf(index, { today, titleRules });
  return org.map((p) => ({
    id: p.id,
    depth: depth.get(p.id) ?? 0,
    orgSize: size.get(p.id) ?? 0,
    seniority: seniority.get(p.id)!,
  }));
}
