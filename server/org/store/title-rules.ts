import type { Queryable } from '../../db/db.js';
import type { TitleRule } from '../model.js';

// The title_rules table: a tenant's own title vocabulary.

export async function loadTitleRules(db: Queryable, tenantId: string): Promise<TitleRule[]> {
  return db.query<TitleRule>(`SELECT phrase, level FROM title_rules WHERE tenant_id = $1 ORDER BY phrase`, [tenantId]);
}

/** Replaces a tenant's title rules. */
export async function replaceTitleRules(tx: Queryable, tenantId: string, rules: readonly TitleRule[]): Promise<void> {
  await tx.query(`DELETE FROM title_rules WHERE tenant_id = $1`, [tenantId]);
  if (rules.length > 0) {
    await tx.query(
      `INSERT INTO title_rules (tenant_id, phrase, level)
       SELECT $1, x.phrase, x.level FROM unnest($2::text[], $3::int[]) AS x(phrase, level)`,
      [tenantId, rules.map((r) => r.phrase), rules.map((r) => r.level)],
    );
  }
}
