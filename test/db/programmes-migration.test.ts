import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { migrate } from '../../server/db/migrate.js';
import { migrations } from '../../server/db/migrations/index.js';
import { createTestDb } from '../helpers/db.js';

// Migration 8 turns the two tracks into two programmes of each tenant: every enrolment, pair,
// request, round and invitation people made before stays, pointing at the programme of its track.

let db: Db;
const tenant = randomUUID();
const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];

beforeAll(async () => {
  db = await createTestDb({ migrate: false });
  await migrate(
    db,
    migrations.filter((m) => m.version < 8),
  );
  await db.query(`INSERT INTO tenants (tenant_id) VALUES ($1)`, [tenant]);
  for (const [person, track, mentor] of [
    [a, 'mentoring', true],
    [b, 'mentoring', false],
    [b, 'reverse', true],
    [c, 'reverse', false],
  ] as const)
    await db.query(
      `INSERT INTO enrolments (tenant_id, person_id, track, as_mentor, as_mentee, goals, languages, cadence, meeting_minutes, capacity)
       VALUES ($1, $2, $3, $4, NOT $4, '{career_growth}', '{it-IT}', 'monthly', 30, 3)`,
      [tenant, person, track, mentor],
    );
  await db.query(
    `INSERT INTO pairs (tenant_id, id, track, mentor_id, mentee_id, status, source, score, reasons)
     VALUES ($1, $2, 'mentoring', $3, $4, 'active', 'request', 50, '[]'), ($1, $5, 'reverse', $4, $6, 'ended', 'round', 40, '[]')`,
    [tenant, randomUUID(), a, b, randomUUID(), c],
  );
  await db.query(
    `INSERT INTO match_requests (tenant_id, id, track, mentor_id, mentee_id, requested_by, status, score, reasons, expires_at)
     VALUES ($1, $2, 'reverse', $3, $4, $4, 'pending', 20, '[]', now())`,
    [tenant, randomUUID(), b, c],
  );
  await db.query(
    `INSERT INTO rounds (tenant_id, id, track, status, created_by, result)
     VALUES ($1, $2, 'reverse', 'preview', $3, '{"track": "reverse", "total": 3, "pairs": []}')`,
    [tenant, randomUUID(), a],
  );
  await db.query(
    `INSERT INTO invitations (tenant_id, id, inviter_id, invitee_id, track, created_at) VALUES ($1, $2, $3, $4, 'mentoring', now())`,
    [tenant, randomUUID(), b, c],
  );
  await db.query(
    `INSERT INTO programmes (tenant_id, track, settings) VALUES ($1, 'reverse', '{"levelGap": 2, "allowRepeat": true}')`,
    [tenant],
  );
  await migrate(db);
});
afterAll(async () => db?.close());

const rows = (sql: string) => db.query<Record<string, unknown>>(sql + ` WHERE tenant_id = $1 ORDER BY 1, 2`, [tenant]);

describe('migration 8', () => {
  it('makes the two tracks two running programmes of the tenant, keeping settings saved before', async () => {
    expect(await rows(`SELECT id, kind, status, names->>'en' AS name, settings FROM programmes`)).toEqual([
      { id: 'mentoring', kind: 'mentoring', status: 'running', name: 'Mentoring', settings: {} },
      {
        id: 'reverse',
        kind: 'reverse',
        status: 'running',
        name: 'Reverse mentoring',
        settings: { levelGap: 2, allowRepeat: true },
      },
    ]);
  });

  it('keeps every enrolment, pair, request, round and invitation in the programme of its track', async () => {
    expect(await rows(`SELECT person_id, programme_id, as_mentor, goals, cadence, capacity FROM enrolments`)).toEqual(
      [
        {
          person_id: a,
          programme_id: 'mentoring',
          as_mentor: true,
          goals: ['career_growth'],
          cadence: 'monthly',
          capacity: 3,
        },
        {
          person_id: b,
          programme_id: 'mentoring',
          as_mentor: false,
          goals: ['career_growth'],
          cadence: 'monthly',
          capacity: 3,
        },
        {
          person_id: b,
          programme_id: 'reverse',
          as_mentor: true,
          goals: ['career_growth'],
          cadence: 'monthly',
          capacity: 3,
        },
        {
          person_id: c,
          programme_id: 'reverse',
          as_mentor: false,
          goals: ['career_growth'],
          cadence: 'monthly',
          capacity: 3,
        },
      ].sort((x, y) => x.person_id.localeCompare(y.person_id) || x.programme_id.localeCompare(y.programme_id)),
    );
    expect(
      (await rows(`SELECT programme_id, status, mentor_id FROM pairs`)).map((r) => [r.programme_id, r.status]),
    ).toEqual(
      expect.arrayContaining([
        ['mentoring', 'active'],
        ['reverse', 'ended'],
      ]),
    );
    expect(await rows(`SELECT programme_id, status FROM match_requests`)).toEqual([
      { programme_id: 'reverse', status: 'pending' },
    ]);
    // Later migrations reshape a round's result (migration 12); the programme is its column.
    expect(await rows(`SELECT programme_id, result->'total' AS total FROM rounds`)).toEqual([
      { programme_id: 'reverse', total: 3 },
    ]);
    expect(await rows(`SELECT programme_id, invitee_id FROM invitations`)).toEqual([
      { programme_id: 'mentoring', invitee_id: c },
    ]);
  });

  it('sets the privacy limit of every tenant at five people', async () => {
    expect(await rows(`SELECT min_group_size, tenant_id FROM tenants`)).toEqual([
      { min_group_size: 5, tenant_id: tenant },
    ]);
    await expect(db.query(`UPDATE tenants SET min_group_size = 4 WHERE tenant_id = $1`, [tenant])).rejects.toThrow();
  });
});
