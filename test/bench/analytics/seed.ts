import { performance } from 'node:perf_hooks';
import type { Db } from '../../../server/db/db.js';
import { GOALS, SKILLS } from '../../../server/matching/skills.js';
import { DEPARTMENTS } from '../../../server/sandbox/org/departments.js';
import { TENURE } from '../../../server/sandbox/org/hire-dates.js';
import { OFFICES } from '../../../server/sandbox/org/offices.js';

/**
 * A year of a large tenant's mentoring, written straight into the database for the analytics
 * benchmark: an organisation (departments, offices and countries, levels, managers, hire dates,
 * some leavers), several programmes, pairs started over the year with their enrolments, requests,
 * meeting series, sessions, check-ins and goal progress. Every row is made by INSERT … SELECT
 * over generate_series, in batches so that progress can be shown: rows sent one by one from
 * JavaScript would make the seeding, not the dashboard, the slow part.
 *
 * Deterministic: every random draw is a hash of (row number, salt) and every id a function of
 * what the row is, so two runs, and the PGlite and PostgreSQL databases of one run, hold the same
 * rows and give the same figures. The vocabularies (departments and
 * their spans, offices and their shares, hire-date windows, the goal catalogue) are the sandbox's
 * and the product's own.
 */

export interface SeedOptions {
  tenantId: string;
  /** People in the organisation, the CEO included. */
  people: number;
  /** Pairs started over the year before `today`. */
  pairs: number;
  /** The day the data is seen from, 'YYYY-MM-DD'. */
  today: string;
  /** How many pieces the big tables are written in (more: finer progress). */
  batches?: number;
}

export interface Progress {
  (step: string, done: number, total: number): void;
}

/** Programmes of the benchmark tenant, with the share of the pairs each holds. */
export const BENCH_PROGRAMMES = [
  { id: 'mentoring', kind: 'mentoring', share: 0.4, en: 'Mentoring', startsDaysAgo: 700 },
  { id: 'reverse', kind: 'reverse', share: 0.15, en: 'Reverse mentoring', startsDaysAgo: 700 },
  { id: '5e0f6a52-4c1d-4b7e-9a51-0c7a1e2b3c01', kind: 'mentoring', share: 0.2, en: 'New joiners', startsDaysAgo: 365 },
  {
    id: '5e0f6a52-4c1d-4b7e-9a51-0c7a1e2b3c02',
    kind: 'mentoring',
    share: 0.15,
    en: 'Women in tech',
    startsDaysAgo: 300,
  },
  {
    id: '5e0f6a52-4c1d-4b7e-9a51-0c7a1e2b3c03',
    kind: 'succession',
    share: 0.1,
    en: 'Succession 2026',
    startsDaysAgo: 200,
  },
] as const;

// Level by place in the tree: executives 10, department heads 9, then one level per layer down
// for managers; individual contributors spread over 1-5.
const TENURE_BY_LEVEL = [
  TENURE.intern,
  TENURE.junior,
  TENURE.professional,
  TENURE.senior,
  TENURE.principal,
  TENURE.manager,
  TENURE.seniorManager,
  TENURE.director,
  TENURE.director,
  TENURE.executive,
];

/**
 * Runs one INSERT and answers how many rows it wrote, without sending them back. Without JIT:
 * the planner overestimates these generated joins by orders of magnitude, and PostgreSQL then
 * spends seconds compiling each batch (PGlite has no JIT; the setting is harmless there).
 */
async function insert(db: Db, sql: string, params: unknown[]): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    // Days become instants at UTC midnight whatever the server's time zone, as on PGlite.
    await tx.query(`SET LOCAL TimeZone = 'UTC'`);
    const [row] = await tx.query<{ n: number }>(
      `WITH ins AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM ins`,
      params,
    );
    return row?.n ?? 0;
  });
}

interface Step {
  name: string;
  /** Runs one batch of `batches`; returns the rows written. */
  run: (db: Db, batch: number, batches: number) => Promise<number>;
  batched?: boolean;
  /** Tables to ANALYZE after the step: later steps join them, and a planner that thinks them
   * empty picks nested loops over seq scans (seconds become minutes). */
  analyze?: string[];
}

