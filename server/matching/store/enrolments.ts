import type { Queryable } from '../../db/db.js';
import type { Enrolment, Track } from '../schemas.js';

// How people take part in programmes (the enrolments table). Every statement names its tenant.

interface Row {
  track: Track;
  as_mentor: boolean;
  as_mentee: boolean;
  offers: string[];
  wants: string[];
  goals: string[];
  languages: string[];
  cadence: Enrolment['cadence'];
  meeting_minutes: Enrolment['meetingMinutes'];
  capacity: number;
  paused: boolean;
}

const enrolment = (r: Row): Enrolment => ({
  track: r.track,
  asMentor: r.as_mentor,
  asMentee: r.as_mentee,
  offers: r.offers,
  wants: r.wants,
  goals: r.goals,
  languages: r.languages,
  cadence: r.cadence,
  meetingMinutes: r.meeting_minutes,
  capacity: r.capacity,
  paused: r.paused,
});

export async function loadEnrolments(q: Queryable, tenantId: string, personId: string): Promise<Enrolment[]> {
  const rows = await q.query<Row>(
    `SELECT track, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused
     FROM enrolments WHERE tenant_id = $1 AND person_id = $2 ORDER BY track`,
    [tenantId, personId],
  );
  return rows.map(enrolment);
}

/** The person's enrolment in the track, locked until the transaction ends; undefined if not enrolled. */
export async function lockEnrolment(
  tx: Queryable,
  tenantId: string,
  personId: string,
  track: Track,
): Promise<Enrolment | undefined> {
  const rows = await tx.query<Row>(
    `SELECT track, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused
     FROM enrolments WHERE tenant_id = $1 AND person_id = $2 AND track = $3 FOR UPDATE`,
    [tenantId, personId, track],
  );
  return rows[0] && enrolment(rows[0]);
}

/** Joins or changes a programme; lists are saved without repeats. */
export async function saveEnrolment(q: Queryable, tenantId: string, personId: string, e: Enrolment): Promise<void> {
  await q.query(
    `INSERT INTO enrolments (tenant_id, person_id, track, as_mentor, as_mentee, offers, wants, goals, languages, cadence,
                             meeting_minutes, capacity, paused)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, person_id, track) DO UPDATE SET
       as_mentor = EXCLUDED.as_mentor, as_mentee = EXCLUDED.as_mentee, offers = EXCLUDED.offers, wants = EXCLUDED.wants,
       goals = EXCLUDED.goals, languages = EXCLUDED.languages, cadence = EXCLUDED.cadence,
       meeting_minutes = EXCLUDED.meeting_minutes, capacity = EXCLUDED.capacity, paused = EXCLUDED.paused, updated_at = now()`,
    [
      tenantId,
      personId,
      e.track,
      e.asMentor,
      e.asMentee,
      uniq(e.offers),
      uniq(e.wants),
      uniq(e.goals),
      uniq(e.languages),
      e.cadence,
      e.meetingMinutes,
      e.capacity,
      e.paused,
    ],
  );
}

/**
 * A mentor's capacity in a track, their enrolment row locked until the transaction ends: whoever
 * counts the mentor's live pairs after this sees every pair a concurrent accept could add.
 * Undefined when they no longer take mentees there.
 */
export async function lockMentorCapacity(
  tx: Queryable,
  tenantId: string,
  track: Track,
  mentorId: string,
): Promise<number | undefined> {
  const rows = await tx.query<{ capacity: number }>(
    `SELECT capacity FROM enrolments WHERE tenant_id = $1 AND person_id = $2 AND track = $3 AND as_mentor FOR UPDATE`,
    [tenantId, mentorId, track],
  );
  return rows[0]?.capacity;
}

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
