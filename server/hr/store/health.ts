import type { Queryable } from '../../db/db.js';
import { HEALTH_RULES, type HealthFacts } from '../rules.js';
import type { HealthCounts, HealthLabel, LivePairStatus } from '../schemas.js';

// Programme health in one statement: every live pair of a programme with what its sessions,
// check-ins, requests and its mentor's load say, labelled, counted and paged in the database (a
// programme may hold thousands of pairs). A read model over matching's and scheduling's tables,
// the way HR reports are: it writes nothing, and of check-ins it reads whether the session
// happened and how useful it was, never the private note.

export interface HealthRow extends HealthFacts {
  id: string;
  status: LivePairStatus;
  mentorId: string;
  menteeId: string;
  createdAt: string;
  pausedUntil: string | null;
  label: HealthLabel;
  lastSessionAt: string | null;
  nudgedAt: string | null;
}

export interface HealthPage {
  counts: HealthCounts;
  total: number;
  rows: HealthRow[];
}

const SQL = `
WITH live AS (
  SELECT id, mentor_id, mentee_id, status, created_at, paused_until, mentor_confirmed, mentee_confirmed
  FROM pairs WHERE tenant_id = $1 AND programme_id = $2 AND status IN ('proposed', 'active', 'paused')
),
sessions AS (
  SELECT s.pair_id, s.status AS series_status, o.id, o.ends_at, o.status
  FROM live
  JOIN meeting_series s ON s.tenant_id = $1 AND s.pair_id = live.id
  JOIN meeting_occurrences o ON o.tenant_id = $1 AND o.series_id = s.id
  WHERE o.starts_at > $3::timestamptz - make_interval(days => $8::int) AND o.starts_at <= $3::timestamptz
),
said AS (
  SELECT c.occurrence_id, bool_or(c.happened) AS held, bool_or(NOT c.happened) AS missed,
         sum(c.usefulness) AS useful_sum, count(c.usefulness) AS useful_n
  FROM sessions x JOIN checkins c ON c.tenant_id = $1 AND c.occurrence_id = x.id
  GROUP BY c.occurrence_id
),
met AS (
  SELECT x.pair_id,
    -- Held: someone checked in that it happened, or it went ahead and nobody said it did not.
    max(x.ends_at) FILTER (WHERE x.ends_at <= $3::timestamptz AND (said.held IS TRUE
      OR (x.status IN ('scheduled', 'rescheduling') AND said.missed IS NOT TRUE))) AS last_held,
    count(*) FILTER (WHERE x.status IN ('skipping', 'skipped'))::int AS skipped,
    -- Cancelled while the pair went on: declined (the series was booked again) or deleted in Outlook.
    count(*) FILTER (WHERE x.status = 'cancelled' AND x.series_status NOT IN ('cancelling', 'cancelled'))::int AS declined,
    count(*) FILTER (WHERE x.ends_at <= $3::timestamptz AND x.status IN ('scheduled', 'rescheduling')
      AND said.missed IS TRUE AND said.held IS NOT TRUE)::int AS not_held,
    coalesce(sum(said.useful_sum), 0)::int AS useful_sum,
    coalesce(sum(said.useful_n), 0)::int AS useful_n
  FROM sessions x LEFT JOIN said ON said.occurrence_id = x.id
  GROUP BY x.pair_id
),
waiting AS (
  SELECT CASE WHEN requested_by = mentor_id THEN mentee_id ELSE mentor_id END AS person_id, min(created_at) AS since
  FROM match_requests
  WHERE tenant_id = $1 AND programme_id = $2 AND status = 'pending' AND expires_at > $3::timestamptz
    AND created_at <= $3::timestamptz - make_interval(days => $12::int)
  GROUP BY 1
),
load AS (
  SELECT l.mentor_id, count(*)::int AS load,
         coalesce(max(CASE WHEN e.as_mentor THEN e.capacity END), 0) AS capacity
  FROM live l
  LEFT JOIN enrolments e ON e.tenant_id = $1 AND e.programme_id = $2 AND e.person_id = l.mentor_id
  GROUP BY l.mentor_id
),
nudged AS (
  SELECT pair_id, max(created_at) AS at FROM pair_nudges
  WHERE tenant_id = $1 AND pair_id IN (SELECT id FROM live) GROUP BY pair_id
),
facts AS (
  SELECT l.*, m.last_held, coalesce(m.skipped, 0) AS skipped, coalesce(m.declined, 0) AS declined,
    coalesce(m.not_held, 0) AS not_held, coalesce(m.useful_sum, 0) AS useful_sum, coalesce(m.useful_n, 0) AS useful_n,
    -- The oldest wait first: a proposal one of them has not confirmed, else a request to one of them.
    CASE WHEN l.status = 'proposed' AND l.created_at <= $3::timestamptz - make_interval(days => $12::int) THEN
           CASE WHEN NOT l.mentor_confirmed THEN 'mentor' ELSE 'mentee' END
         WHEN wm.since IS NOT NULL AND (we.since IS NULL OR wm.since <= we.since) THEN 'mentor'
         WHEN we.since IS NOT NULL THEN 'mentee' END AS waiting_on,
    CASE WHEN l.status = 'proposed' AND l.created_at <= $3::timestamptz - make_interval(days => $12::int) THEN l.created_at
         ELSE least(wm.since, we.since) END AS waiting_since,
    d.load, d.capacity, n.at AS nudged_at
  FROM live l
  LEFT JOIN met m ON m.pair_id = l.id
  LEFT JOIN waiting wm ON wm.person_id = l.mentor_id
  LEFT JOIN waiting we ON we.person_id = l.mentee_id
  JOIN load d ON d.mentor_id = l.mentor_id
  LEFT JOIN nudged n ON n.pair_id = l.id
),
judged AS (
  SELECT f.*,
    (f.status = 'active' AND f.created_at <= $3::timestamptz - make_interval(days => $7::int)
      AND (f.last_held IS NULL OR f.last_held <= $3::timestamptz - make_interval(days => $7::int))) AS idle,
    (f.status = 'active' AND f.skipped + f.declined + f.not_held >= $9::int) AS missed,
    (f.useful_n >= $11::int AND f.useful_sum <= $10::numeric * f.useful_n) AS low,
    (f.load > f.capacity) AS over
  FROM facts f
),
labelled AS (
  SELECT j.*,
    CASE WHEN j.idle OR j.missed OR j.low OR j.waiting_on IS NOT NULL OR j.over THEN 'needs_attention'
         WHEN j.status = 'proposed' OR j.created_at > $3::timestamptz - make_interval(days => $7::int) THEN 'too_early'
         ELSE 'on_track' END AS label
  FROM judged j
),
page AS (
  SELECT * FROM labelled WHERE $4::text IS NULL OR label = $4::text
  ORDER BY label = 'needs_attention' DESC, created_at, id LIMIT $5 OFFSET $6
)
SELECT
  (SELECT count(*)::int FROM labelled WHERE $4::text IS NULL OR label = $4::text) AS total,
  (SELECT coalesce(json_object_agg(label, n), '{}'::json) FROM (SELECT label, count(*)::int AS n FROM labelled GROUP BY label) c) AS counts,
  (SELECT coalesce(json_agg(json_build_object(
      'id', id, 'status', status, 'mentorId', mentor_id, 'menteeId', mentee_id, 'createdAt', created_at,
      'pausedUntil', paused_until, 'label', label, 'lastHeld', last_held, 'nudgedAt', nudged_at,
      'idle', idle, 'skipped', skipped, 'declined', declined, 'notHeld', not_held, 'missed', missed,
      'usefulSum', useful_sum, 'usefulN', useful_n, 'low', low, 'waitingOn', waiting_on, 'waitingSince', waiting_since,
      'load', load, 'capacity', capacity, 'over', over)
    ORDER BY label = 'needs_attention' DESC, created_at, id), '[]'::json) FROM page) AS rows
`;