/** Ids that are a function of a row number, so that tables join without lookups. */
const ID_PREFIX = { person: 'a', pair: 'b', series: 'c' } as const;
const idSql = (kind: keyof typeof ID_PREFIX, n: string) =>
  `('${ID_PREFIX[kind]}0000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
export const benchId = (kind: keyof typeof ID_PREFIX, n: number) =>
  `${ID_PREFIX[kind]}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

// bench_rand(k, salt): a uniform draw in [0, 1) from a row number; IMMUTABLE and one expression,
// so the planner inlines it.
const HELPERS = `
CREATE OR REPLACE FUNCTION bench_rand(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT abs(hashint8extended(k, salt)::float8) / 9.3e18 $$;
CREATE OR REPLACE FUNCTION bench_n(id uuid) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ('x' || substr(id::text, 25))::bit(48)::bigint $$;
`;
const DROP_HELPERS = `DROP FUNCTION IF EXISTS bench_rand(bigint, int); DROP FUNCTION IF EXISTS bench_n(uuid);`;

/** Departments as contiguous blocks of row numbers after the CEO (row 1), each its own tree. */
function departmentBlocks(people: number) {
  const list = Object.values(DEPARTMENTS).filter((d) => d.weight > 0);
  const total = list.reduce((s, d) => s + d.weight, 0);
  let first = 2;
  return list.map((d, i) => {
    const size = i === list.length - 1 ? people + 1 - first : Math.round(((people - 1) * d.weight) / total);
    const block = { name: d.name, first, size, span: d.span.avg };
    first += size;
    return block;
  });
}

/** 1,000 slots filled by office share: the office of a draw r is slot floor(1000 r). */
function officeSlots() {
  const total = OFFICES.reduce((s, o) => s + o.share, 0);
  const slots: (typeof OFFICES)[number][] = [];
  for (const o of OFFICES) {
    const n = Math.round((1000 * o.share) / total);
    for (let k = 0; k < n && slots.length < 1000; k++) slots.push(o);
  }
  while (slots.length < 1000) slots.push(OFFICES[0]!);
  return slots;
}

const DAY_MS = 86_400_000;

