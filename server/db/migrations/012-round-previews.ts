// Issue 12: HR round previews that run as a job and that HR refines. A round row now carries how
// its run is going (stage and percent, read by GET /api/admin/rounds/:id while the job works), the
// pairs HR locked in or excluded, and whether those changed since the last run. Its proposed pairs
// and unmatched mentees move out of the result JSON into two tables, so the tab reads them a page
// at a time: a 20,000-mentee round is about 10,000 rows of each, too many for one answer.
export const sql = `
ALTER TABLE rounds
  ADD COLUMN run text NOT NULL DEFAULT 'ready' CHECK (run IN ('queued', 'running', 'ready', 'failed')),
  ADD COLUMN progress jsonb NOT NULL DEFAULT '{"stage": "done", "percent": 100}',
  ADD COLUMN runs integer NOT NULL DEFAULT 1,
  ADD COLUMN choices jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN stale boolean NOT NULL DEFAULT false,
  ADD COLUMN failure text,
  ADD COLUMN finished_at timestamptz;
-- Null until the first run has finished.
ALTER TABLE rounds ALTER COLUMN result DROP NOT NULL;

-- One row per proposed pair of a round's last run, best first (position). names: the two
-- display names, lower case, as they were at the run, for the search box.
CREATE TABLE round_pairs (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  position integer NOT NULL,
  mentor_id uuid NOT NULL,
  mentee_id uuid NOT NULL,
  score double precision NOT NULL,
  reasons jsonb NOT NULL,
  locked boolean NOT NULL DEFAULT false,
  names text NOT NULL,
  PRIMARY KEY (tenant_id, round_id, position)
);

-- The mentees a round's last run leaves without a mentor, and why.
CREATE TABLE round_unmatched (
  tenant_id uuid NOT NULL,
  round_id uuid NOT NULL,
  position integer NOT NULL,
  mentee_id uuid NOT NULL,
  reason text NOT NULL,
  excluded jsonb NOT NULL,
  names text NOT NULL,
  PRIMARY KEY (tenant_id, round_id, position)
);

-- Rounds made before: their pairs and unmatched move into the tables, the result keeps the totals.
INSERT INTO round_pairs (tenant_id, round_id, position, mentor_id, mentee_id, score, reasons, names)
SELECT r.tenant_id, r.id, (p.n - 1)::int, (p.e->>'mentorId')::uuid, (p.e->>'menteeId')::uuid,
       (p.e->>'score')::double precision, p.e->'reasons',
       lower(coalesce(me.display_name, '') || ' ' || coalesce(mo.display_name, ''))
FROM rounds r
CROSS JOIN LATERAL jsonb_array_elements(r.result->'pairs') WITH ORDINALITY AS p(e, n)
LEFT JOIN people me ON me.tenant_id = r.tenant_id AND me.id = (p.e->>'menteeId')::uuid
LEFT JOIN people mo ON mo.tenant_id = r.tenant_id AND mo.id = (p.e->>'mentorId')::uuid
WHERE r.result ? 'pairs';

INSERT INTO round_unmatched (tenant_id, round_id, position, mentee_id, reason, excluded, names)
SELECT r.tenant_id, r.id, (u.n - 1)::int, (u.e->>'menteeId')::uuid, u.e->>'reason', u.e->'excluded',
       lower(coalesce(me.display_name, ''))
FROM rounds r
CROSS JOIN LATERAL jsonb_array_elements(r.result->'unmatched') WITH ORDINALITY AS u(e, n)
LEFT JOIN people me ON me.tenant_id = r.tenant_id AND me.id = (u.e->>'menteeId')::uuid
WHERE r.result ? 'unmatched';

-- Their rule counts are summed over the unmatched only: what was kept for everyone else is gone.
UPDATE rounds r SET result = jsonb_build_object(
  'mentees', r.result->'mentees',
  'mentors', r.result->'mentors',
  'candidateEdges', r.result->'candidateEdges',
  'matched', jsonb_array_length(r.result->'pairs'),
  'unmatched', jsonb_array_length(r.result->'unmatched'),
  'locked', 0,
  'excludedByHr', 0,
  'total', r.result->'total',
  'greedyTotal', r.result->'greedyTotal',
  'solveMs', r.result->'solveMs',
  'ruleCounts', c.counts,
  'unmatchedRuleCounts', c.counts,
  'droppedLocks', '[]'::jsonb)
FROM (
  SELECT r2.tenant_id, r2.id, coalesce(
    (SELECT jsonb_object_agg(k, s) FROM (
       SELECT x.k, sum(x.v::int) AS s
       FROM jsonb_array_elements(r2.result->'unmatched') AS u(e)
       CROSS JOIN LATERAL jsonb_each_text(u.e->'excluded') AS x(k, v)
       GROUP BY x.k) t), '{}'::jsonb) AS counts
  FROM rounds r2 WHERE r2.result ? 'pairs'
) c
WHERE c.tenant_id = r.tenant_id AND c.id = r.id;
UPDATE rounds SET finished_at = created_at;
`;
