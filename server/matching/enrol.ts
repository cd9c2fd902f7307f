import { AppError } from '../errors.js';
import type { Enrolment, Role, RoleOpening, Track, TrackRoles } from './schemas.js';
import { unknownGoals, unknownSkills } from './skills.js';

// The rules of joining a programme: who may take which role, what the schema cannot check, and
// where a person not enrolled yet starts from.

/**
 * Who may take which role (seniority levels, 1..10). Reverse mentoring is juniors teaching senior
 * leaders, so its mentors are junior and its mentees senior; classic mentors have some seniority.
 */
export const ELIGIBILITY: Record<Track, { mentor: [number, number]; mentee: [number, number] }> = {
  mentoring: { mentor: [3, 10], mentee: [1, 9] },
  reverse: { mentor: [1, 5], mentee: [6, 10] },
};

/**
 * From this level on people are senior leaders: reverse mentoring's mentees. A person who may
 * mentor and is at least this senior starts their draft as a mentor.
 */
export const SENIOR_LEVEL = ELIGIBILITY.reverse.mentee[0];

/**
 * Whether a person at `level` may take `role` in the track today, and if not why: the people who
 * take it are more senior, or more junior, than the person; or the person's level is not known yet.
 */
export function roleOpening(track: Track, role: Role, level: number | null): RoleOpening {
  const params = { track, role };
  if (level === null) return { open: false, reason: 'not_placed_yet', params };
  const [min, max] = ELIGIBILITY[track][role];
  if (level < min) return { open: false, reason: `${role}s_more_senior`, params };
  if (level > max) return { open: false, reason: `${role}s_more_junior`, params };
  return { open: true, reason: null, params };
}

/** Both roles of a track as they stand for a person at `level`. */
export function trackRoles(track: Track, level: number | null): TrackRoles {
  return { track, mentor: roleOpening(track, 'mentor', level), mentee: roleOpening(track, 'mentee', level) };
}

/** Checks what the schema cannot: catalogue ids and the person's eligibility for the roles. */
export function checkEnrolment(e: Enrolment, level: number | null): void {
  if (!e.asMentor && !e.asMentee) throw new AppError('no_role', 'Choose to take part as a mentor, a mentee or both.');
  const skills = unknownSkills([...e.offers, ...e.wants]);
  if (skills.length > 0)
    throw new AppError('unknown_skill', `Unknown skills: ${skills.join(', ')}. Pick them from GET /api/catalogue.`, {
      ids: skills,
    });
  const goals = unknownGoals(e.goals);
  if (goals.length > 0)
    throw new AppError('unknown_goal', `Unknown goals: ${goals.join(', ')}. Pick them from GET /api/catalogue.`, {
      ids: goals,
    });
  if (level === null) {
    throw new AppError(
      'not_placed_yet',
      'Your place in the organisation is not known yet. Try again after the next directory sync (your HR team can start one).',
    );
  }
  const rules = ELIGIBILITY[e.track];
  for (const role of ['mentor', 'mentee'] as const) {
    const wanted = role === 'mentor' ? e.asMentor : e.asMentee;
    const [min, max] = rules[role];
    if (wanted && (level < min || level > max)) {
      throw new AppError(
        'not_eligible',
        `In ${e.track === 'reverse' ? 'reverse mentoring' : 'mentoring'}, ${role}s are at seniority levels ${min} to ${max}; yours is ${level}.`,
        { track: e.track, role, level, allowed: [min, max] },
      );
    }
  }
}

/**
 * A starting point for joining: the person's language from the directory, sensible defaults, and
 * one role: mentor for someone who may mentor and is senior (SENIOR_LEVEL or above) or may only
 * mentor; otherwise mentee when that is open. Nobody starts as both; the person may add the other.
 */
export function draftEnrolment(track: Track, preferredLanguage: string | null, level: number | null): Enrolment {
  const canMentor = roleOpening(track, 'mentor', level).open;
  const canBeMentored = roleOpening(track, 'mentee', level).open;
  const asMentor = canMentor && (!canBeMentored || level! >= SENIOR_LEVEL);
  return {
    track,
    asMentor,
    asMentee: canBeMentored && !asMentor,
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
