import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/db.js';
import { DEPARTMENTS } from '../../../server/sandbox/org/departments.js';
import { OFFICES } from '../../../server/sandbox/org/offices.js';
import { createTestDb } from '../../helpers/db.js';
import { BENCH_PROGRAMMES, seedAnalytics, type SeedResult } from './seed.js';

// The analytics bench's generator at a small size: the rows it says it wrote are there, hang
// together as the product's own would (managers, pairs, sessions, check-ins, surveys), and two
// runs write the same year.

const TENANT = '0b5e7c2a-1d3f-4a6b-9c8d-7e6f5a4b3c2d';
const TODAY = '2026-11-02';
const PEOPLE = 800;
const PAIRS = 120;

let db: Db;
let seeded: SeedResult;

const one = async <T>(sql: string, params: unknown[] = [TENANT]): Promise<T> => {
  const [row] = await db.query<T>(sql, params);
  return row!;
};

beforeAll(async () => {
  db = await createTestDb();
  seeded = await seedAnalytics(db, { tenantId: TENANT, people: PEOPLE, pairs: PAIRS, today: TODAY, batches: 3 });
});
afterAll(() => db.close());

describe('the analytics seed', () => {
  it('writes the people and pairs asked for, and reports each table it wrote', async () => {
    expect(seeded.rows.people).toBe(PEOPLE);
    expect(seeded.rows.pairs).toBe(PAIRS);
    const counts = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM people WHERE tenant_id = $1) AS people,
              (SELECT count(*)::int FROM programmes WHERE tenant_id = $1) AS programmes,
              (SELECT count(*)::int FROM pairs WHERE tenant_id = $1) AS pairs,
              (SELECT count(*)::int FROM enrolments WHERE tenant_id = $1) AS enrolments,
              (SELECT count(*)::int FROM meeting_series WHERE tenant_id = $1) AS series,
              (SELECT count(*)::int FROM meeting_occurrences WHERE tenant_id = $1) AS sessions,
              (SELECT count(*)::int FROM checkins WHERE tenant_id = $1) AS checkins,
              (SELECT count(*)::int FROM goal_progress WHERE tenant_id = $1) AS goals,
              (SELECT count(*)::int FROM goal_progress_history WHERE tenant_id = $1) AS history,
              (SELECT count(*)::int FROM survey_requests WHERE tenant_id = $1) AS requests,
              (SELECT count(*)::int FROM survey_answers WHERE tenant_id = $1) AS answers`,
    );
    expect(counts).toMatchObject({
      people: PEOPLE,
      programmes: BENCH_PROGRAMMES.length,
      pairs: PAIRS,
      enrolments: seeded.rows.enrolments,
      series: seeded.rows['meeting series'],
      sessions: seeded.rows.sessions,
      checkins: seeded.rows['check-ins'],
      goals: seeded.rows['goal progress'],
      history: seeded.rows['goal progress history'],
      requests: seeded.rows['survey requests'],
    });
    // Every table has rows: a step that silently wrote nothing would time an empty dashboard.
    for (const [step, n] of Object.entries(seeded.rows)) expect(n, step).toBeGreaterThan(0);
    expect(counts.sessions).toBeGreaterThan(5 * counts.series!);
    expect(counts.answers).toBeGreaterThan(0.4 * counts.requests!);
  });

  it('builds one organisation: a CEO, managers who are there, the sandbox departments and offices, some leavers', async () => {
    const org = await one<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE p.manager_id IS NULL)::int AS ceos,
              count(*) FILTER (WHERE p.manager_id IS NOT NULL AND m.id IS NULL)::int AS unknown_managers,
              count(*) FILTER (WHERE m.removed_at IS NOT NULL)::int AS managed_by_leavers,
              count(*) FILTER (WHERE p.removed_at IS NOT NULL)::int AS leavers,
              count(*) FILTER (WHERE p.removed_at IS NOT NULL AND p.account_enabled)::int AS enabled_leavers,
              count(*) FILTER (WHERE p.hire_date > $2::date)::int AS hired_later,
              count(*) FILTER (WHERE p.level NOT BETWEEN 1 AND 10)::int AS bad_levels,
              count(DISTINCT p.department)::int AS departments,
              count(DISTINCT p.office_location)::int AS offices
       FROM people p LEFT JOIN people m ON m.tenant_id = p.tenant_id AND m.id = p.manager_id
       WHERE p.tenant_id = $1`,
      [TENANT, TODAY],
    );
    expect(org).toMatchObject({
      ceos: 1,
      unknown_managers: 0,
      managed_by_leavers: 0,
      enabled_leavers: 0,
      hired_later: 0,
      bad_levels: 0,
      departments: Object.keys(DEPARTMENTS).length,
      offices: OFFICES.length,
    });
    expect(org.leavers).toBeGreaterThan(0.02 * PEOPLE);
    expect(org.leavers).toBeLessThan(0.12 * PEOPLE);
  });

  it('shares the pairs among the programmes, juniors mentoring seniors only in reverse mentoring', async () => {
    const rows = await db.query<{ programme_id: string; pairs: number; wrong_way: number; unknown: number }>(
      `SELECT pr.programme_id, count(*)::int AS pairs,
              count(*) FILTER (WHERE (g.kind = 'reverse') <> (mt.level < me.level))::int AS wrong_way,
              count(*) FILTER (WHERE e.person_id IS NULL)::int AS unknown
       FROM pairs pr
       JOIN programmes g ON g.tenant_id = pr.tenant_id AND g.id = pr.programme_id
       JOIN people mt ON mt.tenant_id = pr.tenant_id AND mt.id = pr.mentor_id
       JOIN people me ON me.tenant_id = pr.tenant_id AND me.id = pr.mentee_id
       LEFT JOIN enrolments e ON e.tenant_id = pr.tenant_id AND e.programme_id = pr.programme_id AND e.person_id = pr.mentee_id
       WHERE pr.tenant_id = $1 GROUP BY pr.programme_id`,
      [TENANT],
    );
    const byId = new Map(rows.map((r) => [r.programme_id, r]));
    for (const p of BENCH_PROGRAMMES) {
      expect(byId.get(p.id)?.pairs, p.id).toBe(Math.round(p.share * PAIRS));
      expect(byId.get(p.id)?.wrong_way, p.id).toBe(0);
      expect(byId.get(p.id)?.unknown, p.id).toBe(0);
    }
  });

  it('holds sessions only while a pair runs, and check-ins only by its two people after a session', async () => {
    const odd = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM meeting_series s JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
               WHERE s.tenant_id = $1 AND p.status = 'proposed') AS series_of_proposed,
              (SELECT count(*)::int FROM meeting_occurrences o
               JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
               JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
               WHERE o.tenant_id = $1 AND (o.starts_at < p.created_at
                  OR (p.status IN ('ended', 'completed') AND o.starts_at > p.updated_at))) AS outside,
              (SELECT count(*)::int FROM checkins c
               JOIN meeting_occurrences o ON o.tenant_id = c.tenant_id AND o.id = c.occurrence_id
               JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
               WHERE c.tenant_id = $1 AND (c.person_id NOT IN (s.organizer_id, s.attendee_id)
                  OR o.starts_at > $2::date OR o.status <> 'scheduled'
                  OR (c.happened AND (c.usefulness IS NULL OR c.confidence IS NULL)))) AS odd_checkins`,
      [TENANT, TODAY],
    );
    expect(odd).toEqual({ series_of_proposed: 0, outside: 0, odd_checkins: 0 });
  });

  it("ends each goal's history at its current progress, and answers only the surveys answered", async () => {
    const odd = await one<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM goal_progress g
               WHERE g.tenant_id = $1 AND g.progress IS DISTINCT FROM (
                 SELECT h.progress FROM goal_progress_history h
                 WHERE h.tenant_id = g.tenant_id AND h.pair_id = g.pair_id AND h.goal_id = g.goal_id
                 ORDER BY h.recorded_at DESC, h.id DESC LIMIT 1)) AS history_mismatch,
              (SELECT count(*)::int FROM survey_answers a
               JOIN survey_requests r ON r.tenant_id = a.tenant_id AND r.id = a.survey_id
               WHERE a.tenant_id = $1 AND r.answered_at IS NULL) AS unanswered_with_answers,
              (SELECT count(*)::int FROM survey_requests r
               WHERE r.tenant_id = $1 AND r.answered_at IS NOT NULL AND NOT EXISTS (
                 SELECT 1 FROM survey_answers a WHERE a.tenant_id = r.tenant_id AND a.survey_id = r.id)) AS answered_without`,
    );
    expect(odd).toEqual({ history_mismatch: 0, unanswered_with_answers: 0, answered_without: 0 });
  });

  it('writes the same year twice', async () => {
    const other = await createTestDb();
    try {
      await seedAnalytics(other, { tenantId: TENANT, people: PEOPLE, pairs: PAIRS, today: TODAY, batches: 2 });
      const digest = (d: Db) =>
        d.query(
          `SELECT (SELECT md5(string_agg(concat_ws(' ', id, status, mentor_id, mentee_id, created_at), ',' ORDER BY id)) FROM pairs) AS pairs,
                  (SELECT md5(string_agg(concat_ws(' ', occurrence_id, person_id, happened, usefulness), ',' ORDER BY occurrence_id, person_id)) FROM checkins) AS checkins,
                  (SELECT md5(string_agg(concat_ws(' ', survey_id, recommend), ',' ORDER BY survey_id)) FROM survey_answers) AS answers`,
        );
      expect(await digest(other)).toEqual(await digest(db));
    } finally {
      await other.close();
    }
  });
});
