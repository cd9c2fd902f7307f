import { randomUUID } from 'node:crypto';
import type { Db } from '../../server/db/db.js';

// The records programme health reads, written as the product's own code leaves them (enrolments,
// pairs, series and their sessions, check-ins, requests), with instants chosen by the test, so each
// label can be worked out by hand from what was seeded.

export const DAY = 86_400_000;

export interface Seeder {
  enrol(personId: string, as: { mentor?: boolean; mentee?: boolean; capacity?: number }): Promise<void>;
  pair(p: {
    mentorId: string;
    menteeId: string;
    status?: 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
    createdAt: number;
    programmeId?: string;
    mentorConfirmed?: boolean;
    menteeConfirmed?: boolean;
  }): Promise<string>;
  /** A session of the pair's series (a new series per `generation`), 45 minutes from `start`. */
  session(
    pairId: string,
    s: {
      start: number;
      status?: 'scheduled' | 'skipped' | 'cancelled';
      seriesStatus?: 'booked' | 'replaced' | 'cancelled';
      generation?: number;
    },
  ): Promise<string>;
  checkin(
    occurrenceId: string,
    personId: string,
    c: { happened: boolean; usefulness?: number; note?: string },
  ): Promise<void>;
  request(r: { mentorId: string; menteeId: string; requestedBy: string; createdAt: number }): Promise<void>;
}

export function seeder(db: Db, tenantId: string, programmeId = 'mentoring'): Seeder {
  const series = new Map<string, string>();
  return {
    async enrol(personId, as) {
      await db.query(
        `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, languages, cadence, meeting_minutes, capacity)
         VALUES ($1, $2, $3, $4, $5, '{en-GB}', 'weekly', 45, $6)
         ON CONFLICT (tenant_id, person_id, programme_id) DO UPDATE SET as_mentor = EXCLUDED.as_mentor,
           as_mentee = EXCLUDED.as_mentee, capacity = EXCLUDED.capacity`,
        [tenantId, personId, programmeId, as.mentor ?? false, as.mentee ?? false, as.capacity ?? 5],
      );
    },
    async pair(p) {
      const id = randomUUID();
      const status = p.status ?? 'active';
      await db.query(
        `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons,
                            mentor_confirmed, mentee_confirmed, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'request', 50, '[]'::jsonb, $7, $8, $9, $9)`,
        [
          tenantId,
          id,
          p.programmeId ?? programmeId,
          p.mentorId,
          p.menteeId,
          status,
          p.mentorConfirmed ?? status !== 'proposed',
          p.menteeConfirmed ?? status !== 'proposed',
          new Date(p.createdAt),
        ],
      );
      return id;
    },
    async session(pairId, s) {
      const generation = s.generation ?? 1;
      const key = `${pairId}/${generation}`;
      let seriesId = series.get(key);
      if (!seriesId) {
        seriesId = randomUUID();
        series.set(key, seriesId);
        const [pair] = await db.query<{ mentor_id: string; mentee_id: string }>(
          `SELECT mentor_id, mentee_id FROM pairs WHERE tenant_id = $1 AND id = $2`,
          [tenantId, pairId],
        );
        await db.query(
          `INSERT INTO meeting_series (tenant_id, id, pair_id, generation, status, organizer_id, attendee_id, cadence,
                                       duration_minutes, transaction_id, event_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'weekly', 45, $8, $8)`,
          [
            tenantId,
            seriesId,
            pairId,
            generation,
            s.seriesStatus ?? 'booked',
            pair!.mentor_id,
            pair!.mentee_id,
            `t-${seriesId}`,
          ],
        );
      }
      const id = randomUUID();
      await db.query(
        `INSERT INTO meeting_occurrences (tenant_id, id, series_id, original_start, starts_at, ends_at, status)
         VALUES ($1, $2, $3, $4, $4, $5, $6)`,
        [tenantId, id, seriesId, new Date(s.start), new Date(s.start + 45 * 60_000), s.status ?? 'scheduled'],
      );
      return id;
    },
    async checkin(occurrenceId, personId, c) {
      await db.query(
        `INSERT INTO checkins (tenant_id, occurrence_id, person_id, happened, usefulness, confidence, note)
         VALUES ($1, $2, $3, $4, $5, 3, $6)`,
        [tenantId, occurrenceId, personId, c.happened, c.usefulness ?? null, c.note ?? null],
      );
    },
    async request(r) {
      await db.query(
        `INSERT INTO match_requests (tenant_id, id, programme_id, mentor_id, mentee_id, requested_by, status, score, reasons,
                                     created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', 40, '[]'::jsonb, $7, $8)`,
        [
          tenantId,
          randomUUID(),
          programmeId,
          r.mentorId,
          r.menteeId,
          r.requestedBy,
          new Date(r.createdAt),
          new Date(r.createdAt + 14 * DAY),
        ],
      );
    },
  };
}
