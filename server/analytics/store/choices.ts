import type { Queryable } from '../../db/db.js';
import type { OutcomesChoices } from '../schemas.js';

/**
 * The filters' choices: the tenant's programmes, and the offices and departments of people in the
 * directory. Names of groups, not figures: HR reads the same in the directory itself.
 */
export async function outcomesChoices(q: Queryable, tenantId: string): Promise<OutcomesChoices> {
  // One after the other: `q` may be a transaction, one connection.
  const programmes = await q.query<{ id: string; names: { en: string; it: string } }>(
    `SELECT id, names FROM programmes WHERE tenant_id = $1 ORDER BY created_at, id`,
    [tenantId],
  );
  const groups = await q.query<{ offices: string[] | null; departments: string[] | null }>(
    `SELECT (SELECT array_agg(DISTINCT office_location ORDER BY office_location) FROM people
               WHERE tenant_id = $1 AND removed_at IS NULL AND office_location IS NOT NULL) AS offices,
              (SELECT array_agg(DISTINCT department ORDER BY department) FROM people
               WHERE tenant_id = $1 AND removed_at IS NULL AND department IS NOT NULL) AS departments`,
    [tenantId],
  );
  return {
    programmes: programmes.map((p) => ({ id: p.id, names: { en: p.names.en ?? p.id, it: p.names.it ?? p.id } })),
    offices: groups[0]?.offices ?? [],
    departments: groups[0]?.departments ?? [],
  };
}
