import { mkdirSync } from 'node:fs';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import {
  DbClosedError,
  assertNotInTransaction,
  runInTransactionScope,
  transactionHandle,
  type Db,
  type Queryable,
} from './db.js';

/**
 * Opens embedded PostgreSQL. `dataDir` is a folder that keeps the data across restarts;
 * undefined keeps it in memory. One PGlite instance per folder: it is a single session.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  // PGlite creates the last folder of the path only; a fresh clone has none of them.
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  return wrapPglite(await PGlite.create(dataDir === undefined ? {} : { dataDir }));
}

/**
 * A Db over an open PGlite instance, which it then owns (and closes). Nothing else may use
 * `pg` directly. Tests use it with `loadDataDir` or `clone()`, which start faster than a new one.
 */
export function wrapPglite(pg: PGlite): Db {
  // PGlite is one session: a query from one request sent while another request's transaction
  // is open would run inside that transaction (the kysely-pglite trap). So every statement
  // outside a transaction, and every transaction as a whole, runs in turn behind this lock.
  // PGlite 0.5 also locks query() against transaction(); ours does not depend on that.
  let tail: Promise<unknown> = Promise.resolve();
  const serialize = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn);
    tail = run.then(noop, noop);
    return run;
  };

  let closing: Promise<void> | undefined;
  const guard = (method: string): void => {
    if (closing) throw new DbClosedError();
    assertNotInTransaction(db, method);
  };

  const db: Db = {
    kind: 'pglite',
    async query<R>(sql: string, params?: readonly unknown[]) {
      guard('query');
      return serialize(async () => (await pg.query<R>(sql, params as unknown[], options)).rows);
    },
    async exec<R>(sql: string) {
      guard('exec');
      return serialize(async () => lastRows<R>(await pg.exec(sql, options)));
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      guard('transaction');
      return serialize(() =>
        pg.transaction(async (ptx) => {
          const tx = transactionHandle(wrap(ptx));
          try {
            return await runInTransactionScope(db, () => fn(tx));
          } finally {
            tx.end();
          }
        }),
      );
    },
    close() {
      // Queued work finishes first; a second close() gets the same promise.
      closing ??= serialize(() => pg.close());
      return closing;
    },
  };
  return db;
}

function wrap(ptx: Transaction): Queryable {
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) =>
      (await ptx.query<R>(sql, params as unknown[], options)).rows,
    exec: async <R>(sql: string) => lastRows<R>(await ptx.exec(sql, options)),
  };
}

// date as 'YYYY-MM-DD', as postgres.ts reads it: PGlite makes a Date at UTC midnight, which
// shows the previous day west of Greenwich (and pg's Date is local midnight).
const DATE = 1082;
const options: QueryOptions = { parsers: { [DATE]: (value: string) => value } };

function lastRows<R>(results: { rows: unknown[] }[]): R[] {
  return (results.at(-1)?.rows ?? []) as R[];
}

function noop(): void {}
