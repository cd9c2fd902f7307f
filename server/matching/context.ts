import type { Queryable } from '../db/db.js';
import type { PeopleReader } from '../org/people.js';
import type { OrgIndex } from '../org/tree.js';
import { mondayOf } from '../time/wall.js';
import type { Fit } from './decide.js';
import { loadProgramme } from '../programmes/programmes.js';
import type { StoredProgramme } from '../programmes/store/programmes.js';
import type { MentorSlot, Participant, ProgrammeId, ProgrammeKind, ProgrammeSettings } from './model.js';
import { violations } from './rules.js';
import { scorePair } from './score.js';
import { GOALS, skillRarity, type SkillRarity } from './skills.js';
import { pastPairs } from './store/pairs.js';
import { poolEnrolments } from './store/pool.js';

export interface MatchingContext {
  programmeId: ProgrammeId;
  kind: ProgrammeKind;
  programme: StoredProgramme;
  settings: ProgrammeSettings;
  mentors: MentorSlot[];
  mentees: Participant[];
  org: OrgIndex;
  pastPairs: Set<string>;
  rarity: SkillRarity;
  weekOf: string;
}

/**
 * Everyone taking part in a programme and not paused, placed in the organisation (a level is known),
 * with each mentor's live pairs counted against their capacity: matching's enrolments joined with
 * org's facts about the people, one read each.
 */
export async function loadPool(
  q: Queryable,
  people: Pick<PeopleReader, 'matchingFacts'>,
  tenantId: string,
  programmeId: ProgrammeId,
): Promise<{ mentors: MentorSlot[]; mentees: Participant[] }> {
  const enrolled = await poolEnrolments(q, tenantId, programmeId);
  const facts = await people.matchingFacts(
    q,
    tenantId,
    enrolled.map((e) => e.personId),
  );
  const mentors: MentorSlot[] = [];
  const mentees: Participant[] = [];
  for (const e of enrolled) {
    const f = facts.get(e.personId);
    if (!f) continue;
    const participant: Participant = {
      id: e.personId,
      managerId: f.managerId,
      level: f.level,
      department: f.department,
      officeLocation: f.officeLocation,
      hireDate: f.hireDate,
      languages: e.languages,
      hours: f.hours,
      offers: e.offers,
      wants: e.wants,
      goals: e.goals,
    };
    if (e.asMentor) mentors.push({ participant, capacity: e.capacity, load: e.load });
    if (e.asMentee) mentees.push(participant);
  }
  return { mentors, mentees };
}

export async function matchingContext(
  q: Queryable,
  people: Pick<PeopleReader, 'matchingFacts' | 'orgIndex'>,
  tenantId: string,
  programmeId: ProgrammeId,
  today: string,
): Promise<MatchingContext> {
  const [programme, pool, past, org] = await Promise.all([
    loadProgramme(q, tenantId, programmeId),
    loadPool(q, people, tenantId, programmeId),
    pastPairs(q, tenantId, programmeId),
    people.orgIndex(q, tenantId),
  ]);
  // Working hours are compared over the week of today.
  return {
    programmeId,
    kind: programme.kind,
    programme,
    settings: programme.rules,
    ...pool,
    org,
    pastPairs: past,
    rarity: skillRarity(pool.mentors),
    weekOf: mondayOf(today),
  };
}

/** How a mentor and a mentee fit: the rules they break and their score, or that either is not taking part. */
export function fitOf(c: MatchingContext, mentorId: string, menteeId: string): Fit {
  const mentor = c.mentors.find((m) => m.participant.id === mentorId);
  const mentee = c.mentees.find((m) => m.id === menteeId);
  if (!mentor) return { kind: 'not_a_mentor' };
  if (!mentee) return { kind: 'not_a_mentee' };
  const rules = { kind: c.kind, settings: c.settings, org: c.org, pastPairs: c.pastPairs, weekOf: c.weekOf };
  const scored = scorePair(mentor, mentee, {
    kind: c.kind,
    settings: c.settings,
    rarity: c.rarity,
    weekOf: c.weekOf,
    goals: GOALS,
  });
  return {
    kind: 'scored',
    violations: violations(mentor, mentee, rules),
    score: scored.score,
    reasons: scored.reasons,
  };
}
