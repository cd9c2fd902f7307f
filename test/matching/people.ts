// Builders for matching tests: a participant with only what a test cares about, and seeded random
// rounds for the properties that must hold for every pair.

import type { OrgPerson } from '../../server/org/model.js';
import { buildOrgIndex, type OrgIndex } from '../../server/org/tree.js';
import type { MentorSlot, Participant } from '../../server/matching/model.js';
import type { WeeklyHours } from '../../server/time/weekly-hours.js';
import { GOALS, SKILLS } from '../../server/matching/skills.js';
import { seeded as random } from '../helpers/random.js';

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const rome: WeeklyHours = { timeZone: 'Europe/Rome', days: WEEKDAYS, start: '09:00', end: '18:00' };
export const newYork: WeeklyHours = { timeZone: 'America/New_York', days: WEEKDAYS, start: '09:00', end: '17:00' };
export const losAngeles: WeeklyHours = {
  timeZone: 'America/Los_Angeles',
  days: WEEKDAYS,
  start: '09:00',
  end: '17:00',
};
export const london: WeeklyHours = { timeZone: 'Europe/London', days: WEEKDAYS, start: '09:00', end: '17:30' };
export const bangalore: WeeklyHours = { timeZone: 'Asia/Kolkata', days: WEEKDAYS, start: '09:30', end: '18:30' };

/** An ordinary week: every clock of these tests on winter time. */
export const WEEK = '2026-02-02';

export function participant(id: string, fields: Partial<Participant> = {}): Participant {
  return {
    id,
    managerId: null,
    level: 3,
    department: null,
    officeLocation: null,
    hireDate: null,
    languages: ['it-IT'],
    hours: rome,
    offers: [],
    wants: [],
    goals: [],
    ...fields,
  };
}

export function slot(p: Participant, capacity = 2, load = 0): MentorSlot {
  return { participant: p, capacity, load };
}

/** An org index over just ids and managers. */
export function orgOf(people: readonly { id: string; managerId: string | null }[]): OrgIndex {
  return buildOrgIndex(
    people.map((p): OrgPerson => ({
      id: p.id,
      managerId: p.managerId,
      displayName: p.id,
      jobTitle: null,
      department: null,
      officeLocation: null,
      hireDate: null,
    })),
  );
}

export interface Round {
  mentors: MentorSlot[];
  mentees: Participant[];
  org: OrgIndex;
  pastPairs: Set<string>;
}

const DEPARTMENTS = ['Engineering', 'Sales', 'Finance', 'Marketing', 'Operations', 'Human Resources'];
const OFFICES = [
  'Milano - Porta Nuova',
  'Roma - EUR',
  'London - Canary Wharf',
  'New York - Midtown',
  'Bangalore - Whitefield',
];
const HOURS: (WeeklyHours | null)[] = [
  rome,
  rome,
  rome,
  { ...rome, start: '08:30', end: '17:30' },
  london,
  newYork,
  losAngeles,
  bangalore,
  null,
];
const LANGUAGES = ['it-IT', 'it-IT', 'it-CH', 'en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES'];

/**
 * A random round over one org of `mentors + mentees + managers` people: people reporting to
 * earlier people (so lines run several levels deep), a few who are both mentor and mentee, skills
 * with skewed popularity, some earlier pairs. Same seed, same round.
 */
export function randomRound(seed: number, size: { mentors: number; mentees: number; managers?: number }): Round {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // Squaring skews towards the front of the list: some skills become common, others rare.
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(r() * r() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number, draw = pick): T[] => [
    ...new Set(Array.from({ length: Math.floor(r() * (max + 1)) }, () => draw(xs))),
  ];
  const skillIds = SKILLS.map((s) => s.id);
  const goalIds = GOALS.map((g) => g.id);

  const total = size.mentors + size.mentees + (size.managers ?? Math.ceil((size.mentors + size.mentees) / 10));
  const people: Participant[] = [];
  for (let i = 0; i < total; i++) {
    const managerId = i === 0 ? null : `p${Math.floor(r() * r() * i)}`;
    people.push(
      participant(`p${i}`, {
        managerId,
        level: 1 + Math.floor(r() * 10),
        department: r() < 0.1 ? null : pick(DEPARTMENTS),
        officeLocation: r() < 0.1 ? null : pick(OFFICES),
        hireDate: r() < 0.1 ? null : `${1985 + Math.floor(r() * 41)}-0${1 + Math.floor(r() * 9)}-15`,
        languages: r() < 0.03 ? [] : [pick(LANGUAGES), ...(r() < 0.6 ? [pick(LANGUAGES)] : [])],
        hours: pick(HOURS),
        offers: some(skillIds, 6, skewed),
        wants: some(skillIds, 4, skewed),
        goals: some(goalIds, 3),
      }),
    );
  }
  // Shuffled so that mentors and mentees come from anywhere in the tree.
  const shuffled = [...people];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const mentorPeople = shuffled.slice(0, size.mentors);
  const mentees = shuffled.slice(size.mentors, size.mentors + size.mentees);
  // A few people are enrolled on both sides.
  for (let j = 0; j < Math.min(3, mentees.length, mentorPeople.length); j++) mentees.push(mentorPeople[j]!);
  const mentors = mentorPeople.map((p) => {
    const capacity = 1 + Math.floor(r() * 3);
    return slot(p, capacity, Math.floor(r() * (capacity + 1)));
  });
  const pastPairs = new Set<string>();
  for (let j = 0; j < mentees.length / 4; j++) pastPairs.add(`${pick(mentors).participant.id}|${pick(mentees).id}`);
  return { mentors, mentees, org: orgOf(people), pastPairs };
}

export { random };
