import type { Queryable } from '../../db/db.js';
import type { DirectoryChange, DirectoryPerson } from '../../graph/directory.js';

// The people table as org sync writes it: the directory's own fields, copied page by page.
// Every statement names its tenant.

const COLUMNS = [
  'user_principal_name',
  'mail',
  'display_name',
  'given_name',
  'surname',
  'job_title',
  'department',
  'office_location',
  'city',
  'country',
  'preferred_language',
] as const;

const FIELDS: Record<(typeof COLUMNS)[number], keyof DirectoryPerson> = {
  user_principal_name: 'userPrincipalName',
  mail: 'mail',
  display_name: 'displayName',
  given_name: 'givenName',
  surname: 'surname',
  job_title: 'jobTitle',
  department: 'department',
  office_location: 'officeLocation',
  city: 'city',
  country: 'country',
  preferred_language: 'preferredLanguage',
};

/**
 * Applies one delta page: upserts in one statement over unnest'ed arrays, removals in another.
 * `round` marks everyone seen in a full round, so the people not seen can be swept at its end.
 */
export async function applyChanges(
  tx: Queryable,
  tenantId: string,
  changes: readonly DirectoryChange[],
  round: number | null,
): Promise<{ upserts: number; removed: number }> {
  // The same person may appear twice in a page (FACTS 1.3); the last word wins.
  const latest = new Map<string, DirectoryChange>();
  for (const c of changes) latest.set(c.kind === 'upsert' ? c.person.id : c.id, c);
  const upserts = [...latest.values()].flatMap((c) => (c.kind === 'upsert' ? [c.person] : []));
  const removed = [...latest.values()].flatMap((c) => (c.kind === 'removed' ? [c.id] : []));

  if (upserts.length > 0) {
    const n = COLUMNS.length + 3;
    await tx.query(
      `INSERT INTO people (tenant_id, id, ${COLUMNS.join(', ')}, hire_date, employee_type, account_enabled,
                           sync_round, removed_at, updated_at)
       SELECT $1, x.id, ${COLUMNS.map((c) => `x.${c}`).join(', ')}, x.hire_date, x.employee_type, x.account_enabled,
              COALESCE($${n + 3}::bigint, 0), NULL, now()
       FROM unnest($2::uuid[], ${COLUMNS.map((_, i) => `$${i + 3}::text[]`).join(', ')},
                   $${n}::date[], $${n + 1}::text[], $${n + 2}::boolean[])
         AS x(id, ${COLUMNS.join(', ')}, hire_date, employee_type, account_enabled)
       ON CONFLICT (tenant_id, id) DO UPDATE SET
         ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
         hire_date = EXCLUDED.hire_date, employee_type = EXCLUDED.employee_type,
         account_enabled = EXCLUDED.account_enabled,
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
    await tx.query(
      `UPDATE people SET removed_at = now(), updated_at = now()
       WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL`,
      [tenantId, removed],
    );
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
