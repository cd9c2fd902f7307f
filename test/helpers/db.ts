import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { wrapPglite } from '../../server/db/pglite.js';
import { openPostgres } from '../../server/db/postgres.js';

export interface TestDbOptions {
  /** Apply the migrations (default). Off for tests of the migrator itself. */
  migrate?: boolean;
}

/**
 * A fresh, empty database of its own. With DATABASE_URL set: a new database on that server,
 * dropped on close. Otherwise an in-memory PGlite.
 */
export async function createTestDb({ migrate: migrated = true }: TestDbOptions = {}): Promise<Db & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresTestDb(url, migrated);
  return createPglite(migrated);
}

// A fresh PGlite takes 2-4 s to start, loading a dump about 0.8 s: the first database of each
// kind in a test file is dumped once it is ready, later ones load that dump.
const dumps = new Map<boolean, Promise<Blob>>();

async function createPglite(migrated: boolean): Promise<Db> {
  const cached = dumps.get(migrated);
  if (cached) return wrapPglite(await PGlite.create({ loadDataDir: await cached }));
  const pglite = await PGlite.create();
  const db = wrapPglite(pglite);
  // Nothing else holds `db` yet, so reading the instance directly cannot race a query.
  const dump = (migrated ? migrate(db) : Promise.resolve()).then(() => pglite.dumpDataDir('none'));
  dumps.set(migrated, dump);
  try {
    await dump;
  } catch (err) {
    dumps.delete(migrated);
    await db.close();
    throw err;
  }
  return db;
}

async function createPostgresTestDb(serverUrl: string, migrated: boolean): Promise<Db & { url: string }> {
  const name = `tandem_t_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE ${name}`);
  const drop = (): Promise<void> => runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Db;
  try {
    db = await openPostgres(url.toString(), {
      onError: (err) => console.error(`pool error on test database ${name}`, err),
    });
  } catch (err) {
    await drop();
    throw err;
  }
  try {
    if (migrated) await migrate(db);
  } catch (err) {
    await db.close();
    await drop();
    throw err;
  }
  let closing: Promise<void> | undefined;
  return { ...db, url: url.toString(), close: () => (closing ??= db.close().then(drop)) };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
