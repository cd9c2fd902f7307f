import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DbClosedError } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { openPglite } from '../../server/db/pglite.js';
import { createTestDb } from '../helpers/db.js';

describe('lifecycle', () => {
  it('a PGlite data directory keeps its data across close and reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-pglite-'));
    try {
      const first = await openPglite(dir);
      await migrate(first);
      await first.query(`INSERT INTO tenants (tenant_id, display_name) VALUES (gen_random_uuid(), 'Contoso')`);
      await first.close();

      const again = await openPglite(dir);
      try {
        expect(await migrate(again)).toEqual([]);
        expect(await again.query('SELECT display_name FROM tenants')).toEqual([{ display_name: 'Contoso' }]);
      } finally {
        await again.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('close is idempotent', async () => {
    const db = await createTestDb();
    await Promise.all([db.close(), db.close()]);
    await expect(db.close()).resolves.toBeUndefined();
  });

  it('work started before close finishes, work after close is refused', async () => {
    const db = await createTestDb();
    const before = db.query('SELECT 1 AS one');
    const closed = db.close();
    await expect(before).resolves.toEqual([{ one: 1 }]);
    await closed;
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DbClosedError);
  });
});
