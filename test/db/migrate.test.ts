import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { migrations, type Migration } from '../../server/db/migrations/index.js';
import { createTestDb } from '../helpers/db.js';

// Not idempotent on purpose: applying any of them twice fails.
const three: Migration[] = [1, 2, 3].map((version) => ({
  version,
  name: `table ${version}`,
  sql: `CREATE TABLE m${version} (tenant_id uuid NOT NULL); INSERT INTO m${version} VALUES (gen_random_uuid());`,
}));

describe('migrate', () => {
  let db: Db | undefined;
  afterEach(() => db?.close());

  it('applies every migration once and nothing on a second run', async () => {
    db = await createTestDb({ migrate: false });
    const first = await migrate(db);
    const second = await migrate(db);
    expect(first).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    expect(second).toEqual([]);
    const recorded = await db.query('SELECT version FROM schema_migrations ORDER BY version');
    expect(recorded).toEqual(migrations.map(({ version }) => ({ version })));
  });

  it('two migrators started at once apply each migration once', async () => {
    db = await createTestDb({ migrate: false });
    // On PostgreSQL the two run on two pooled connections: two sessions, as two processes would.
    const [a, b] = await Promise.all([migrate(db, three), migrate(db, three)]);
    expect([...a, ...b].map((m) => m.version).sort()).toEqual([1, 2, 3]);
    const counts = await db.query(
      'SELECT (SELECT count(*) FROM m1) + (SELECT count(*) FROM m2) + (SELECT count(*) FROM m3) AS n',
    );
    expect(counts).toEqual([{ n: 3 }]);
  });

  it('a failing migration rolls back entirely and names itself', async () => {
    db = await createTestDb({ migrate: false });
    const broken = { version: 2, name: 'broken', sql: 'CREATE TABLE half (tenant_id uuid NOT NULL); SELECT 1/0;' };
    await expect(migrate(db, [three[0]!, broken])).rejects.toThrow('migration 2 (broken) failed');
    expect(await db.query(`SELECT to_regclass('half') AS t`)).toEqual([{ t: null }]);
    expect(await db.query('SELECT version FROM schema_migrations')).toEqual([{ version: 1 }]);
  });

  it('refuses migrations listed out of order', async () => {
    db = await createTestDb({ migrate: false });
    await expect(migrate(db, [three[1]!, three[0]!])).rejects.toThrow(/out of order/);
  });

  it('every table the migrations create carries a non-null uuid tenant_id', async () => {
    db = await createTestDb();
    const missing = await db.query(`
      SELECT t.table_name FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND t.table_name <> 'schema_migrations'
        AND NOT EXISTS (
          SELECT 1 FROM information_schema.columns c
          WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
            AND c.column_name = 'tenant_id' AND c.data_type = 'uuid' AND c.is_nullable = 'NO')`);
    expect(missing).toEqual([]);
  });
});
