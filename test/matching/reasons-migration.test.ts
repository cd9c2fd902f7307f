import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { migrations } from '../../server/db/migrations/index.js';
import { MatchReason } from '../../server/matching/schemas.js';
import { Value } from 'typebox/value';
import { createTestDb } from '../helpers/db.js';

// Reasons saved before issue 11 carried both hire years ("generation") and the levels between the
// two people; migration 7 rewrites them as score.ts writes them now, weights unchanged.

let db: Db;
const tenant = randomUUID();
const OLD = [
  { code: 'skills', params: { matched: 1, wanted: 2, skills: 'leadership' }, weight: 20.5 },
  { code: 'different_generation', params: { mine: 2025, theirs: 2006 }, weight: 3.33 },
  { code: 'seniority_gap', params: { levels: 1 }, weight: 9 },
  { code: 'mentor_load', params: { free: 1, capacity: 2 }, weight: 5 },
];
const NEW = [
  { code: 'skills', params: { matched: 1, wanted: 2, skills: 'leadership' }, weight: 20.5, about: 'pair' },
  { code: 'different_tenure', params: {}, weight: 3.33, about: 'pair' },
  { code: 'seniority_gap', params: { span: 'near' }, weight: 9, about: 'pair' },
  { code: 'mentor_load', params: { free: 1, capacity: 2 }, weight: 5, about: 'programme' },
];

beforeAll(async () => {
  db = await createTestDb({ migrate: false });
  await migrate(
    db,
    migrations.filter((m) => m.version < 7),
  );
  const [a, b] = [randomUUID(), randomUUID()];
  await db.query(
    `INSERT INTO pairs (tenant_id, id, track, mentor_id, mentee_id, status, source, score, reasons)
     VALUES ($1, $2, 'mentoring', $3, $4, 'active', 'request', 37.83, $5::jsonb)`,
    [tenant, randomUUID(), a, b, JSON.stringify(OLD)],
  );
  await db.query(
    `INSERT INTO match_requests (tenant_id, id, track, mentor_id, mentee_id, requested_by, status, score, reasons, expires_at)
     VALUES ($1, $2, 'mentoring', $3, $4, $4, 'pending', 37.83, $5::jsonb, now())`,
    [tenant, randomUUID(), a, b, JSON.stringify(OLD)],
  );
  const gaps = [2, 3, 5].map((levels) => ({ code: 'seniority_gap', params: { levels }, weight: 1 }));
  await db.query(
    `INSERT INTO rounds (tenant_id, id, track, status, created_by, result) VALUES ($1, $2, 'mentoring', 'preview', $3, $4::jsonb)`,
    [
      tenant,
      randomUUID(),
      a,
      JSON.stringify({
        track: 'mentoring',
        total: 1,
        pairs: [
          { mentorId: a, menteeId: b, score: 37.83, reasons: OLD },
          { mentorId: b, menteeId: a, score: 3, reasons: gaps },
          { mentorId: a, menteeId: a, score: 0, reasons: [] },
        ],
      }),
    ],
  );
  // Up to migration 7 only: later ones reshape rounds (migration 12 moves their pairs to a table).
  await migrate(
    db,
    migrations.filter((m) => m.version <= 7),
  );
});
afterAll(async () => db?.close());

describe('migration 7', () => {
  it('rewrites the reasons of pairs and requests without hire years or levels, weights unchanged', async () => {
    for (const table of ['pairs', 'match_requests']) {
      const [row] = await db.query<{ reasons: unknown[] }>(`SELECT reasons FROM ${table} WHERE tenant_id = $1`, [
        tenant,
      ]);
      expect(row!.reasons, table).toEqual(NEW);
      for (const r of row!.reasons) expect(Value.Check(MatchReason, r)).toBe(true);
    }
  });

  it('rewrites the reasons inside rounds, pair by pair, keeping everything else', async () => {
    const [row] = await db.query<{ result: { total: number; pairs: { score: number; reasons: unknown[] }[] } }>(
      `SELECT result FROM rounds WHERE tenant_id = $1`,
      [tenant],
    );
    expect(row!.result.total).toBe(1);
    expect(row!.result.pairs.map((p) => p.score)).toEqual([37.83, 3, 0]);
    expect(row!.result.pairs[0]!.reasons).toEqual(NEW);
    expect(row!.result.pairs[1]!.reasons).toEqual(
      ['ideal', 'ideal', 'wide'].map((span) => ({ code: 'seniority_gap', params: { span }, weight: 1, about: 'pair' })),
    );
    expect(row!.result.pairs[2]!.reasons).toEqual([]);
  });

  it('leaves no helper function behind', async () => {
    expect(await db.query(`SELECT proname FROM pg_proc WHERE proname LIKE 'tandem_%'`)).toEqual([]);
  });
});
