import type { Queryable } from '../../db/db.js';
import { MIN_GROUP_FLOOR } from '../privacy.js';

/** The tenant's smallest group a figure may describe; never under the floor, whatever is stored. */
export async function minGroupSize(q: Queryable, tenantId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(`SELECT min_group_size AS n FROM tenants WHERE tenant_id = $1`, [tenantId]);
  return Math.max(MIN_GROUP_FLOOR, rows[0]?.n ?? MIN_GROUP_FLOOR);
}
