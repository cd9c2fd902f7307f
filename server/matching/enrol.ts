import { AppError } from '../errors.js';
import type { Enrolment, ProgrammeKind, ProgrammeRoles, Role, RoleOpening } from './schemas.js';
import { unknownGoals, unknownSkills } from './skills.js';

// The rules of joining a programme: who may take which role, what the schema cannot check, and
// where a person not enrolled yet starts from.

/**
 * Who may take which role (seniority levels, 1..10). Reverse mentoring is juniors teaching senior
 * leaders, so its mentors are junior and its mentees senior; classic mentors have some seniority.
 */
export const ELIGIBILITY = {
  mentoring: { mentor: [3, 10], mentee: [1, 9] },
  reverse: { mentor: [1, 5], mentee: [6, 10] },
} as const satisfies Record<string, { mentor: [number, number]; mentee: [number, number] }>;

/** The levels of each role in a kind of programme (succession development is mentoring). */
export const rolesOf = (kind: ProgrammeKind) => ELIGIBILITY[kind === 'reverse' ? 'reverse' : 'mentoring'];

/**
 * From this level on people are senior leaders: reverse mentoring's mentees. A person who may
 * mentor and is at least this senior starts their draft as a mentor.
 */
export const SENIOR_LEVEL = ELIGIBILITY.reverse.mentee[0];

/**
 * Whether a person at `level` may take `role` in the programme today, and if not why: the people who
 * take it are more senior, or more junior, than the person; or the person's level is not known yet.
 */
export function roleOpening(kind: ProgrammeKind, role: Role, level: number | null): RoleOpening {
  const params = { kind, role };
  if (level === null) return { open: false, reason: 'not_placed_yet', params };
  const [min, max] = rolesOf(kind)[role];
  if (level < min) return { open: false, reason: `${role}s_more_senior`, params };
  if (level > max) return { open: false, reason: `${role}s_more_junior`, params };
  return { open: true, reason: null, params };
}

/** Both roles of a programme as they stand for a person at `level`. */
export function programmeRoles(programmeId: string, kind: ProgrammeKind, level: number | null): ProgrammeRoles {
  return { programmeId, mentor: roleOpening(kind, 'mentor', level), mentee: roleOpening(kind, 'mentee', level) };
}

/** Checks what the schema cannot: catalogue ids and the person's eligibility for the roles. */
export function checkEnrolment(e: Enrolment, kind: ProgrammeKind, level: number | null): void {
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
  const rules = rolesOf(kind);
  for (const role of ['mentor', 'mentee'] as const) {
    const wanted = role === 'mentor' ? e.asMentor : e.asMentee;
    const [min, max] = rules[role];
    if (wanted && (level < min || level > max)) {
      throw new AppError(
        'not_eligible',
        `In ${kind === 'reverse' ? 'reverse mentoring' : 'mentoring'}, ${role}s are at seniority levels ${min} to ${max}; yours is ${level}.`,
        { programmeId: e.programmeId, role, level, allowed: [min, max] },
      );
    }
  }
}

/**
 * A starting point for joining: the person's language from the directory, sensible defaults, and
 * one role: mentor for someone who may mentor and is senior (SENIOR_LEVEL or above) or may only
 * mentor; otherwise mentee when that is open. Nobody starts as both; the person may add the other.
 */
export function draftEnrolment(
  programme: { id: string; kind: ProgrammeKind; defaults: Pick<Enrolment, 'cadence' | 'meetingMinutes' | 'capacity'> },
  preferredLanguage: string | null,
  level: number | null,
): Enrolment {
  const canMentor = roleOpening(programme.kind, 'mentor', level).open;
  const canBeMentored = roleOpening(programme.kind, 'mentee', level).open;
  const asMentor = canMentor && (!canBeMentored || level! >= SENIOR_LEVEL);
  return {
    programmeId: programme.id,
    asMentor,
    asMentee: canBeMentored && !asMentor,
    offers: [],
    wants: [],
    goals: [],
    languages: preferredLanguage ? [...new Set([preferredLanguage, 'en-GB'])] : ['en-GB'],
    ...programme.defaults,
    paused: false,
  };
}
