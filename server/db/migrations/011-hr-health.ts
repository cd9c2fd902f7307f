// Issue 12, programme health and enrolment: what HR did from the HR area, kept to limit how often
// it may do it again (a nudge a day per pair, an invitation a week per person and programme) and to
// show when it last did. Timed by the app's clock (the column is written, never defaulted), like
// every decision.
export const sql = `
CREATE TABLE pair_nudges (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  pair_id uuid NOT NULL,
  nudged_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX pair_nudges_pair ON pair_nudges (tenant_id, pair_id, created_at);

-- HR asking people to join a programme (not a colleague asking one to mentor: that is invitations).
CREATE TABLE programme_invitations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id text NOT NULL,
  person_id uuid NOT NULL,
  invited_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX programme_invitations_person ON programme_invitations (tenant_id, programme_id, person_id, created_at);

-- Programme health reads the requests waiting in a programme (series by pair and sessions by
-- series have their indexes already).
CREATE INDEX match_requests_waiting ON match_requests (tenant_id, programme_id, created_at) WHERE status = 'pending';
`;
