import type { Queryable } from '../../db/db.js';
import type { Enrolment, ProgrammeId } from '../schemas.js';

// How people take part in programmes (the enrolments table). Every statement names its tenant.

interface Row {
  programme_id: string;
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
  programmeId: r.programme_id,
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
    `SELECT programme_id, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused
     FROM enrolments WHERE tenant_id = $1 AND person_id = $2 ORDER BY programme_id`,
    [tenantId, personId],
  );
  return rows.map(enrolment);
}

/** The person's enrolment in the programme, locked until the transaction ends; undefined if not enrolled. */
export async function lockEnrolment(
  tx: Queryable,
  tenantId: string,
  personId: string,
  programmeId: ProgrammeId,
): Promise<Enrolment | undefined> {
  const rows = await tx.query<Row>(
    `SELECT programme_id, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused
     FROM enrolments WHERE tenant_id = $1 AND person_id = $2 AND programme_id = $3 FOR UPDATE`,
    [tenantId, personId, programmeId],
  );
  return rows[0] && enrolment(rows[0]);
}

/** Joins or changes a programme; lists are saved without repeats. */
export async function saveEnrolment(q: Queryable, tenantId: string, personId: string, e: Enrolment): Promise<void> {
  await q.query(
    `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, offers, wants, goals, languages, cadence,
                             meeting_minutes, capacity, paused)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, person_id, programme_id) DO UPDATE SET
       as_mentor = EXCLUDED.as_mentor, as_mentee = EXCLUDED.as_mentee, offers = EXCLUDED.offers, wants = EXCLUDED.wants,
       goals = EXCLUDED.goals, languages = EXCLUDED.languages, cadence = EXCLUDED.cadence,
       meeting_minutes = EXCLUDED.meeting_minutes, capacity = EXCLUDED.capacity, paused = EXCLUDED.paused, updated_at = now()`,
    [
      tenantId,
      personId,
      e.programmeId,
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
 * A mentor's capacity in a programme, all their enrolments as mentor locked until the transaction
 * ends (always in one order, so two accepts never deadlock): whoever counts the mentor's live pairs
 * after this sees every pair a concurrent accept could add, in any programme. Undefined when they
 * no longer take mentees in this one.
 */
export async function lockMentorCapacity(
  tx: Queryable,
  tenantId: string,
  programmeId: ProgrammeId,
  mentorId: string,
): Promise<number | undefined> {
  const rows = await tx.query<{ programme_id: string; capacity: number }>(
    `SELECT programme_id, capacity FROM enrolments WHERE tenant_id = $1 AND person_id = $2 AND as_mentor
     ORDER BY programme_id FOR UPDATE`,
    [tenantId, mentorId],
  );
  return rows.find((r) => r.programme_id === programmeId)?.capacity;
}

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
