// Issue 12: any number of programmes per tenant instead of two fixed tracks. The two tracks become
// the programmes 'mentoring' and 'reverse' (their ids are the old track names, so every
// enrolment, request, pair, round and invitation keeps pointing at its programme); what a
// programme is (kind, names, dates, eligibility, how it matches) moves onto its row.
export const sql = `
ALTER TABLE programmes RENAME COLUMN track TO id;
ALTER TABLE programmes DROP CONSTRAINT IF EXISTS programmes_track_check;
ALTER TABLE programmes
  ADD COLUMN kind text NOT NULL DEFAULT 'mentoring' CHECK (kind IN ('mentoring', 'reverse', 'succession')),
  ADD COLUMN status text NOT NULL DEFAULT 'running' CHECK (status IN ('draft', 'open', 'running', 'closed', 'archived')),
  -- {"en": "...", "it": "..."} each.
  ADD COLUMN names jsonb,
  ADD COLUMN descriptions jsonb,
  ADD COLUMN enrol_from date,
  ADD COLUMN enrol_until date,
  ADD COLUMN starts_on date,
  ADD COLUMN ends_on date,
  -- {"levels": [..], "departments": [..], "offices": [..], "countries": [..], "inviteOnly": bool}; empty lists: anyone.
  ADD COLUMN eligibility jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN matching text NOT NULL DEFAULT 'both' CHECK (matching IN ('requests', 'rounds', 'both')),
  -- {"cadence", "meetingMinutes", "capacity"}: what a new enrolment starts with.
  ADD COLUMN defaults jsonb NOT NULL DEFAULT '{}',
  -- {"skills": [ids], "goals": [ids]}; empty lists: the whole catalogue.
  ADD COLUMN catalogue jsonb NOT NULL DEFAULT '{}',
  -- Pulse surveys: which moments ask ("start", "midpoint", "end").
  ADD COLUMN surveys jsonb NOT NULL DEFAULT '["start", "midpoint", "end"]',
  ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
UPDATE programmes SET kind = id WHERE id IN ('mentoring', 'reverse');

-- Every tenant already using Tandem keeps its two programmes, running, whatever it had saved.
INSERT INTO programmes (tenant_id, id, kind, settings)
  SELECT t.tenant_id, k.id, k.id, '{}'::jsonb
  FROM (SELECT tenant_id FROM tenants UNION SELECT tenant_id FROM enrolments UNION SELECT tenant_id FROM pairs) t
  CROSS JOIN (VALUES ('mentoring'), ('reverse')) AS k(id)
  ON CONFLICT (tenant_id, id) DO NOTHING;
UPDATE programmes SET names = CASE id
    WHEN 'mentoring' THEN '{"en": "Mentoring", "it": "Mentoring"}'::jsonb
    ELSE '{"en": "Reverse mentoring", "it": "Reverse mentoring"}'::jsonb END
  WHERE names IS NULL;
UPDATE programmes SET descriptions = CASE id
    WHEN 'mentoring' THEN '{"en": "An experienced colleague guides you in your craft and your growth.", "it": "Un collega con più esperienza ti guida nel mestiere e nella crescita."}'::jsonb
    ELSE '{"en": "Junior colleagues share new technology, market trends and ways of working with senior leaders.", "it": "I colleghi più giovani condividono con i senior leader nuove tecnologie, tendenze di mercato e modi di lavorare."}'::jsonb END
  WHERE descriptions IS NULL;
ALTER TABLE programmes ALTER COLUMN names SET NOT NULL, ALTER COLUMN descriptions SET NOT NULL;
CREATE INDEX programmes_status ON programmes (tenant_id, status);

ALTER TABLE enrolments RENAME COLUMN track TO programme_id;
ALTER TABLE enrolments DROP CONSTRAINT IF EXISTS enrolments_track_check;
CREATE INDEX enrolments_programme ON enrolments (tenant_id, programme_id);
ALTER TABLE pairs RENAME COLUMN track TO programme_id;
CREATE INDEX pairs_programme ON pairs (tenant_id, programme_id, status);
ALTER TABLE match_requests RENAME COLUMN track TO programme_id;
ALTER TABLE rounds RENAME COLUMN track TO programme_id;
UPDATE rounds SET result = (result - 'track') || jsonb_build_object('programmeId', result->'track')
  WHERE result ? 'track';
ALTER TABLE invitations RENAME COLUMN track TO programme_id;
ALTER TABLE invitations DROP CONSTRAINT IF EXISTS invitations_track_check;

-- The smallest group a figure may describe; a tenant may raise it, never lower it.
ALTER TABLE tenants ADD COLUMN min_group_size integer NOT NULL DEFAULT 5 CHECK (min_group_size >= 5);
`;