function steps(o: Required<SeedOptions>): Step[] {
  const t = o.tenantId;
  const today = `'${o.today}'::date`;
  const depts = departmentBlocks(o.people);
  const slots = officeSlots();
  const tenureFrom = TENURE_BY_LEVEL.map((w) => w.from);
  const tenureTo = TENURE_BY_LEVEL.map((w) => w.to);
  // Pair k belongs to programme p when k falls in p's share of 1..pairs.
  let cumulative = 0;
  const progBounds = BENCH_PROGRAMMES.map((p) => (cumulative += p.share));
  const progCase = (k: string) =>
    `CASE ${BENCH_PROGRAMMES.map((p, i) => `WHEN ${k} <= ${Math.round(progBounds[i]! * o.pairs)} THEN '${p.id}'`).join(' ')} ELSE 'mentoring' END`;
  const reverseIds = BENCH_PROGRAMMES.filter((p) => p.kind === 'reverse').map((p) => `'${p.id}'`);
  const range = (batch: number, batches: number, n: number) => [
    Math.floor((batch * n) / batches) + 1,
    Math.floor(((batch + 1) * n) / batches),
  ];

  return [
    {
      name: 'tenant and programmes',
      run: async (db) => {
        await db.query(`INSERT INTO tenants (tenant_id, display_name) VALUES ($1, 'Analytics bench')`, [t]);
        await db.query(
          `INSERT INTO programmes (tenant_id, id, kind, status, names, descriptions, starts_on, settings, catalogue)
           SELECT $1, p.id, p.kind, 'running', jsonb_build_object('en', p.en, 'it', p.en), '{"en": "", "it": ""}',
                  ${today} - p.days, '{}', '{}'
           FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS p(id, kind, en, days)`,
          [
            t,
            BENCH_PROGRAMMES.map((p) => p.id),
            BENCH_PROGRAMMES.map((p) => p.kind),
            BENCH_PROGRAMMES.map((p) => p.en),
            BENCH_PROGRAMMES.map((p) => p.startsDaysAgo),
          ],
        );
        return 1 + BENCH_PROGRAMMES.length;
      },
    },
    {
      // Row i of department d is node j = i - first of a tree with d's span (root j = 0 under the
      // CEO): its manager is node floor((j - 1) / span), its depth floor(log_span((span-1) j + 1)).
      name: 'people',
      batched: true,
      analyze: ['people'],
      run: async (db, batch, batches) => {
        const [lo, hi] = range(batch, batches, o.people);
        return insert(
          db,
          `WITH d AS (
             SELECT * FROM unnest($2::text[], $3::int[], $4::int[], $5::int[]) AS d(name, first, size, span)
             UNION ALL SELECT 'Executive Office', 1, 1, 1
           ), node AS (
             SELECT i, d.name AS department, d.first, d.span, i - d.first AS j,
                    CASE WHEN i = 1 THEN NULL WHEN i = d.first THEN 1 ELSE d.first + (i - d.first - 1) / d.span END AS manager,
                    CASE WHEN i = 1 THEN 0 ELSE 1 + floor(ln((d.span - 1) * (i - d.first) + 1) / ln(d.span) + 1e-9)::int END AS depth,
                    i <> 1 AND d.span * (i - d.first) + 1 >= d.size AS leaf
             FROM generate_series($8::int, $9::int) AS i
             JOIN d ON i BETWEEN d.first AND d.first + d.size - 1
           ), placed AS (
             SELECT node.*,
                    CASE WHEN i = 1 THEN 10
                         WHEN leaf THEN 1 + floor(5 * bench_rand(i, 1) ^ 1.3)::int
                         ELSE greatest(5, 10 - depth) END AS level,
                    1 + floor(1000 * bench_rand(i, 2))::int AS slot
             FROM node
           ), dated AS (
             SELECT placed.*,
                    -- Leavers: 7% of individual contributors, gone at some point of the last year.
                    CASE WHEN leaf AND bench_rand(i, 4) < 0.07
                         THEN (${today} - (1 + floor(365 * bench_rand(i, 5)))::int)::timestamptz + interval '17 hours' END AS removed_at,
                    ('1970-01-01'::date + ($10::int[])[level] + floor(bench_rand(i, 3) * (($11::int[])[level] - ($10::int[])[level] + 1))::int) AS hire_date
             FROM placed
           )
           INSERT INTO people (tenant_id, id, user_principal_name, mail, display_name, given_name, surname, job_title,
                               department, office_location, city, country, preferred_language, hire_date, employee_type,
                               account_enabled, manager_id, removed_at, depth, org_size, level, level_reasons, time_zone)
           SELECT $1, ${idSql('person', 'i')}, 'person' || i || '@bench.example', 'person' || i || '@bench.example',
                  'Person ' || i, 'Person', i::text,
                  CASE WHEN leaf THEN 'Specialist' ELSE 'Manager' END, department,
                  ($6::text[])[slot], ($7::text[])[slot], ($12::text[])[slot],
                  CASE WHEN ($12::text[])[slot] = 'Italy' THEN 'it-IT' ELSE 'en-GB' END,
                  least(hire_date, ${today} - 7), 'Employee', removed_at IS NULL,
                  ${idSql('person', 'manager')}, removed_at, depth, CASE WHEN leaf THEN 0 END, level, '[]',
                  'W. Europe Standard Time'
           FROM dated
`,
          [
            t,
            depts.map((d) => d.name),
            depts.map((d) => d.first),
            depts.map((d) => d.size),
            depts.map((d) => d.span),
            slots.map((s) => s.officeLocation),
            slots.map((s) => s.city),
            lo,
            hi,
            tenureFrom,
            tenureTo,
            slots.map((s) => s.country),
          ],
        );
      },
    },
    {
      // Pair k: its junior is the k-th of the juniors in a shuffled order (so no two live pairs
      // share two people in a programme), its senior a draw among the seniors; in reverse
      // mentoring the junior mentors. Started over the year (leavers' pairs before they left);
      // ended when someone left, some ended early, some paused, pairs older than nine months
      // mostly completed, the newest partly still proposed.
      name: 'pairs',
      batched: true,
      analyze: ['pairs'],
      run: async (db, batch, batches) => {
        const [lo, hi] = range(batch, batches, o.pairs);
        const [seniors] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM people WHERE tenant_id = $1 AND level >= 5 AND removed_at IS NULL`,
          [t],
        );
        return insert(
          db,
          `WITH junior AS (
             SELECT id, removed_at, row_number() OVER (ORDER BY bench_rand(bench_n(id), 10)) AS n
             FROM people WHERE tenant_id = $1 AND level <= 4 AND (removed_at IS NULL OR removed_at > ${today} - 300)
           ), senior AS (
             SELECT id, removed_at, row_number() OVER (ORDER BY id) AS n
             FROM people WHERE tenant_id = $1 AND level >= 5 AND removed_at IS NULL
           ), drawn AS (
             SELECT k, ${progCase('k')} AS programme_id, j.id AS junior, s.id AS senior,
                    least(j.removed_at, s.removed_at) AS left_at
             FROM generate_series($2::int, $3::int) AS k
             JOIN junior j ON j.n = k
             JOIN senior s ON s.n = 1 + (hashint8extended(k, 11) & 2147483647) % $4
           ), dated AS (
             SELECT drawn.*,
                    greatest(${today} - 365, least(${today} - floor(365 * bench_rand(k, 12))::int,
                             coalesce(left_at::date - 45, ${today}))) + interval '9 hours' AS started,
                    bench_rand(k, 13) AS u
             FROM drawn
           ), fate AS (
             SELECT dated.*,
                    CASE WHEN left_at IS NOT NULL AND left_at < ${today} THEN 'ended'
                         WHEN started > ${today} - 14 AND u < 0.5 THEN 'proposed'
                         WHEN u < 0.06 THEN 'ended'
                         WHEN u < 0.11 THEN 'paused'
                         WHEN started < ${today} - 270 AND u < 0.8 THEN 'completed'
                         ELSE 'active' END AS status
             FROM dated
           )
           INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons,
                              mentor_confirmed, mentee_confirmed, ended_reason, flag, created_at, updated_at)
           SELECT $1, ${idSql('pair', 'k')}, programme_id,
                  CASE WHEN programme_id IN (${reverseIds.join(', ')}) THEN junior ELSE senior END,
                  CASE WHEN programme_id IN (${reverseIds.join(', ')}) THEN senior ELSE junior END,
                  status, CASE WHEN bench_rand(k, 14) < 0.7 THEN 'round' ELSE 'request' END,
                  round((40 + 55 * bench_rand(k, 15))::numeric, 2), '[]',
                  status <> 'proposed' OR u < 0.25, status <> 'proposed',
                  CASE WHEN left_at < ${today} THEN 'person_left' WHEN status = 'ended' THEN 'ended_by_person' END,
                  CASE WHEN left_at < ${today} THEN 'person_left' END,
                  started,
                  CASE WHEN left_at < ${today} THEN left_at
                       WHEN status = 'ended' THEN started + (${today} - started::date) * bench_rand(k, 16) * interval '1 day'
                       WHEN status = 'completed' THEN started + interval '270 days'
                       WHEN status = 'paused' THEN ${today} - floor(30 * bench_rand(k, 16))::int + interval '12 hours'
                       ELSE started END
           FROM fate
`,
          [t, lo, hi, seniors?.n ?? 1],
        );
      },
    },
    {
      // Everyone in a pair is enrolled in its programme, plus one waiting mentee for every four
      // pairs (juniors beyond those paired).
      name: 'enrolments',
      analyze: ['enrolments'],
      run: async (db) => {
        return insert(
          db,
          `WITH roles AS (
             SELECT programme_id, mentor_id AS person_id, true AS mentor, false AS mentee FROM pairs WHERE tenant_id = $1
             UNION ALL
             SELECT programme_id, mentee_id, false, true FROM pairs WHERE tenant_id = $1
             UNION ALL
             SELECT ${progCase('((n - 1) % $2) + 1')}, id, false, true
             FROM (SELECT id, row_number() OVER (ORDER BY id DESC) AS n FROM people
                   WHERE tenant_id = $1 AND level <= 4 AND removed_at IS NULL) w
             WHERE n <= $2 / 4
           ), person AS (
             SELECT programme_id, person_id, bool_or(mentor) AS as_mentor, bool_or(mentee) AS as_mentee,
                    hashint8extended(bench_n(person_id), 20) & 2147483647 AS h
             FROM roles GROUP BY programme_id, person_id
           )
           INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, goals, languages, cadence,
                                   meeting_minutes, capacity, created_at, updated_at)
           SELECT $1, person_id, programme_id, as_mentor, as_mentee,
                  ARRAY[($3::text[])[1 + h % cardinality($3::text[])]], '{en-GB}',
                  (ARRAY['weekly', 'biweekly', 'biweekly', 'monthly'])[1 + h % 4], (ARRAY[30, 45, 60])[1 + h % 3],
                  CASE WHEN as_mentor THEN 1 + h % 3 ELSE 1 END,
                  ${today} - 400 + (h % 30)::int, ${today} - (h % 30)::int
           FROM person
`,
          [t, o.pairs, GOALS.map((g) => g.id)],
        );
      },
    },
    {
      // The accepted request behind each pair that came from one, and as many again declined or
      // expired, a few still pending.
      name: 'match requests',
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO match_requests (tenant_id, id, programme_id, mentor_id, mentee_id, requested_by, status, score,
                                       reasons, created_at, expires_at, decided_at)
           SELECT $1, md5(id::text || copy)::uuid, programme_id, mentor_id, mentee_id, mentee_id,
                  CASE WHEN copy = 0 THEN 'accepted'
                       WHEN created_at > ${today} - 7 THEN 'pending'
                       WHEN bench_rand(n, 30 + copy) < 0.6 THEN 'declined' ELSE 'expired' END,
                  score, '[]', created_at - interval '3 days' - copy * interval '20 days',
                  created_at + interval '11 days' - copy * interval '20 days',
                  CASE WHEN copy = 0 THEN created_at END
           FROM (SELECT *, bench_n(id) AS n FROM pairs WHERE tenant_id = $1 AND source = 'request') p
           CROSS JOIN generate_series(0, 1) AS copy
`,
          [t],
        );
      },
    },
    {
      // One booked Outlook series per pair that got going, on the mentee's chosen cadence.
      name: 'meeting series',
      analyze: ['meeting_series'],
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO meeting_series (tenant_id, id, pair_id, generation, status, organizer_id, attendee_id, cadence,
                                       duration_minutes, transaction_id, event_id, time_zone, local_start, first_start,
                                       created_at, updated_at)
           SELECT $1, ${idSql('series', 'n')}, p.id, 1,
                  CASE WHEN p.status = 'active' THEN 'booked' ELSE 'cancelled' END,
                  p.mentor_id, p.mentee_id, e.cadence, e.meeting_minutes, 'bench-' || n, 'event-' || n,
                  'W. Europe Standard Time', '10:00',
                  date_trunc('day', p.created_at) + (4 + n % 7) * interval '1 day' + interval '9 hours',
                  p.created_at, p.updated_at
           FROM (SELECT *, bench_n(id) AS n FROM pairs WHERE tenant_id = $1 AND status <> 'proposed') p
           JOIN enrolments e ON e.tenant_id = $1 AND e.programme_id = p.programme_id AND e.person_id = p.mentee_id
`,
          [t],
        );
      },
    },
    {
      // Sessions from the first until the pair stopped (or four weeks ahead for live pairs): most
      // of the past ones held, some skipped, a few cancelled; some moved.
      name: 'sessions',
      batched: true,
      analyze: ['meeting_occurrences'],
      run: async (db, batch, batches) => {
        const [lo, hi] = range(batch, batches, o.pairs);
        return insert(
          db,
          `INSERT INTO meeting_occurrences (tenant_id, id, series_id, event_id, original_start, starts_at, ends_at, status,
                                            last_change, updated_at)
           SELECT $1, md5(s.id::text || extract(epoch FROM at))::uuid, s.id, s.event_id || '-' || extract(epoch FROM at)::bigint, at, at,
                  at + s.duration_minutes * interval '1 minute',
                  CASE WHEN at > ${today} THEN 'scheduled' WHEN u < 0.08 THEN 'skipped' WHEN u < 0.11 THEN 'cancelled' ELSE 'scheduled' END,
                  CASE WHEN u < 0.08 THEN 'skipped' WHEN u > 0.95 THEN 'moved' END,
                  least(at, ${today})
           FROM meeting_series s
           JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
           CROSS JOIN LATERAL generate_series(
             s.first_start,
             CASE WHEN p.status IN ('ended', 'completed', 'paused') THEN p.updated_at ELSE ${today} + 28 END,
             CASE s.cadence WHEN 'weekly' THEN interval '7 days' WHEN 'biweekly' THEN interval '14 days' ELSE interval '1 month' END
           ) AS at
           CROSS JOIN LATERAL (SELECT bench_rand(extract(epoch FROM at)::bigint # bench_n(s.id), 40) AS u) r
           WHERE s.tenant_id = $1 AND s.id BETWEEN ${idSql('series', '$2::bigint')} AND ${idSql('series', '$3::bigint')}
`,
          [t, lo, hi],
        );
      },
    },
    {
      // After a past session each of the two checks in or not (mentees more often); most say it
      // happened, how useful it was (mostly 4) and how confident they feel, which grows over the
      // pair's life. A few leave a private note, which no figure may read.
      name: 'check-ins',
      batched: true,
      run: async (db, batch, batches) => {
        const [lo, hi] = range(batch, batches, o.pairs);
        return insert(
          db,
          `INSERT INTO checkins (tenant_id, occurrence_id, person_id, happened, usefulness, confidence, note, updated_at)
           SELECT $1, oc.id, who.person_id, u1 > 0.1,
                  CASE WHEN u1 > 0.1 THEN (ARRAY[1, 2, 3, 3, 4, 4, 4, 4, 5, 5])[1 + floor(10 * u2)::int] END,
                  CASE WHEN u1 > 0.1 THEN least(5, 1 + floor(3 * u3 + 2.5 * extract(epoch FROM oc.starts_at - s.first_start) / (86400 * 270))::int) END,
                  CASE WHEN u2 > 0.93 THEN 'private note' END,
                  oc.ends_at + interval '3 hours'
           FROM meeting_series s
           JOIN meeting_occurrences oc ON oc.tenant_id = s.tenant_id AND oc.series_id = s.id
           CROSS JOIN LATERAL (VALUES (s.organizer_id, 0.55), (s.attendee_id, 0.75)) AS who(person_id, rate)
           CROSS JOIN LATERAL (
             SELECT bench_rand(h, 50) AS u0, bench_rand(h, 51) AS u1, bench_rand(h, 52) AS u2, bench_rand(h, 53) AS u3
             FROM (SELECT hashint8extended(extract(epoch FROM oc.starts_at)::bigint, 0) # bench_n(who.person_id) AS h) x
           ) r
           WHERE s.tenant_id = $1 AND s.id BETWEEN ${idSql('series', '$2::bigint')} AND ${idSql('series', '$3::bigint')}
             AND oc.starts_at < ${today} AND oc.status = 'scheduled' AND u0 < who.rate
`,
          [t, lo, hi],
        );
      },
    },
    {
      // One to three of the catalogue's goals per pair that got going, each with its progress now:
      // roughly how far through nine months the pair is, give or take.
      name: 'goal progress',
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO goal_progress (tenant_id, pair_id, goal_id, progress, updated_at)
           SELECT $1, p.id, ($2::text[])[1 + (h + g) % cardinality($2::text[])],
                  least(100, greatest(0, round(100 * (extract(epoch FROM last - p.created_at) / (86400 * 270))
                        * (0.5 + bench_rand(h, g)))))::int,
                  last
           FROM (SELECT *, hashint8extended(bench_n(id), 60) & 2147483647 AS h
                 FROM pairs WHERE tenant_id = $1 AND status <> 'proposed') p
           -- Last updated some days ago in a running pair, near the end in a finished one.
           CROSS JOIN LATERAL (SELECT greatest(p.created_at, CASE WHEN p.status = 'active'
                                 THEN ${today}::timestamptz - (p.h % 12) * interval '1 day'
                                 ELSE least(p.updated_at, ${today}::timestamptz) - interval '2 days' END) AS last) l
           CROSS JOIN LATERAL generate_series(0, (p.h % 3)::int) AS g`,
          [t, GOALS.map((g) => g.id)],
        );
      },
    },
    {
      // How each goal got to its current value: one record every three to five weeks of the
      // pair's life, rising (with a setback now and then) to the value goal_progress holds now.
      name: 'goal progress history',
      batched: true,
      run: async (db, batch, batches) => {
        const [lo, hi] = range(batch, batches, o.pairs);
        return insert(
          db,
          `INSERT INTO goal_progress_history (tenant_id, pair_id, goal_id, progress, recorded_at)
           SELECT $1, g.pair_id, g.goal_id,
                  CASE WHEN i = n THEN g.progress
                       ELSE least(100, greatest(0, round(g.progress * i::float8 / n + 10 * (bench_rand(h + i, 71) - 0.6))))::int END,
                  p.created_at + (g.updated_at - p.created_at) * (i::float8 / n)
           FROM goal_progress g
           JOIN pairs p ON p.tenant_id = g.tenant_id AND p.id = g.pair_id
           CROSS JOIN LATERAL (
             SELECT hashint8extended(bench_n(g.pair_id), hashtext(g.goal_id)) & 2147483647 AS h,
                    greatest(1, floor(extract(epoch FROM g.updated_at - p.created_at) / (86400 * (21 + 14 * bench_rand(bench_n(g.pair_id), 70)))))::int AS n
           ) x
           CROSS JOIN LATERAL generate_series(1, x.n) AS i
           WHERE g.tenant_id = $1 AND g.pair_id BETWEEN ${idSql('pair', '$2::bigint')} AND ${idSql('pair', '$3::bigint')}`,
          [t, lo, hi],
        );
      },
    },
    {
      // Pulse surveys: each person of a pair that got going is asked at its start, at its midpoint
      // (four and a half months in) and at its end, once per programme and moment however many
      // pairs they have there; the request closes after two weeks.
      name: 'survey requests',
      analyze: ['survey_requests'],
      run: async (db) =>
        insert(
          db,
          `INSERT INTO survey_requests (tenant_id, id, programme_id, person_id, moment, pair_id, role, skills, created_at,
                                        closes_at, answered_at)
           SELECT DISTINCT ON (programme_id, person_id, moment)
                  $1, md5(programme_id || person_id::text || moment)::uuid, programme_id, person_id, moment, pair_id, role,
                  ARRAY[($2::text[])[1 + h % cardinality($2::text[])], ($2::text[])[1 + (h + 7) % cardinality($2::text[])]],
                  at, at + interval '14 days',
                  CASE WHEN bench_rand(h, 80) < (CASE moment WHEN 'start' THEN 0.7 WHEN 'midpoint' THEN 0.55 ELSE 0.5 END)
                       THEN at + (1 + 12 * bench_rand(h, 81)) * interval '1 day' END
           FROM (
             SELECT p.programme_id, p.id AS pair_id, who.person_id, who.role, m.moment, m.at,
                    hashint8extended(bench_n(p.id), ascii(who.role) + ascii(m.moment)) & 2147483647 AS h
             FROM pairs p
             CROSS JOIN LATERAL (VALUES (p.mentor_id, 'mentor'), (p.mentee_id, 'mentee')) AS who(person_id, role)
             CROSS JOIN LATERAL (VALUES ('start', p.created_at + interval '3 days'),
                                        ('midpoint', p.created_at + interval '135 days'),
                                        ('end', CASE WHEN p.status = 'completed' THEN p.updated_at END)) AS m(moment, at)
             WHERE p.tenant_id = $1 AND p.status <> 'proposed' AND m.at IS NOT NULL AND m.at < ${today}
               AND (m.moment <> 'midpoint' OR p.status NOT IN ('ended', 'completed') OR p.updated_at > m.at)
           ) asked
           ORDER BY programme_id, person_id, moment, at`,
          [t, SKILLS.map((k) => k.id)],
        ),
    },
    {
      // The answers of every answered request: motivation, and whether they would recommend the
      // programme (0-10, NPS).
      name: 'survey answers',
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO survey_answers (tenant_id, survey_id, motivation, recommend)
           SELECT $1, id, (ARRAY[2, 3, 3, 4, 4, 4, 5, 5])[1 + floor(8 * bench_rand(h, 90))::int],
                  (ARRAY[3, 5, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10])[1 + floor(12 * bench_rand(h, 91))::int]
           FROM (SELECT id, hashint8extended(bench_n(id), 0) AS h FROM survey_requests
                 WHERE tenant_id = $1 AND answered_at IS NOT NULL) r`,
          [t],
        );
      },
    },
    {
      // Confidence in each skill asked, rising from start to end.
      name: 'survey skill confidence',
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO survey_confidence (tenant_id, survey_id, skill_id, confidence)
           SELECT $1, r.id, k.skill, least(5, 1 + floor(3 * bench_rand(hashint8extended(bench_n(r.id), k.n), 92))::int
                  + CASE r.moment WHEN 'start' THEN 0 WHEN 'midpoint' THEN 1 ELSE 2 END)
           FROM survey_requests r CROSS JOIN LATERAL unnest(r.skills) WITH ORDINALITY AS k(skill, n)
           WHERE r.tenant_id = $1 AND r.answered_at IS NOT NULL`,
          [t],
        );
      },
    },
    {
      // Now and then a comment, kept apart from who wrote it.
      name: 'survey comments',
      run: async (db) => {
        return insert(
          db,
          `INSERT INTO survey_comments (tenant_id, id, programme_id, moment, body, created_on)
           SELECT $1, md5(id::text || 'comment')::uuid, programme_id, moment, 'A comment on the programme.', answered_at::date
           FROM survey_requests WHERE tenant_id = $1 AND answered_at IS NOT NULL AND bench_rand(bench_n(id), 93) < 0.15`,
          [t],
        );
      },
    },
  ];
}

