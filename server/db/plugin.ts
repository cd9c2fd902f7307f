import type { FastifyInstance } from 'fastify';
import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface OpenDbOptions {
  /** A PostgreSQL connection string; absent means embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data folder; absent means in memory (tests). Ignored with databaseUrl. */
  dataDir?: string;
  /** Where errors nobody awaits go (PostgreSQL only), e.g. `(err) => log.error({ err })`. */
  onError: (err: Error) => void;
}

/** Opens the database the configuration names and brings its schema up to date. */
export async function openDb({ databaseUrl, dataDir, onError }: OpenDbOptions): Promise<Db> {
  const db = databaseUrl ? await openPostgres(databaseUrl, { onError }) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

/**
 * Hands `db` to the app: decorates `app.db` and closes it when the app closes. Call it on the
 * root instance (not inside `app.register`) so every plugin sees the decorator. Fastify runs
 * onClose hooks last-added first, so services registered after this (job workers) stop before
 * the database closes.
 */
export function registerDb(app: FastifyInstance, db: Db): void {
  app.decorate('db', db);
  app.addHook('onClose', () => db.close());
}
