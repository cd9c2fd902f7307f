import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { createTestDb } from '../helpers/db.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('transactions', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('a rolled-back transaction leaves nothing while a concurrent transaction commits', async () => {
    await db.exec('CREATE TABLE trap (v text)');
    // On a single session shared without a lock (the kysely-pglite trap), the second
    // transaction's statements land inside the first: its COMMIT then keeps 'rolled back'.
    const failing = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO trap VALUES ('rolled back')`);
      await sleep(50);
      throw new Error('undo');
    });
    const committing = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO trap VALUES ('committed')`);
    });
    await expect(failing).rejects.toThrow('undo');
    await committing;
    expect(await db.query('SELECT v FROM trap')).toEqual([{ v: 'committed' }]);
  });

  it('a plain query issued while a transaction is open neither sees nor joins it', async () => {
    await db.exec('CREATE TABLE peek (v text)');
    const inserted = gate();
    const release = gate();
    const open = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO peek VALUES ('inside')`);
      inserted.open();
      await release.opened;
      throw new Error('undo');
    });
    await inserted.opened;
    // Records what it could see; had it joined the transaction, the rollback would undo it.
    const outside = db.query(`INSERT INTO peek SELECT 'outside saw ' || count(*) FROM peek`);
    await Promise.race([outside, sleep(50)]);
    release.open();
    await expect(open).rejects.toThrow('undo');
    await outside;
    expect(await db.query('SELECT v FROM peek')).toEqual([{ v: 'outside saw 0' }]);
  });

  it('an error thrown in a transaction rolls it back and is re-thrown as is', async () => {
    await db.exec('CREATE TABLE thrown (v text)');
    const error = new Error('changed my mind');
    const run = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO thrown VALUES ('x')`);
      throw error;
    });
    await expect(run).rejects.toBe(error);
    expect(await db.query('SELECT v FROM thrown')).toEqual([]);
  });

  it('a failing statement rolls the transaction back and carries its SQLSTATE code', async () => {
    await db.exec('CREATE TABLE once (v text PRIMARY KEY)');
    const run = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO once VALUES ('a')`);
      await tx.query(`INSERT INTO once VALUES ('a')`);
    });
    await expect(run).rejects.toMatchObject({ code: '23505' });
    expect(await db.query('SELECT v FROM once')).toEqual([]);
  });

  it('a transaction that swallowed a failed statement does not commit', async () => {
    await db.exec('CREATE TABLE swallowed (v text)');
    const run = db.transaction(async (tx) => {
      await tx.query(`INSERT INTO swallowed VALUES ('x')`);
      await tx.query('SELECT 1/0').catch(() => undefined);
    });
    await expect(run).rejects.toThrow();
    expect(await db.query('SELECT v FROM swallowed')).toEqual([]);
  });

  it('concurrent increments inside transactions lose no update', async () => {
    await db.exec('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)');
    const increment = (): Promise<void> =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<{ n: number }>('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
        await sleep(1); // read, then write later: where lost updates happen
        await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [row!.n + 1]);
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect(await db.query('SELECT n FROM counter')).toEqual([{ n: 20 }]);
  });

  it('the outer db refuses work from inside a transaction callback instead of deadlocking', async () => {
    const run = (use: (outer: Db) => Promise<unknown>): Promise<unknown> => db.transaction(() => use(db));
    await expect(run((outer) => outer.transaction(async () => 1))).rejects.toThrow(/use the tx argument/);
    await expect(run((outer) => outer.query('SELECT 1'))).rejects.toThrow(/use the tx argument/);
    await expect(run((outer) => outer.exec('SELECT 1'))).rejects.toThrow(/use the tx argument/);
  });

  it('a tx handle used after its transaction ended throws', async () => {
    const leaked = await db.transaction(async (tx) => tx);
    await expect(leaked.query('SELECT 1')).rejects.toThrow(/transaction already ended/);
  });
});

describe('queries', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('int8 reads back as a number, or a bigint beyond 2^53', async () => {
    const rows = await db.query('SELECT count(*) AS n, 9007199254740993::int8 AS big FROM generate_series(1, 3)');
    expect(rows).toEqual([{ n: 3, big: 9007199254740993n }]);
  });

  it('a date reads back as a YYYY-MM-DD string and a timestamptz as a Date', async () => {
    const [row] = await db.query(`SELECT '2020-01-01'::date AS d, '2020-01-01T10:00:00Z'::timestamptz AS ts`);
    expect(row).toEqual({ d: '2020-01-01', ts: new Date('2020-01-01T10:00:00Z') });
  });

  it('query binds $n parameters', async () => {
    expect(await db.query('SELECT $1::text AS a, $2::int AS b', ['x', 2])).toEqual([{ a: 'x', b: 2 }]);
  });

  it('query refuses several statements', async () => {
    await expect(db.query('SELECT 1; SELECT 2')).rejects.toThrow();
  });

  it('exec runs several statements and returns the rows of the last', async () => {
    expect(await db.exec('CREATE TEMP TABLE e (v int); INSERT INTO e VALUES (7); SELECT v FROM e')).toEqual([{ v: 7 }]);
  });
});
