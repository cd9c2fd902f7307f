import { AppError } from '../errors.js';
import type { Enrolment, Track } from './schemas.js';
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
