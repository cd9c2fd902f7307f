import type { Db, Queryable } from '../db/db.js';

// The demo's only SQL: whether a tenant has a programme yet, and wiping it for a fresh start.
// The wipe reaches every domain's tables on purpose, and finds them by their tenant_id column so
// tables added later are wiped too; what Tandem copied from the directory stays.

/** Tables that mirror Microsoft 365 (the directory copy and its sync), not the programme. */
const DIRECTORY_TABLES = new Set(['tenants', 'people', 'org_sync', 'title_rules', 'people_photos']);

/** Whether anyone of the tenant has joined a programme, asked for a pair or been in one. */
export async function hasProgramme(q: Queryable, tenantId: string): Promise<boolean> {
  const [row] = await q.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM enrolments WHERE tenant_id = $1)
         OR EXISTS (SELECT 1 FROM match_requests WHERE tenant_id = $1)
         OR EXISTS (SELECT 1 FROM pairs WHERE tenant_id = $1) AS found`,
    [tenantId],
  );
  return row?.found === true;
}

/**
 * Deletes the tenant's programme: enrolments, requests, pairs, rounds, meetings, check-ins,
 * notifications, invitations, settings; in one transaction, tables that others reference last.
 */
export async function wipeProgramme(db: Db, tenantId: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of await programmeTables(tx)) {
      await tx.query(`DELETE FROM ${quoted(table)} WHERE tenant_id = $1`, [tenantId]);
    }
  });
}

/** Tables of the public schema with a tenant_id column, referencing tables before the referenced. */
async function programmeTables(q: Queryable): Promise<string[]> {
  const tables = (
    await q.query<{ name: string }>(
      `SELECT c.table_name AS name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !DIRECTORY_TABLES.has(name));
  const refs = await q.query<{ from: string; to: string }>(
    `SELECT src.relname AS "from", dst.relname AS "to" FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  // Depth-first: a table goes after every table that references it.
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (table: string): void => {
    if (seen.has(table)) return;
    seen.add(table);
    for (const r of refs) if (r.to === table && r.from !== table && tables.includes(r.from)) visit(r.from);
    order.push(table);
  };
  for (const t of tables) visit(t);
  return order;
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;
