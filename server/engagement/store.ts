import type { Queryable } from '../db/db.js';
import type { Label } from '../matching/schemas.js';

// What engagement reminders read, across the domains whose records make an occasion (sessions and
// check-ins, requests, pairs, surveys, programmes), and reminders_sent, the record that makes each
// reminder go out at most once per occasion. Reads only: ids, times and names, never a note.

/** The kinds of reminder, each with its occasions. */
export type ReminderKind = 'checkin' | 'request' | 'idle' | 'survey_ask' | 'survey_reminder' | 'closing';

/** One reminder owed: to whom, about what (its occasion key), and what its text and link need. */
export interface Occasion {
  kind: ReminderKind;
  occasion: string;
  personId: string;
  /** The other person it is about, for {person}; null when it is about no one. */
  otherId: string | null;
  programmeId: string | null;
  /** The tab's route it opens (teams-app.ts TAB_PATHS). */
  subject: string | null;
}

const at = (ms: number) => new Date(ms);
const notYet = (kind: ReminderKind, occasion: string, person: string) =>
  `NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.tenant_id = $1 AND r.kind = '${kind}'
     AND r.occasion = ${occasion} AND r.person_id = ${person})`;

/** Sessions held (scheduled, ended) since `since` that this person of the two has not checked in on. */
export async function sessionsWithoutCheckin(
  q: Queryable,
  tenantId: string,
  now: number,
  since: number,
  limit: number,
): Promise<
  { occurrenceId: string; seriesId: string; programmeId: string | null; personId: string; otherId: string }[]
> {
  const rows = await q.query<{
    occurrence_id: string;
    series_id: string;
    programme_id: string | null;
    person_id: string;
    other_id: string;
  }>(
    `SELECT o.id AS occurrence_id, s.id AS series_id, p.programme_id, x.person_id, x.other_id
     FROM meeting_occurrences o
     JOIN meeting_series s ON s.tenant_id = o.tenant_id AND s.id = o.series_id
     LEFT JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
     CROSS JOIN LATERAL (VALUES (s.organizer_id, s.attendee_id), (s.attendee_id, s.organizer_id)) AS x(person_id, other_id)
     WHERE o.tenant_id = $1 AND o.status = 'scheduled' AND o.ends_at <= $2 AND o.ends_at > $3
       AND NOT EXISTS (SELECT 1 FROM checkins c WHERE c.tenant_id = o.tenant_id AND c.occurrence_id = o.id AND c.person_id = x.person_id)
       AND ${notYet('checkin', 'o.id::text', 'x.person_id')}
     ORDER BY o.ends_at, o.id, x.person_id LIMIT $4`,
    [tenantId, at(now), at(since), limit],
  );
  return rows.map((r) => ({
    occurrenceId: r.occurrence_id,
    seriesId: r.series_id,
    programmeId: r.programme_id,
    personId: r.person_id,
    otherId: r.other_id,
  }));
}

/** Requests pending since before `olderThan` and not expired at `now`: the one who must answer. */
export async function requestsWaiting(
  q: Queryable,
  tenantId: string,
  now: number,
  olderThan: number,
  limit: number,
): Promise<{ requestId: string; programmeId: string; personId: string; otherId: string }[]> {
  const rows = await q.query<{ id: string; programme_id: string; person_id: string; other_id: string }>(
    `SELECT m.id, m.programme_id, x.person_id, m.requested_by AS other_id
     FROM match_requests m
     CROSS JOIN LATERAL (SELECT CASE WHEN m.requested_by = m.mentor_id THEN m.mentee_id ELSE m.mentor_id END) AS x(person_id)
     WHERE m.tenant_id = $1 AND m.status = 'pending' AND m.created_at <= $2 AND m.expires_at > $3
       AND ${notYet('request', 'm.id::text', 'x.person_id')}
     ORDER BY m.created_at, m.id LIMIT $4`,
    [tenantId, at(olderThan), at(now), limit],
  );
  return rows.map((r) => ({
    requestId: r.id,
    programmeId: r.programme_id,
    personId: r.person_id,
    otherId: r.other_id,
  }));
}

/**
 * Active pairs quiet since before `quietBefore`: no session held since then (nor a change to the
 * pair), and none coming before `nextBy`. The occasion is the pair's quiet spell, named by the day
 * it began, so that a later spell (after a new session) is a new occasion.
 */
export async function idlePairs(
  q: Queryable,
  tenantId: string,
  now: number,
  quietBefore: number,
  nextBy: number,
  limit: number,
): Promise<{ pairId: string; programmeId: string; mentorId: string; menteeId: string; quietSince: string }[]> {
  const rows = await q.query<{
    id: string;
    programme_id: string;
    mentor_id: string;
    mentee_id: string;
    quiet_since: string;
  }>(
    `WITH sessions AS (
       SELECT s.pair_id, max(o.ends_at) FILTER (WHERE o.ends_at <= $2) AS last_end,
              bool_or(o.starts_at > $2 AND o.starts_at <= $4) AS coming
       FROM meeting_series s JOIN meeting_occurrences o ON o.tenant_id = s.tenant_id AND o.series_id = s.id
       WHERE s.tenant_id = $1 AND o.status = 'scheduled'
       GROUP BY s.pair_id),
     quiet AS (
       SELECT p.id, p.programme_id, p.mentor_id, p.mentee_id,
              to_char(greatest(p.updated_at, x.last_end) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS quiet_since,
              greatest(p.updated_at, x.last_end) AS since, coalesce(x.coming, false) AS coming
       FROM pairs p LEFT JOIN sessions x ON x.pair_id = p.id
       WHERE p.tenant_id = $1 AND p.status = 'active')
     SELECT id, programme_id, mentor_id, mentee_id, quiet_since FROM quiet
     WHERE since <= $3 AND NOT coming
       AND (${notYet('idle', "quiet.id::text || ':' || quiet.quiet_since", 'quiet.mentor_id')}
         OR ${notYet('idle', "quiet.id::text || ':' || quiet.quiet_since", 'quiet.mentee_id')})
     ORDER BY since, id LIMIT $5`,
    [tenantId, at(now), at(quietBefore), at(nextBy), limit],
  );
  return rows.map((r) => ({
    pairId: r.id,
    programmeId: r.programme_id,
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    quietSince: r.quiet_since,
  }));
}

