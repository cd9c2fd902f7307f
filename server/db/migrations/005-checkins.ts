// After a session each person may say whether it happened, how useful it was and how confident
// they feel now, with private notes only they ever read. A pair's goals carry a shared progress.
export const sql = `
CREATE TABLE checkins (
  tenant_id uuid NOT NULL,
  occurrence_id uuid NOT NULL,
  person_id uuid NOT NULL,
  happened boolean NOT NULL,
  usefulness integer CHECK (usefulness BETWEEN 1 AND 5),
  confidence integer CHECK (confidence BETWEEN 1 AND 5),
  -- Private: read back only for its author.
  note text CHECK (length(note) <= 5000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, occurrence_id, person_id)
);

CREATE TABLE goal_progress (
  tenant_id uuid NOT NULL,
  pair_id uuid NOT NULL,
  goal_id text NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, pair_id, goal_id)
);
`;
