import type { Queryable } from '../db/db.js';
import { readWorkingHours, type OutlookWorkingHours } from '../time/outlook-hours.js';
import type { WeeklyHours } from '../time/weekly-hours.js';
import type { MatchReason, MentorSlot, Participant, ProgrammeSettings, Track } from './model.js';
import { DEFAULT_SETTINGS } from './rules.js';

// Reads of enrolled people as matching sees them, and of programme settings. Every statement
// names its tenant.

interface Row {
  person_id: string;
  as_mentor: boolean;
  as_mentee: boolean;
  offers: string[];
  wants: string[];
  goals: string[];
  languages: string[];
  capacity: number;
  manager_id: string | null;
  level: number | null;
  department: string | null;
  office_location: string | null;
  hire_date: string | null;
  time_zone: string | null;
  working_hours: OutlookWorkingHours | null;
  load: number;
}

/**
 * Saved Outlook working hours ("09:00:00.0000000", Windows, IANA or custom zones) as WeeklyHours,
 * the mailbox's zone standing in for an unreadable one (time/outlook-hours.ts).
 */
export function weeklyHours(timeZone: string | null, wh: OutlookWorkingHours | null): WeeklyHours | null {
  return readWorkingHours(wh, { mailboxZone: timeZone })?.hours ?? null;
}

function participant(r: Row): Participant {
  return {
    id: r.person_id,
    managerId: r.manager_id,
    level: r.level ?? 1,
    department: r.department,
    officeLocation: r.office_location,
    hireDate: r.hire_date,
    languages: r.languages,
    hours: weeklyHours(r.time_zone, r.working_hours),
    offers: r.offers,
    wants: r.wants,
    goals: r.goals,
  };
}

/**
 * Everyone taking part in a track and not paused, placed in the organisation (a level is known),
 * with each mentor's live pairs counted against their capacity.
 */
export async function loadPool(db: Queryable, tenantId: string, track: Track): Promise<{ mentors: MentorSlot[]; mentees: Participant[] }> {
  const rows = await db.query<Row>(
    `SELECT e.person_id, e.as_mentor, e.as_mentee, e.offers, e.wants, e.goals, e.languages, e.capacity,
            p.manager_id, p.level, p.department, p.office_location, p.hire_date, p.time_zone, p.working_hours,
            (SELECT count(*)::int FROM pairs x WHERE x.tenant_id = e.tenant_id AND x.track = e.track AND x.mentor_id = e.person_id
               AND x.status IN ('proposed', 'active', 'paused')) AS load
     FROM enrolments e JOIN people p ON p.tenant_id = e.tenant_id AND p.id = e.person_id AND p.removed_at IS NULL
     WHERE e.tenant_id = $1 AND e.track = $2 AND NOT e.paused AND p.level IS NOT NULL
     ORDER BY e.person_id`,
    [tenantId, track],
  );
  return {
    mentors: rows.filter((r) => r.as_mentor).map((r) => ({ participant: participant(r), capacity: r.capacity, load: r.load })),
    mentees: rows.filter((r) => r.as_mentee).map(participant),
  };
}

/** Every pair there has been in the track, as "mentorId|menteeId" (the no-repeat rule). */
export async function pastPairs(db: Queryable, tenantId: string, track: Track): Promise<Set<string>> {
  const rows = await db.query<{ mentor_id: string; mentee_id: string }>(`SELECT mentor_id, mentee_id FROM pairs WHERE tenant_id = $1 AND track = $2`, [tenantId, track]);
  return new Set(rows.map((r) => `${r.mentor_id}|${r.mentee_id}`));
}

/** Mentees who already have a live mentor in the track: a round does not give them another. */
export async function menteesWithMentor(db: Queryable, tenantId: string, track: Track): Promise<Set<string>> {
  const rows = await db.query<{ mentee_id: string }>(
    `SELECT mentee_id FROM pairs WHERE tenant_id = $1 AND track = $2 AND status IN ('proposed', 'active', 'paused')`,
    [tenantId, track],
  );
  return new Set(rows.map((r) => r.mentee_id));
}

export async function programmeSettings(db: Queryable, tenantId: string, track: Track): Promise<ProgrammeSettings> {
  const rows = await db.query<{ settings: Partial<ProgrammeSettings> }>(`SELECT settings FROM programmes WHERE tenant_id = $1 AND track = $2`, [tenantId, track]);
  const saved = rows[0]?.settings ?? {};
  return { ...DEFAULT_SETTINGS, ...saved, weights: { ...DEFAULT_SETTINGS.weights, ...saved.weights } };
}

export async function saveProgrammeSettings(db: Queryable, tenantId: string, track: Track, settings: ProgrammeSettings): Promise<void> {
  await db.query(
    `INSERT INTO programmes (tenant_id, track, settings) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (tenant_id, track) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
    [tenantId, track, JSON.stringify(settings)],
  );
}

export interface PairRow {
  id: string;
  track: Track;
  mentorId: string;
  menteeId: string;
  status: 'proposed' | 'active' | 'paused' | 'completed' | 'ended';
  source: 'request' | 'round';
  score: number;
  reasons: MatchReason[];
  mentorConfirmed: boolean;
  menteeConfirmed: boolean;
  endedReason: string | null;
  flag: string | null;
  createdAt: string;
}

export const PAIR_COLUMNS = `id, track, mentor_id, mentee_id, status, source, score, reasons, mentor_confirmed, mentee_confirmed, ended_reason, flag, created_at`;

export function toPair(r: Record<string, unknown>): PairRow {
  return {
    id: r.id as string,
    track: r.track as Track,
    mentorId: r.mentor_id as string,
    menteeId: r.mentee_id as string,
    status: r.status as PairRow['status'],
    source: r.source as PairRow['source'],
    score: Number(r.score),
    reasons: r.reasons as MatchReason[],
    mentorConfirmed: r.mentor_confirmed as boolean,
    menteeConfirmed: r.mentee_confirmed as boolean,
    endedReason: (r.ended_reason as string | null) ?? null,
    flag: (r.flag as string | null) ?? null,
    createdAt: (r.created_at as Date).toISOString(),
  };
}
