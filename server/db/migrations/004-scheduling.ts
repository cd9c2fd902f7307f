// Meetings Tandem books for pairs. A series is one recurring Outlook meeting in the mentor's
// calendar; a pair has at most one live series (booking, booked, needs attention), and a new generation replaces it when it is
// rebooked (declined, cancelled in Outlook, pair resumed). Occurrences are Tandem's copy of the
// series' instances, refreshed by the follow job, so the tab never waits on Graph.
export const sql = `
CREATE TABLE meeting_series (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  pair_id uuid NOT NULL,
  generation integer NOT NULL,
  status text NOT NULL CHECK (status IN ('booking', 'booked', 'needs_attention', 'cancelling', 'cancelled', 'replaced')),
  organizer_id uuid NOT NULL,
  attendee_id uuid NOT NULL,
  cadence text NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  duration_minutes integer NOT NULL CHECK (duration_minutes IN (30, 45, 60)),
  -- Sent with the create, so a retried create answers with the same event (FACTS 1.7).
  transaction_id text NOT NULL,
  event_id text,
  join_url text,
  time_zone text,
  local_start text,
  first_start timestamptz,
  recurrence jsonb,
  -- Slots the pair must not be offered again (declined ones), as [start, end] epoch ms.
  avoid jsonb NOT NULL DEFAULT '[]',
  problem text,
  attempts integer NOT NULL DEFAULT 0,
  checked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, pair_id, generation)
);
CREATE UNIQUE INDEX meeting_series_live ON meeting_series (tenant_id, pair_id)
  WHERE status IN ('booking', 'booked', 'needs_attention');
CREATE INDEX meeting_series_people ON meeting_series (tenant_id, organizer_id);
CREATE INDEX meeting_series_attendee ON meeting_series (tenant_id, attendee_id);
CREATE INDEX meeting_series_due ON meeting_series (status, checked_at);

CREATE TABLE meeting_occurrences (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  series_id uuid NOT NULL,
  -- The instance's id in the organizer's mailbox, once read back from Graph.
  event_id text,
  original_start timestamptz NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('scheduled', 'skipping', 'skipped', 'rescheduling', 'cancelled')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, series_id, original_start)
);
CREATE INDEX meeting_occurrences_series ON meeting_occurrences (tenant_id, series_id, starts_at);
`;
