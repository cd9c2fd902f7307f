import pg from 'pg';
import {
  DbClosedError,
  assertNotInTransaction,
  runInTransactionScope,
  transactionHandle,
  type Db,
  type Queryable,
} from './db.js';

export interface PostgresOptions {
  /** Errors no caller is waiting for, e.g. the server dropped an idle connection. */
  onError: (err: Error) => void;
  /** Pool size; pg's default is 10. */
  max?: number;
}

/** Opens a pool on a PostgreSQL server and checks that it answers. */
export async function openPostgres(connectionString: string, { onError, max = 10 }: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max, types: { getTypeParser } });
  // Without a listener, an idle client's error would crash the process (EventEmitter 'error').
  pool.on('error', (err) => onError(err));

  let closing: Promise<void> | undefined;
  const guard = (method: string): void => {
    if (closing) throw new DbClosedError();
    assertNotInTransaction(db, method);
  };
  // pg-pool 3.14 strands a request queued in the same tick as end(): it never settles. So
  // close() first waits for everything already started.
  const inflight = new Set<Promise<unknown>>();
  const programmeId = <T>(work: Promise<T>): Promise<T> => {
    inflight.add(work);
    const forget = (): void => void inflight.delete(work);
    work.then(forget, forget);
    return work;
  };

  const runTransaction = async <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // A checked-out client has no pool listener: a dropped connection mid-transaction would
    // otherwise be an unhandled 'error' event.
    let broken: Error | undefined;
    const onClientError = (err: Error): void => {
      broken = err;
      onError(err);
    };
    client.on('error', onClientError);
    const tx = transactionHandle({
      query: (sql, params) => queryOn(client, sql, params),
      exec: (sql) => execOn(client, sql),
    });
    try {
      await client.query('BEGIN');
      const result = await runInTransactionScope(db, () => fn(tx));
      tx.end();
      const commit = await client.query('COMMIT');
      // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK, not an error; PGlite
      // throws here, and so do we, so that a swallowed statement error cannot pass as success.
      if (commit.command === 'ROLLBACK') {
        throw new Error('transaction rolled back: a statement in it failed (COMMIT answered ROLLBACK)');
      }
      return result;
    } catch (err) {
      tx.end();
      // After a failed COMMIT this only warns "no transaction in progress", which is harmless.
      await client.query('ROLLBACK').catch((rollbackErr: Error) => {
        broken ??= rollbackErr;
      });
      throw err;
    } finally {
      client.off('error', onClientError);
      // Passing an error destroys the connection instead of returning it to the pool.
      client.release(broken);
    }
  };

  const db: Db = {
    kind: 'postgres',
    async query<R>(sql: string, params?: readonly unknown[]) {
      guard('query');
      return programmeId(queryOn<R>(pool, sql, params));
    },
    async exec<R>(sql: string) {
      guard('exec');
      return programmeId(execOn<R>(pool, sql));
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      guard('transaction');
      return programmeId(runTransaction(fn));
    },
    close() {
      closing ??= Promise.allSettled(inflight).then(() => pool.end());
      return closing;
    },
  };

  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}

type Runner = Pick<pg.Pool | pg.PoolClient, 'query'>;

async function queryOn<R>(runner: Runner, text: string, values?: readonly unknown[]): Promise<R[]> {
  // Extended protocol even without parameters, as PGlite's query() does: one statement only.
  // `queryMode` exists in pg >= 8.12 but not in @types/pg.
  const config: pg.QueryConfig & { queryMode: 'extended' } = {
    text,
    values: (values ?? []) as unknown[],
    queryMode: 'extended',
  };
  return (await runner.query(config)).rows as R[];
}

async function execOn<R>(runner: Runner, text: string): Promise<R[]> {
  // No values: the simple protocol, which runs several statements and returns one result each.
  const result = (await runner.query(text)) as pg.QueryResult | pg.QueryResult[];
  const last = Array.isArray(result) ? result.at(-1) : result;
  return (last?.rows ?? []) as R[];
}

// int8 as PGlite reads it: a number when exact, else a bigint (pg's default is a string).
const INT8 = 20;
const INT8_ARRAY = 1016;
// date as 'YYYY-MM-DD' on both backends: a calendar day has no time zone (pg's default is a
// Date at local midnight, PGlite's at UTC midnight).
const DATE = 1082;
const parseInt8 = (value: string): number | bigint => {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : BigInt(value);
};
// pg-types' TypeId enum does not list array oids, hence the wider signature.
const defaultParser = pg.types.getTypeParser as (oid: number, format?: string) => (value: string) => unknown;
const parseStringArray = defaultParser(INT8_ARRAY) as (value: string) => (string | null)[];

const getTypeParser = ((oid: number, format?: string) => {
  if (oid === INT8) return parseInt8;
  if (oid === DATE) return (value: string) => value;
  if (oid === INT8_ARRAY) {
    return (value: string) => parseStringArray(value).map((v) => (v === null ? null : parseInt8(v)));
  }
  return defaultParser(oid, format);
}) as typeof pg.types.getTypeParser;
