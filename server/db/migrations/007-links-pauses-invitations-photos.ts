// Issue 11: what each notification links to, pauses with an end date, invitations to mentor,
// profile photos copied from Microsoft 365, and match reasons that say nothing of the other
// person's hire year or level.
export const sql = `
-- The tab's route a notification's deep link opens (e.g. 'pairs/<id>'); null: the tab's first view.
ALTER TABLE notifications ADD COLUMN subject text;

-- "Was this person sent this kind lately?" (one 'mentor joined' a day per programme), without
-- reading the whole outbox.
CREATE INDEX notifications_recent ON notifications (tenant_id, person_id, kind, created_at);

-- The day a paused pair resumes by itself (a job queued with the pause); null unless paused with one.
ALTER TABLE pairs ADD COLUMN paused_until date;

-- Colleagues asked to mentor in a programme, kept to refuse the same invitation twice and to
-- limit how many one person sends.
CREATE TABLE invitations (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  inviter_id uuid NOT NULL,
  invitee_id uuid NOT NULL,
  track text NOT NULL CHECK (track IN ('mentoring', 'reverse')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX invitations_inviter ON invitations (tenant_id, inviter_id, created_at);
CREATE INDEX invitations_invitee ON invitations (tenant_id, invitee_id, track, created_at);

-- Profile photos read from Graph, kept for a while; a person without one is kept too (no bytes),
-- so that the tab's initials do not cost a Graph call each time.
CREATE TABLE people_photos (
  tenant_id uuid NOT NULL,
  person_id uuid NOT NULL,
  content_type text,
  bytes bytea,
  etag text,
  fetched_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, person_id),
  CHECK ((bytes IS NULL) = (content_type IS NULL) AND (bytes IS NULL) = (etag IS NULL))
);

-- Reasons saved before: the generation reason compared hire years (tenure) and carried both
-- years, the seniority gap carried the levels between the two; mentor load is about the
-- programme, not the pair. Rewritten as score.ts now writes them, weights unchanged.
CREATE FUNCTION tandem_reasons_007(reasons jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(
    CASE r->>'code'
      WHEN 'different_generation' THEN
        jsonb_build_object('code', 'different_tenure', 'params', '{}'::jsonb, 'weight', r->'weight', 'about', 'pair')
      WHEN 'seniority_gap' THEN
        jsonb_build_object('code', 'seniority_gap', 'weight', r->'weight', 'about', 'pair', 'params',
          jsonb_build_object('span', CASE
            WHEN (r->'params'->>'levels')::numeric <= 1 THEN 'near'
            WHEN (r->'params'->>'levels')::numeric <= 3 THEN 'ideal'
            ELSE 'wide' END))
      WHEN 'mentor_load' THEN r || '{"about": "programme"}'::jsonb
      ELSE r || '{"about": "pair"}'::jsonb
    END ORDER BY n), '[]'::jsonb)
  FROM jsonb_array_elements(reasons) WITH ORDINALITY AS e(r, n)
$$;
UPDATE pairs SET reasons = tandem_reasons_007(reasons);
UPDATE match_requests SET reasons = tandem_reasons_007(reasons);
UPDATE rounds SET result = jsonb_set(result, '{pairs}', (
  SELECT coalesce(jsonb_agg(p || jsonb_build_object('reasons', tandem_reasons_007(p->'reasons')) ORDER BY n), '[]'::jsonb)
  FROM jsonb_array_elements(result->'pairs') WITH ORDINALITY AS e(p, n)))
WHERE jsonb_typeof(result->'pairs') = 'array';
DROP FUNCTION tandem_reasons_007(jsonb);
`;