interface JsonRow {
  id: string;
  status: LivePairStatus;
  mentorId: string;
  menteeId: string;
  createdAt: string;
  pausedUntil: string | null;
  label: HealthLabel;
  lastHeld: string | null;
  nudgedAt: string | null;
  idle: boolean;
  skipped: number;
  declined: number;
  notHeld: number;
  missed: boolean;
  usefulSum: number;
  usefulN: number;
  low: boolean;
  waitingOn: 'mentor' | 'mentee' | null;
  waitingSince: string | null;
  load: number;
  capacity: number;
  over: boolean;
}

const DAY_MS = 86_400_000;
/** Timestamps inside JSON come as PostgreSQL writes them ("2026-12-07T09:00:00+00:00"). */
const iso = (t: string | null): string | null => (t === null ? null : new Date(t).toISOString());
const daysSince = (t: string, now: number): number => Math.floor((now - Date.parse(t)) / DAY_MS);

/** One page of a programme's live pairs with their label (or only those with `label`), and the counts. */
export async function programmeHealth(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  now: number,
  page: { label?: HealthLabel | undefined; limit: number; offset: number },
): Promise<HealthPage> {
  const r = HEALTH_RULES;
  const [row] = await q.query<{ total: number; counts: Partial<HealthCounts>; rows: JsonRow[] }>(SQL, [
    tenantId,
    programmeId,
    new Date(now),
    page.label ?? null,
    page.limit,
    page.offset,
    r.idleDays,
    r.missedWindowDays,
    r.missedAtLeast,
    r.lowRatingAtMost,
    r.ratingsAtLeast,
    r.unansweredDays,
  ]);
  const counts = { needs_attention: 0, too_early: 0, on_track: 0, ...row!.counts };
  const rows = row!.rows.map((j): HealthRow => ({
    id: j.id,
    status: j.status,
    mentorId: j.mentorId,
    menteeId: j.menteeId,
    createdAt: iso(j.createdAt)!,
    pausedUntil: j.pausedUntil,
    label: j.label,
    lastSessionAt: iso(j.lastHeld),
    nudgedAt: iso(j.nudgedAt),
    idleDays: j.idle ? daysSince(j.lastHeld ?? j.createdAt, now) : null,
    skipped: j.skipped,
    declined: j.declined,
    notHeld: j.notHeld,
    missed: j.missed,
    ratingAverage: j.usefulN > 0 ? Math.round((10 * j.usefulSum) / j.usefulN) / 10 : null,
    ratings: j.usefulN,
    lowRatings: j.low,
    unanswered: j.waitingOn && j.waitingSince ? { person: j.waitingOn, days: daysSince(j.waitingSince, now) } : null,
    overCapacity: j.over ? { load: j.load, capacity: j.capacity } : null,
  }));
  return { counts, total: row!.total, rows };
}
