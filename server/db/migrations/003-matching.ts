// Mentoring and reverse mentoring: who takes part and how, requests between people, the pairs
// they form, the programme rounds HR runs, and the notifications owed to people.
export const sql = `
CREATE TABLE programmes (
  tenant_id uuid NOT NULL,
  track text NOT NULL CHECK (track IN ('mentoring', 'reverse')),
  settings jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, track)
);

CREATE TABLE enrolments (
  tenant_id uuid NOT NULL,
  person_id uuid NOT NULL,
  track text NOT NULL CHECK (track IN ('mentoring', 'reverse')),
  as_mentor boolean NOT NULL,
  as_mentee boolean NOT NULL,
  offers text[] NOT NULL DEFAULT '{}',
  wants text[] NOT NULL DEFAULT '{}',
  goals text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  cadence text NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  meeting_minutes integer NOT NULL CHECK (meeting_minutes IN (30, 45, 60)),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 5),
  paused boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, person_id, track),
  CHECK (as_mentor OR as_mentee)
);

CREATE TABLE pairs (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  track text NOT NULL,
  mentor_id uuid NOT NULL,
  mentee_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'active', 'paused', 'completed', 'ended')),
  source text NOT NULL CHECK (source IN ('request', 'round')),
  round_id uuid,
  score numeric NOT NULL,
  reasons jsonb NOT NULL,
  mentor_confirmed boolean NOT NULL DEFAULT false,
  mentee_confirmed boolean NOT NULL DEFAULT false,
  ended_reason text,
  flag text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
-- One live pair per two people and track.
CREATE UNIQUE INDEX pairs_live ON pairs (tenant_id, track, mentor_id, mentee_id) WHERE status IN ('proposed', 'active', 'paused');
CREATE INDEX pairs_mentor ON pairs (tenant_id, mentor_id);
CREATE INDEX pairs_mentee ON pairs (tenant_id, mentee_id);

CREATE TABLE match_requests (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  track text NOT NULL,
  mentor_id uuid NOT NULL,
  mentee_id uuid NOT NULL,
  requested_by uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
  score numeric NOT NULL,
  reasons jsonb NOT NULL,
  message text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  decided_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX match_requests_pending ON match_requests (tenant_id, track, mentor_id, mentee_id) WHERE status = 'pending';

CREATE TABLE rounds (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  track text NOT NULL,
  status text NOT NULL CHECK (status IN ('preview', 'published', 'discarded')),
  created_by uuid NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);

-- Notifications owed to people (Teams activity feed), sent by a worker; kept as a record.
CREATE TABLE notifications (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL,
  params jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  -- A sender claims a batch for a while, so that two server processes never send one twice.
  claimed_until timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX notifications_unsent ON notifications (created_at) WHERE sent_at IS NULL;
`;
