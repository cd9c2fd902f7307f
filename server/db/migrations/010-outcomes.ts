// Issue 12, outcomes: goal_progress keeps only each goal's current value, so the learning curve
// (progress over the weeks since a pair started) needs the values as they were recorded. Each
// change appends a row here in the statement that changes goal_progress (scheduling/store/goals.ts).
// The rest are the indexes the dashboard's aggregates read through (server/analytics).
export const sql = `
CREATE TABLE goal_progress_history (
  tenant_id uuid NOT NULL,
  pair_id uuid NOT NULL,
  goal_id text NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  recorded_at timestamptz NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant_id, pair_id, goal_id, recorded_at, id)
);

-- What there was before this table: each goal's current value, recorded when it was last changed.
INSERT INTO goal_progress_history (tenant_id, pair_id, goal_id, progress, recorded_at)
  SELECT tenant_id, pair_id, goal_id, progress, updated_at FROM goal_progress;

-- Every series of a pair (replaced generations too), for sessions per pair.
CREATE INDEX meeting_series_pair ON meeting_series (tenant_id, pair_id);
-- Matched pairs by programme and start, and the two people's pairs in any programme (retention).
CREATE INDEX pairs_programme_created ON pairs (tenant_id, programme_id, created_at)
  WHERE mentor_confirmed AND mentee_confirmed;
-- The directory's groups (office, department, level) and leavers, for distributions and retention.
CREATE INDEX people_groups ON people (tenant_id, department, office_location, level);
CREATE INDEX enrolments_person ON enrolments (tenant_id, person_id);
`;
