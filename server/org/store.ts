import type { Queryable } from '../db/db.js';
import type { DirectoryChange, DirectoryPerson } from '../graph/directory.js';
import type { OrgPerson, Seniority, TitleRule } from './model.js';

// Reads and writes of the organisation copy. Every statement names its tenant.

/** Every tenant that has used Tandem (for a multi-tenant installation's org sync). */
export async function listTenants(db: Queryable): Promise<string[]> {
  return (await db.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants ORDER BY tenant_id')).map((r) => r.tenant_id);
}

const COLUMNS = [
  'user_principal_name', 'mail', 'display_name', 'given_name', 'surname', 'job_title', 'department',
  'office_location', 'city', 'country', 'preferred_language',
] as const;

const FIELDS: Record<(typeof COLUMNS)[number], keyof DirectoryPerson> = {
  user_principal_name: 'userPrincipalName', mail: 'mail', display_name: 'displayName', given_name: 'givenName',
  surname: 'surname', job_title: 'jobTitle', department: 'department', office_location: 'officeLocation',
  city: 'city', country: 'country', preferred_language: 'preferredLanguage',
};

/**
 * Applies one delta page: upserts in one statement over unnest'ed arrays, removals in another.
 * `round` marks everyone seen in a full round, so the people not seen can be swept at its end.
 */
export async function applyChanges(tx: Queryable, tenantId: string, changes: readonly DirectoryChange[], round: number | null): Promise<{ upserts: number; removed: number }> {
  // The same person may appear twice in a page (FACTS 1.3); the last word wins.
  const latest = new Map<string, DirectoryChange>();
  for (const c of changes) latest.set(c.kind === 'upsert' ? c.person.id : c.id, c);
  const upserts = [...latest.values()].flatMap((c) => (c.kind === 'upsert' ? [c.person] : []));
  const removed = [...latest.values()].flatMap((c) => (c.kind === 'removed' ? [c.id] : []));

  if (upserts.length > 0) {
    const n = COLUMNS.length + 3;
    await tx.query(
      `INSERT INTO people (tenant_id, id, ${COLUMNS.join(', ')}, hire_date, employee_type, account_enabled, sync_round, removed_at, updated_at)
       SELECT $1, x.id, ${COLUMNS.map((c) => `x.${c}`).join(', ')}, x.hire_date, x.employee_type, x.account_enabled, COALESCE($${n + 3}::bigint, 0), NULL, now()
       FROM unnest($2::uuid[], ${COLUMNS.map((_, i) => `$${i + 3}::text[]`).join(', ')}, $${n}::date[], $${n + 1}::text[], $${n + 2}::boolean[])
         AS x(id, ${COLUMNS.join(', ')}, hire_date, employee_type, account_enabled)
       ON CONFLICT (tenant_id, id) DO UPDATE SET
         ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
         hire_date = EXCLUDED.hire_date, employee_type = EXCLUDED.employee_type, account_enabled = EXCLUDED.account_enabled,
         sync_round = COALESCE($${n + 3}::bigint, people.sync_round), removed_at = NULL, updated_at = now()`,
      [
        tenantId,
        upserts.map((p) => p.id),
        ...COLUMNS.map((c) => upserts.map((p) => p[FIELDS[c]] as string | null)),
        upserts.map((p) => p.hireDate),
        upserts.map((p) => p.employeeType),
        upserts.map((p) => p.accountEnabled),
        round,
      ],
    );
    // Only where the page said who the manager is; elsewhere the one we have stands.
    const known = upserts.filter((p) => p.managerId !== undefined);
    if (known.length > 0) {
      await tx.query(
        `UPDATE people p SET manager_id = x.manager_id FROM unnest($2::uuid[], $3::uuid[]) AS x(id, manager_id)
         WHERE p.tenant_id = $1 AND p.id = x.id AND p.manager_id IS DISTINCT FROM x.manager_id`,
        [tenantId, known.map((p) => p.id), known.map((p) => p.managerId ?? null)],
      );
    }
  }
  if (removed.length > 0) {
    await tx.query(`UPDATE people SET removed_at = now(), updated_at = now() WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL`, [tenantId, removed]);
  }
  return { upserts: upserts.length, removed: removed.length };
}

/** After a full round: whoever was not seen in it has left (a resync finds no @removed for them). */
export async function sweepUnseen(tx: Queryable, tenantId: string, round: number): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    `WITH gone AS (UPDATE people SET removed_at = now(), updated_at = now()
                   WHERE tenant_id = $1 AND removed_at IS NULL AND sync_round <> $2 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [tenantId, round],
  );
  return rows[0]?.n ?? 0;
}

export async function loadOrg(db: Queryable, tenantId: string): Promise<OrgPerson[]> {
  const rows = await db.query<{ id: string; manager_id: string | null; display_name: string | null; job_title: string | null; department: string | null; office_location: string | null; hire_date: string | null }>(
    `SELECT id, manager_id, display_name, job_title, department, office_location, hire_date
     FROM people WHERE tenant_id = $1 AND removed_at IS NULL`,
    [tenantId],
  );
  return rows.map((r) => ({ id: r.id, managerId: r.manager_id, displayName: r.display_name ?? '', jobTitle: r.job_title, department: r.department, officeLocation: r.office_location, hireDate: r.hire_date }));
}

export async function loadTitleRules(db: Queryable, tenantId: string): Promise<TitleRule[]> {
  return db.query<TitleRule>(`SELECT phrase, level FROM title_rules WHERE tenant_id = $1 ORDER BY phrase`, [tenantId]);
}

/** Replaces a tenant's title rules. */
export async function replaceTitleRules(tx: Queryable, tenantId: string, rules: readonly TitleRule[]): Promise<void> {
  await tx.query(`DELETE FROM title_rules WHERE tenant_id = $1`, [tenantId]);
  if (rules.length > 0) {
    await tx.query(`INSERT INTO title_rules (tenant_id, phrase, level) SELECT $1, x.phrase, x.level FROM unnest($2::text[], $3::int[]) AS x(phrase, level)`, [
      tenantId,
      rules.map((r) => r.phrase),
      rules.map((r) => r.level),
    ]);
  }
}

export interface Placement {
  id: string;
  depth: number;
  orgSize: number;
  seniority: Seniority;
}

/** What is stored now, to write back only what a recomputation changed. */
export async function loadPlacements(db: Queryable, tenantId: string): Promise<Map<string, Omit<Placement, 'id'>>> {
  const rows = await db.query<{ id: string; depth: number | null; org_size: number | null; level: number | null; level_reasons: Seniority['reasons'] | null }>(
    `SELECT id, depth, org_size, level, level_reasons FROM people WHERE tenant_id = $1 AND removed_at IS NULL AND level IS NOT NULL`,
    [tenantId],
  );
  return new Map(rows.map((r) => [r.id, { depth: r.depth ?? -1, orgSize: r.org_size ?? -1, seniority: { level: r.level!, reasons: r.level_reasons ?? [] } }]));
}

/** Writes the placements that differ from `stored`, in chunks; returns how many changed. */
export async function savePlacements(db: Queryable, tenantId: string, placements: readonly Placement[], stored: ReadonlyMap<string, Omit<Placement, 'id'>> = new Map()): Promise<number> {
  const changedOnes = placements.filter((p) => {
    const s = stored.get(p.id);
    return !s || s.depth !== p.depth || s.orgSize !== p.orgSize || s.seniority.level !== p.seniority.level || !sameJson(s.seniority.reasons, p.seniority.reasons);
  });
  let changed = 0;
  for (let i = 0; i < changedOnes.length; i += 5000) {
    const chunk = changedOnes.slice(i, i + 5000);
    const rows = await db.query<{ n: number }>(
      `WITH upd AS (
         UPDATE people p SET depth = x.depth, org_size = x.org_size, level = x.level, level_reasons = x.reasons::jsonb
         FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[]) AS x(id, depth, org_size, level, reasons)
         WHERE p.tenant_id = $1 AND p.id = x.id
           AND (p.depth IS DISTINCT FROM x.depth OR p.org_size IS DISTINCT FROM x.org_size OR p.level IS DISTINCT FROM x.level
                OR p.level_reasons IS DISTINCT FROM x.reasons::jsonb)
         RETURNING 1)
       SELECT count(*)::int AS n FROM upd`,
      [tenantId, chunk.map((p) => p.id), chunk.map((p) => p.depth), chunk.map((p) => p.orgSize), chunk.map((p) => p.seniority.level), chunk.map((p) => JSON.stringify(p.seniority.reasons))],
    );
    changed += rows[0]?.n ?? 0;
  }
  return changed;
}

/** Deep equality of JSON values, blind to key order (jsonb reorders keys). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
