// Issue 12: pulse surveys at a programme's start, midpoint and end, and the engagement reminders
// Tandem sends in the Teams activity feed, each at most once per occasion.
//
// Column names are read by the outcomes figures (server/analytics) and written by the analytics
// bench: keep them stable.
export const sql = `
-- One person asked one survey: at most one per programme, person and moment, whichever pair
-- occasioned it (a mentor of two mentees answers once, so NPS counts people, not pairs).
CREATE TABLE survey_requests (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id text NOT NULL,
  person_id uuid NOT NULL,
  moment text NOT NULL CHECK (moment IN ('start', 'midpoint', 'end')),
  -- The pair that occasioned it, and the person's role in it; null for neither.
  pair_id uuid,
  role text CHECK (role IN ('mentor', 'mentee')),
  -- The catalogue skills asked about (the pair's skills), in the order asked.
  skills text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  answered_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, person_id, moment)
);
CREATE INDEX survey_requests_person ON survey_requests (tenant_id, person_id, answered_at);
CREATE INDEX survey_requests_programme ON survey_requests (tenant_id, programme_id, moment);

-- The answers of one survey (written once, with answered_at, in one transaction).
CREATE TABLE survey_answers (
  tenant_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  motivation integer NOT NULL CHECK (motivation BETWEEN 1 AND 5),
  -- "Would you recommend this programme?" 0-10, shown as NPS.
  recommend integer NOT NULL CHECK (recommend BETWEEN 0 AND 10),
  PRIMARY KEY (tenant_id, survey_id)
);

-- Self-rated confidence in each skill asked, one row per skill.
CREATE TABLE survey_confidence (
  tenant_id uuid NOT NULL,
  survey_id uuid NOT NULL,
  skill_id text NOT NULL,
  confidence integer NOT NULL CHECK (confidence BETWEEN 1 AND 5),
  PRIMARY KEY (tenant_id, survey_id, skill_id)
);

-- The one free-text answer, for HR only. Deliberately unlinked: no survey, person or time of day,
-- so that no read path can attribute it to anyone.
CREATE TABLE survey_comments (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  programme_id text NOT NULL,
  moment text NOT NULL CHECK (moment IN ('start', 'midpoint', 'end')),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_on date NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX survey_comments_programme ON survey_comments (tenant_id, programme_id, created_on);

-- Reminders owed once per occasion: the key (kind, occasion, person) is claimed in the transaction
-- that queues the notification, so two workers or two runs never send one twice.
CREATE TABLE reminders_sent (
  tenant_id uuid NOT NULL,
  kind text NOT NULL,
  -- What it is about: a session, a request, a pair's idle spell, a survey, a programme.
  occasion text NOT NULL,
  person_id uuid NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, kind, occasion, person_id)
);
`;
