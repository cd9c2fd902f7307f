import type { Queryable } from '../db/db.js';
import { AppError } from '../errors.js';
import type { Track } from './model.js';
import { unknownGoals, unknownSkills } from './skills.js';

export interface Enrolment {
  track: Track;
  asMentor: boolean;
  asMentee: boolean;
  offers: string[];
  wants: string[];
  goals: string[];
  languages: string[];
  cadence: 'weekly' | 'biweekly' | 'monthly';
  meetingMinutes: 30 | 45 | 60;
  capacity: number;
  paused: boolean;
}

/**
 * Who may take which role (seniority levels, 1..10). Reverse mentoring is juniors teaching senior
 * leaders, so its mentors are junior and its mentees senior; classic mentors have some seniority.
 */
export const ELIGIBILITY: Record<Track, { mentor: [number, number]; mentee: [number, number] }> = {
  mentoring: { mentor: [3, 10], mentee: [1, 9] },
  reverse: { mentor: [1, 5], mentee: [6, 10] },
};

/** Checks what the schema cannot: catalogue ids and the person's eligibility for the roles. */
export function checkEnrolment(e: Enrolment, level: number | null): void {
  if (!e.asMentor && !e.asMentee) throw new AppError('no_role', 'Choose to take part as a mentor, a mentee or both.');
  const skills = unknownSkills([...e.offers, ...e.wants]);
  if (skills.length > 0) throw new AppError('unknown_skill', `Unknown skills: ${skills.join(', ')}. Pick them from GET /api/catalogue.`, { ids: skills });
  const goals = unknownGoals(e.goals);
  if (goals.length > 0) throw new AppError('unknown_goal', `Unknown goals: ${goals.join(', ')}. Pick them from GET /api/catalogue.`, { ids: goals });
  if (level === null) {
    throw new AppError('not_placed_yet', 'Your place in the organisation is not known yet. Try again after the next directory sync (your HR team can start one).');
  }
  const rules = ELIGIBILITY[e.track];
  for (const role of ['mentor', 'mentee'] as const) {
    const wanted = role === 'mentor' ? e.asMentor : e.asMentee;
    const [min, max] = rules[role];
    if (wanted && (level < min || level > max)) {
      throw new AppError('not_eligible', `In ${e.track === 'reverse' ? 'reverse mentoring' : 'mentoring'}, ${role}s are at seniority levels ${min} to ${max}; yours is ${level}.`, { track: e.track, role, level, allowed: [min, max] });
    }
  }
}

export async function saveEnrolment(tx: Queryable, tenantId: string, personId: string, e: Enrolment): Promise<void> {
  await tx.query(
    `INSERT INTO enrolments (tenant_id, person_id, track, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (tenant_id, person_id, track) DO UPDATE SET
       as_mentor = EXCLUDED.as_mentor, as_mentee = EXCLUDED.as_mentee, offers = EXCLUDED.offers, wants = EXCLUDED.wants,
       goals = EXCLUDED.goals, languages = EXCLUDED.languages, cadence = EXCLUDED.cadence, meeting_minutes = EXCLUDED.meeting_minutes,
       capacity = EXCLUDED.capacity, paused = EXCLUDED.paused, updated_at = now()`,
    [tenantId, personId, e.track, e.asMentor, e.asMentee, uniq(e.offers), uniq(e.wants), uniq(e.goals), uniq(e.languages), e.cadence, e.meetingMinutes, e.capacity, e.paused],
  );
}

export async function loadEnrolments(db: Queryable, tenantId: string, personId: string): Promise<Enrolment[]> {
  const rows = await db.query<{ track: Track; as_mentor: boolean; as_mentee: boolean; offers: string[]; wants: string[]; goals: string[]; languages: string[]; cadence: Enrolment['cadence']; meeting_minutes: Enrolment['meetingMinutes']; capacity: number; paused: boolean }>(
    `SELECT track, as_mentor, as_mentee, offers, wants, goals, languages, cadence, meeting_minutes, capacity, paused
     FROM enrolments WHERE tenant_id = $1 AND person_id = $2 ORDER BY track`,
    [tenantId, personId],
  );
  return rows.map((r) => ({ track: r.track, asMentor: r.as_mentor, asMentee: r.as_mentee, offers: r.offers, wants: r.wants, goals: r.goals, languages: r.languages, cadence: r.cadence, meetingMinutes: r.meeting_minutes, capacity: r.capacity, paused: r.paused }));
}

/** A starting point for joining: the person's language from the directory, sensible defaults. */
export function draftEnrolment(track: Track, preferredLanguage: string | null, level: number | null): Enrolment {
  const [mentorMin, mentorMax] = ELIGIBILITY[track].mentor;
  const [menteeMin, menteeMax] = ELIGIBILITY[track].mentee;
  const canMentor = level !== null && level >= mentorMin && level <= mentorMax;
  const canBeMentored = level !== null && level >= menteeMin && level <= menteeMax;
  return {
    track,
    asMentor: canMentor && !canBeMentored,
    asMentee: canBeMentored,
    offers: [],
    wants: [],
    goals: [],
    languages: preferredLanguage ? [...new Set([preferredLanguage, 'en-GB'])] : ['en-GB'],
    cadence: 'biweekly',
    meetingMinutes: 45,
    capacity: 2,
    paused: false,
  };
}

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
