import type { Db } from './db.js';
import { migrations as all, type Migration } from './migrations/index.js';

export interface AppliedMigration {
  version: number;
  name: string;
}

// Fixed key for pg_advisory_xact_lock: every process migrating the same database queues on it.
const MIGRATION_LOCK = 7_266_617_001;

/**
 * Applies the pending migrations in order, each in its own transaction together with its
 * schema_migrations row, and returns those it applied. Safe when several processes start at
 * once against one database: each transaction first takes an advisory lock and then re-reads
 * what is applied, so a migration another process applied meanwhile is skipped.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = all): Promise<AppliedMigration[]> {
  assertAscending(migrations);
  // CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin (duplicate pg_type key),
  // so it is created under the lock too.
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version int PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  });

  const applied: AppliedMigration[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (found.length > 0) return false;
      try {
        await tx.exec(m.sql);
      } catch (err) {
        throw new Error(`migration ${m.version} (${m.name}) failed`, { cause: err });
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push({ version: m.version, name: m.name });
  }
  return applied;
}

function assertAscending(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (!Number.isInteger(m.version) || (previous && m.version <= previous.version)) {
      throw new Error(`migrations out of order at version ${m.version} (${m.name})`);
    }
  });
}