export interface SeedResult {
  ms: number;
  /** Milliseconds per step. */
  steps: Record<string, number>;
  rows: Record<string, number>;
}

/** Writes the tenant's year into a migrated, empty database. */
export async function seedAnalytics(
  db: Db,
  options: SeedOptions,
  progress: Progress = () => undefined,
): Promise<SeedResult> {
  const o: Required<SeedOptions> = { batches: 10, ...options };
  if (!/^[0-9a-f-]{36}$/.test(o.tenantId) || !/^\d{4}-\d{2}-\d{2}$/.test(o.today)) throw new Error('bad seed options');
  const started = performance.now();
  const result: SeedResult = { ms: 0, steps: {}, rows: {} };
  await db.exec(HELPERS);
  try {
    for (const step of steps(o)) {
      const t0 = performance.now();
      const batches = step.batched ? o.batches : 1;
      let rows = 0;
      for (let b = 0; b < batches; b++) {
        rows += await step.run(db, b, batches);
        progress(step.name, b + 1, batches);
      }
      for (const table of step.analyze ?? []) await db.exec(`ANALYZE ${table}`);
      result.steps[step.name] = Math.round(performance.now() - t0);
      result.rows[step.name] = rows;
    }
    // The planner's statistics, as autovacuum would have them on a database that grew over a year.
    const t0 = performance.now();
    await db.exec('ANALYZE');
    result.steps.analyze = Math.round(performance.now() - t0);
  } finally {
    await db.exec(DROP_HELPERS);
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

export { DAY_MS };
