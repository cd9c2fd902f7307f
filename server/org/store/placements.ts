import type { Queryable } from '../../db/db.js';
import type { OrgPerson, Seniority } from '../model.js';

// The organisation as the org maths reads it from the people table, and the placements (depth,
// organisation size, seniority) it writes back. Every statement names its tenant.

/** Where the org maths places a person. */
export interface PersonPlacement {
  id: string;
  depth: number;
  orgSize: number;
  seniority: Seniority;
}

interface OrgRow {
  id: string;
  manager_id: string | null;
  display_name: string | null;
  job_title: string | null;
  department: string | null;
  office_location: string | null;
  hire_date: string | null;
}

/** The tenant's current people, as the org maths takes them. */
export async function loadOrg(db: Queryable, tenantId: string): Promise<OrgPerson[]> {
  const rows = await db.query<OrgRow>(
    `SELECT id, manager_id, display_name, job_title, department, office_location, hire_date
     FROM people WHERE tenant_id = $1 AND removed_at IS NULL`,
    [tenantId],
  );
  return rows.map((r) => ({
    id: r.id,
    managerId: r.manager_id,
    displayName: r.display_name ?? '',
    jobTitle: r.job_title,
    department: r.department,
    officeLocation: r.office_location,
    hireDate: r.hire_date,
  }));
}

/** What is stored now, to write back only what a recomputation changed. */
export async function loadPlacements(
  db: Queryable,
  tenantId: string,
): Promise<Map<string, Omit<PersonPlacement, 'id'>>> {
  const rows = await db.query<{
    id: string;
    depth: number | null;
    org_size: number | null;
    level: number | null;
    level_reasons: Seniority['reasons'] | null;
  }>(
    `SELECT id, depth, org_size, level, level_reasons FROM people
     WHERE tenant_id = $1 AND removed_at IS NULL AND level IS NOT NULL`,
    [tenantId],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        depth: r.depth ?? -1,
        orgSize: r.org_size ?? -1,
        seniority: { level: r.level!, reasons: r.level_reasons ?? [] },
      },
    ]),
  );
}

/** Writes the placements that differ from `stored`, in chunks; returns how many changed. */
export async function savePlacements(
  db: Queryable,
  tenantId: string,
  placements: readonly PersonPlacement[],
  stored: ReadonlyMap<string, Omit<PersonPlacement, 'id'>> = new Map(),
): Promise<number> {
  const changedOnes = placements.filter((p) => {
    const s = stored.get(p.id);
    return (
      !s ||
      s.depth !== p.depth ||
      s.orgSize !== p.orgSize ||
      s.seniority.level !== p.seniority.level ||
      !sameJson(s.seniority.reasons, p.seniority.reasons)
    );
  });
  let changed = 0;
  for (let i = 0; i < changedOnes.length; i += 5000) {
    const chunk = changedOnes.slice(i, i + 5000);
    const rows = await db.query<{ n: number }>(
      `WITH upd AS (
         UPDATE people p SET depth = x.depth, org_size = x.org_size, level = x.level, level_reasons = x.reasons::jsonb
         FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[]) AS x(id, depth, org_size, level, reasons)
         WHERE p.tenant_id = $1 AND p.id = x.id
           AND (p.depth IS DISTINCT FROM x.depth OR p.org_size IS DISTINCT FROM x.org_size
                OR p.level IS DISTINCT FROM x.level OR p.level_reasons IS DISTINCT FROM x.reasons::jsonb)
         RETURNING 1)
       SELECT count(*)::int AS n FROM upd`,
      [
        tenantId,
        chunk.map((p) => p.id),
        chunk.map((p) => p.depth),
        chunk.map((p) => p.orgSize),
        chunk.map((p) => p.seniority.level),
        chunk.map((p) => JSON.stringify(p.seniority.reasons)),
      ],
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
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
