import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { DbClosedError } from '../../server/db/db.js';
import { openDb, registerDb } from '../../server/db/plugin.js';
import { createTestDb } from '../helpers/db.js';
import { migrations } from '../../server/db/migrations/index.js';

describe('db plugin', () => {
  it('registerDb exposes the database as app.db and closes it with the app', async () => {
    const db = await createTestDb();
    const app = Fastify();
    registerDb(app, db);
    app.get('/count', async () => (await app.db.query<{ n: number }>('SELECT count(*) AS n FROM tenants'))[0]);

    expect((await app.inject('/count')).json()).toEqual({ n: 0 });
    await app.close();
    await expect(db.query('SELECT 1')).rejects.toBeInstanceOf(DbClosedError);
  });

  it('an onClose hook added after registerDb still reaches the database', async () => {
    const db = await createTestDb();
    const app = Fastify();
    registerDb(app, db);
    let seen: unknown;
    // Stands for a job worker that drains in onClose: it must run before the database closes.
    app.addHook('onClose', async () => {
      seen = await app.db.query('SELECT 1 AS one');
    });
    await app.ready();
    await app.close();
    expect(seen).toEqual([{ one: 1 }]);
  });

  it('openDb without a database URL opens PGlite with the schema applied', async () => {
    const db = await openDb({
      onError: (err) => {
        throw err;
      },
    });
    try {
      expect(db.kind).toBe('pglite');
      expect(await db.query('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
        migrations.map((m) => ({ version: m.version })),
      );
    } finally {
      await db.close();
    }
  });
});
