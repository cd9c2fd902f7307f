// The organisation as copied from the directory by org sync, with each person's derived place in
// it (depth, size of the organisation they lead, seniority level with its reasons).
export const sql = `
CREATE TABLE people (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  user_principal_name text,
  mail text,
  display_name text,
  given_name text,
  surname text,
  job_title text,
  department text,
  office_location text,
  city text,
  country text,
  preferred_language text,
  hire_date date,
  employee_type text,
  account_enabled boolean NOT NULL DEFAULT true,
  manager_id uuid,
  removed_at timestamptz,
  sync_round bigint NOT NULL DEFAULT 0,
  depth integer,
  org_size integer,
  level integer,
  level_reasons jsonb,
  -- From mailboxSettings, fetched when needed (not part of the directory's delta).
  time_zone text,
  working_hours jsonb,
  mailbox_fetched_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX people_manager ON people (tenant_id, manager_id) WHERE removed_at IS NULL;
CREATE INDEX people_name ON people (tenant_id, lower(display_name) text_pattern_ops) WHERE removed_at IS NULL;

-- One row per tenant: the saved delta link, the running sync's lease, progress and last result.
CREATE TABLE org_sync (
  tenant_id uuid PRIMARY KEY,
  delta_link text,
  round bigint NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'idle',
  mode text,
  lease_owner text,
  lease_until timestamptz,
  started_at timestamptz,
  finished_at timestamptz,
  pages integer NOT NULL DEFAULT 0,
  people_seen integer NOT NULL DEFAULT 0,
  last_result jsonb,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A tenant's own words for seniority in job titles, which win over the built-in vocabulary.
CREATE TABLE title_rules (
  tenant_id uuid NOT NULL,
  phrase text NOT NULL,
  level integer NOT NULL CHECK (level BETWEEN 1 AND 10),
  PRIMARY KEY (tenant_id, phrase)
);
`;
