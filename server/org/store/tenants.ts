import type { Queryable } from '../../db/db.js';

// The tenants table: every tenant that has used Tandem.

/** Every tenant that has used Tandem (for a multi-tenant installation's org sync). */
export async function listTenants(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ tenant_id: string }>('SELECT tenant_id FROM tenants ORDER BY tenant_id');
  return rows.map((r) => r.tenant_id);
}

/** Records that the tenant uses Tandem (its first person's first request); nothing when it already is. */
export async function ensureTenant(db: Queryable, tenantId: string): Promise<void> {
  await db.query(`INSERT INTO tenants (tenant_id) VALUES ($1) ON CONFLICT DO NOTHING`, [tenantId]);
}
