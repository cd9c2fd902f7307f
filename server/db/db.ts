/**
 * The storage layer: PostgreSQL everywhere, embedded PGlite by default, a PostgreSQL server when
 * a connection string is given. What callers can rely on, on both backends:
 *
 * - `db.transaction(fn)` runs `fn` in one transaction that no other caller's statements can join
 *   (PGlite is a single session, so its transactions and plain queries queue behind one lock).
 *   It commits when `fn` resolves; when `fn` throws it rolls back and re-throws the same error.
 *   A transaction in which a statement failed and `fn` swallowed the error does not commit: the
 *   call throws (PGlite already does this; plain PostgreSQL would silently roll back).
 * - Inside `fn`, use only `tx`. Calling `db.query`, `db.exec` or `db.transaction` from inside
 *   `fn` throws at once: on PGlite it would wait for the lock `fn` holds (a deadlock), and on
 *   PostgreSQL it would run outside the transaction on a second pooled connection. There are no
 *   nested transactions or savepoints. `tx` refuses to run once its transaction has ended.
 * - `query` runs exactly one statement with `$1` parameters; `exec` runs several statements
 *   without parameters and returns the rows of the last one (pg-boss's `executeSql` needs this:
 *   `values?.length ? query(text, values) : exec(text)`).
 * - Values read back the same way: int8 (`count(*)`) as a number, or a bigint beyond 2^53;
 *   numeric as a string; date as 'YYYY-MM-DD'; timestamptz as a Date; json as parsed values. Errors from the database
 *   carry the SQLSTATE in `code` (e.g. '23505' for a unique violation).
 * - Every table of ours carries `tenant_id uuid not null` (bookkeeping tables excepted); a test
 *   enforces it for every migration.
 * - `close()` waits for queued work, is idempotent, and later calls reject.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  exec<R = Record<string, unknown>>(sql: string): Promise<R[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Marks the async context of a transaction callback, so that reaching for the outer `db` from
// inside it fails loudly instead of deadlocking (PGlite) or escaping the transaction (pg).
const transactionScope = new AsyncLocalStorage<{ db: object; open: boolean }>();

export function assertNotInTransaction(db: object, method: string): void {
  const scope = transactionScope.getStore();
  if (scope?.db === db && scope.open) {
    throw new Error(`db.${method}() called inside db.transaction(); use the tx argument instead`);
  }
}

export async function runInTransactionScope<T>(db: object, fn: () => Promise<T>): Promise<T> {
  const scope = { db, open: true };
  try {
    return await transactionScope.run(scope, fn);
  } finally {
    // Work the callback left running (an un-awaited promise) may use `db` once we are done.
    scope.open = false;
  }
}

/** A transaction handle that refuses to run once its transaction has ended. */
export function transactionHandle(run: Queryable): Queryable & { end(): void } {
  let ended = false;
  const check = (): void => {
    if (ended) throw new Error('transaction already ended; this tx handle can no longer be used');
  };
  return {
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      check();
      return run.query<R>(sql, params);
    },
    exec: async <R>(sql: string) => {
      check();
      return run.exec<R>(sql);
    },
    end: () => void (ended = true),
  };
}

export class DbClosedError extends Error {
  constructor() {
    super('database is closed');
    this.name = 'DbClosedError';
  }
}

/** Resolves when the database answers a trivial query (health checks). */
export function ping(db: Queryable): Promise<unknown> {
  return db.query('SELECT 1');
}