/** Surveys unanswered and open at `now` that were never asked in the activity feed. */
export async function surveysToAsk(
  q: Queryable,
  tenantId: string,
  now: number,
  limit: number,
): Promise<{ surveyId: string; programmeId: string; personId: string }[]> {
  const rows = await q.query<{ id: string; programme_id: string; person_id: string }>(
    `SELECT s.id, s.programme_id, s.person_id FROM survey_requests s
     WHERE s.tenant_id = $1 AND s.answered_at IS NULL AND s.closes_at > $2
       AND ${notYet('survey_ask', 's.id::text', 's.person_id')}
     ORDER BY s.created_at, s.id LIMIT $3`,
    [tenantId, at(now), limit],
  );
  return rows.map((r) => ({ surveyId: r.id, programmeId: r.programme_id, personId: r.person_id }));
}

/**
 * Surveys unanswered and open at `now` that were asked in the activity feed before `askedBefore`,
 * and not reminded of since.
 */
export async function surveysToRemind(
  q: Queryable,
  tenantId: string,
  now: number,
  askedBefore: number,
  limit: number,
): Promise<{ surveyId: string; programmeId: string; personId: string }[]> {
  const rows = await q.query<{ id: string; programme_id: string; person_id: string }>(
    `SELECT s.id, s.programme_id, s.person_id FROM survey_requests s
     JOIN reminders_sent a ON a.tenant_id = s.tenant_id AND a.kind = 'survey_ask' AND a.occasion = s.id::text
       AND a.person_id = s.person_id AND a.sent_at <= $3
     WHERE s.tenant_id = $1 AND s.answered_at IS NULL AND s.closes_at > $2
       AND ${notYet('survey_reminder', 's.id::text', 's.person_id')}
     ORDER BY s.created_at, s.id LIMIT $4`,
    [tenantId, at(now), at(askedBefore), limit],
  );
  return rows.map((r) => ({ surveyId: r.id, programmeId: r.programme_id, personId: r.person_id }));
}

/** The people who took part in a programme (enrolled, or in a pair that ran) not yet thanked for it. */
export async function participantsToThank(
  q: Queryable,
  tenantId: string,
  programmeId: string,
  limit: number,
): Promise<string[]> {
  const rows = await q.query<{ person_id: string }>(
    `SELECT person_id FROM (
       SELECT person_id FROM enrolments WHERE tenant_id = $1 AND programme_id = $2
       UNION SELECT mentor_id FROM pairs WHERE tenant_id = $1 AND programme_id = $2 AND status IN ('active', 'paused', 'completed')
       UNION SELECT mentee_id FROM pairs WHERE tenant_id = $1 AND programme_id = $2 AND status IN ('active', 'paused', 'completed')
     ) AS x(person_id)
     WHERE ${notYet('closing', '$2', 'x.person_id')}
     ORDER BY person_id LIMIT $3`,
    [tenantId, programmeId, limit],
  );
  return rows.map((r) => r.person_id);
}

/** The names of the tenant's programmes, by id. */
export async function programmeNames(q: Queryable, tenantId: string): Promise<Map<string, Label>> {
  const rows = await q.query<{ id: string; names: Label }>(`SELECT id, names FROM programmes WHERE tenant_id = $1`, [
    tenantId,
  ]);
  return new Map(rows.map((r) => [r.id, r.names]));
}

/** Notifications of the tenant still waiting to be sent (and not given up on). */
export async function unsentNotifications(q: Queryable, tenantId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM notifications WHERE tenant_id = $1 AND sent_at IS NULL AND attempts < 5`,
    [tenantId],
  );
  return row?.n ?? 0;
}

/**
 * Claims reminders in the caller's transaction: each (kind, occasion, person) once, ever. Answers
 * the ones this call claimed; those another run or process claimed first are left out.
 */
export async function claimReminders(
  tx: Queryable,
  tenantId: string,
  reminders: readonly Pick<Occasion, 'kind' | 'occasion' | 'personId'>[],
  now: number,
): Promise<Set<string>> {
  if (reminders.length === 0) return new Set();
  const rows = await tx.query<{ kind: string; occasion: string; person_id: string }>(
    `INSERT INTO reminders_sent (tenant_id, kind, occasion, person_id, sent_at)
     SELECT $1, kind, occasion, person_id, $5 FROM unnest($2::text[], $3::text[], $4::uuid[]) AS r(kind, occasion, person_id)
     ON CONFLICT (tenant_id, kind, occasion, person_id) DO NOTHING
     RETURNING kind, occasion, person_id`,
    [
      tenantId,
      reminders.map((r) => r.kind),
      reminders.map((r) => r.occasion),
      reminders.map((r) => r.personId),
      at(now),
    ],
  );
  return new Set(rows.map((r) => reminderKey(r.kind, r.occasion, r.person_id)));
}

export const reminderKey = (kind: string, occasion: string, personId: string) => `${kind}|${occasion}|${personId}`;
