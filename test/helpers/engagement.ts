import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/db.js';

// Setting the stage for survey and engagement tests with plain records, as matching and
// scheduling leave them: a programme, enrolments and pairs, held sessions, requests.

export interface ProgrammeSeed {
  id: string;
  status?: 'draft' | 'open' | 'running' | 'closed' | 'archived';
  startsOn?: string | null;
  endsOn?: string | null;
  surveys?: string[];
  names?: { en: string; it: string };
}

/** Creates (or resets) a programme of the tenant. */
export async function seedProgramme(db: Db, tenantId: string, p: ProgrammeSeed): Promise<void> {
  await db.query(
    `INSERT INTO programmes (tenant_id, id, kind, status, names, descriptions, starts_on, ends_on, surveys, settings)
     VALUES ($1, $2, 'mentoring', $3, $4::jsonb, '{"en": "", "it": ""}'::jsonb, $5, $6, $7::jsonb, '{}'::jsonb)
     ON CONFLICT (tenant_id, id) DO UPDATE SET status = EXCLUDED.status, names = EXCLUDED.names,
       starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, surveys = EXCLUDED.surveys`,
    [
      tenantId,
      p.id,
      p.status ?? 'running',
      JSON.stringify(p.names ?? { en: 'Digital skills 2027', it: 'Competenze digitali 2027' }),
      p.startsOn ?? null,
      p.endsOn ?? null,
      JSON.stringify(p.surveys ?? ['start', 'midpoint', 'end']),
    ],
  );
}

export interface PairSeed {
  programmeId: string;
  mentorId: string;
  menteeId: string;
  status?: 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
  /** When the pair was made (and last changed), epoch ms. */
  at: number;
  offers?: string[];
  wants?: string[];
}

/** Enrols both people in the programme and makes them a pair; answers the pair's id. */
export async function seedPair(db: Db, tenantId: string, p: PairSeed): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    for (const [person, mentor] of [
      [p.mentorId, true],
      [p.menteeId, false],
    ] as const) {
      await tx.query(
        `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, offers, wants, languages, cadence, meeting_minutes, capacity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, '{en-GB,it-IT}', 'biweekly', 30, 3)
         ON CONFLICT (tenant_id, person_id, programme_id) DO UPDATE SET
           as_mentor = enrolments.as_mentor OR EXCLUDED.as_mentor, as_mentee = enrolments.as_mentee OR EXCLUDED.as_mentee,
           offers = CASE WHEN EXCLUDED.as_mentor THEN EXCLUDED.offers ELSE enrolments.offers END,
           wants = CASE WHEN EXCLUDED.as_mentee THEN EXCLUDED.wants ELSE enrolments.wants END`,
        [
          tenantId,
          person,
          p.programmeId,
          mentor,
          !mentor,
          mentor ? (p.offers ?? ['generative_ai', 'data_visualisation', 'negotiation']) : [],
          mentor ? [] : (p.wants ?? ['generative_ai', 'data_visualisation', 'public_speaking']),
        ],
      );
    }
    await tx.query(
      `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons,
                          mentor_confirmed, mentee_confirmed, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'request', 50, '[]'::jsonb, true, true, $7, $7)`,
      [tenantId, id, p.programmeId, p.mentorId, p.menteeId, p.status ?? 'active', new Date(p.at)],
    );
  });
  return id;
}

/** A booked series for the pair (mentor organises), with sessions at these starts (30 minutes each). */
export async function seedSessions(
  db: Db,
  tenantId: string,
  pair: { id: string; mentorId: string; menteeId: string },
  starts: readonly number[],
): Promise<{ seriesId: string; occurrenceIds: string[] }> {
  const seriesId = randomUUID();
  await db.query(
    `INSERT INTO meeting_series (tenant_id, id, pair_id, generation, status, organizer_id, attendee_id, cadence,
                                 duration_minutes, transaction_id, first_start)
     VALUES ($1, $2, $3, 1, 'booked', $4, $5, 'biweekly', 30, $6, $7)`,
    [tenantId, seriesId, pair.id, pair.mentorId, pair.menteeId, randomUUID(), new Date(starts[0] ?? Date.now())],
  );
  return { seriesId, occurrenceIds: await addSessions(db, tenantId, seriesId, starts) };
}

/** More sessions of a series, at these starts (30 minutes each); answers their ids. */
export async function addSessions(
  db: Db,
  tenantId: string,
  seriesId: string,
  starts: readonly number[],
): Promise<string[]> {
  const occurrenceIds: string[] = [];
  for (const start of starts) {
    const id = randomUUID();
    await db.query(
      `INSERT INTO meeting_occurrences (tenant_id, id, series_id, original_start, starts_at, ends_at, status)
       VALUES ($1, $2, $3, $4, $4, $5, 'scheduled')`,
      [tenantId, id, seriesId, new Date(start), new Date(start + 30 * 60_000)],
    );
    occurrenceIds.push(id);
  }
  return occurrenceIds;
}

/** A pending request, sent by `requestedBy` (one of the two) at `at`, expiring 14 days later. */
export async function seedRequest(
  db: Db,
  tenantId: string,
  r: { programmeId: string; mentorId: string; menteeId: string; requestedBy: string; at: number },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO match_requests (tenant_id, id, programme_id, mentor_id, mentee_id, requested_by, status, score, reasons,
                                 created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'pending', 50, '[]'::jsonb, $7, $8)`,
    [
      tenantId,
      id,
      r.programmeId,
      r.mentorId,
      r.menteeId,
      r.requestedBy,
      new Date(r.at),
      new Date(r.at + 14 * 86_400_000),
    ],
  );
  return id;
}

/** Notifications owed so far, as (kind, person, subject, params), oldest first. */
export async function owed(db: Db, tenantId: string, kind?: string) {
  return db.query<{ kind: string; person_id: string; subject: string | null; params: Record<string, string> }>(
    `SELECT kind, person_id, subject, params FROM notifications WHERE tenant_id = $1 AND ($2::text IS NULL OR kind = $2)
     ORDER BY created_at, person_id`,
    [tenantId, kind ?? null],
  );
}
