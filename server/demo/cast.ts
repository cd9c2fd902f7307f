import type { Me, People } from '../org/schemas.js';
import type { PickablePeople } from '../sign-in-as/schemas.js';
import { hash } from './lines.js';
import type { SignedIn } from './people.js';

// Who plays in the demo programme: the sandbox's named personas, each in a part a newcomer can
// recognise, and colleagues from the generated organisation around them, found by level and
// office the way HR would pick a first cohort. Found through Tandem's own routes, so any seed
// and size of the sandbox organisation gets a cast (or a clear reason why not).

export const PERSONAS = [
  'ceo',
  'hr-admin',
  'senior-exec',
  'director-rome',
  'manager',
  'junior-dev',
  'intern',
  'london',
  'new-york',
  'bangalore',
] as const;
export type PersonaKey = (typeof PERSONAS)[number];

export interface Member {
  id: string;
  displayName: string;
  level: number;
  office: string | null;
  /** "it", "en": what they write their check-in notes in. */
  language: 'it' | 'en';
}

/** Colleagues around the personas, by the part they take. */
export interface Cohort {
  /** Senior colleagues who mentor in Mentoring (levels 5-8). */
  mentors: Member[];
  /** Colleagues early in their career who look for a mentor (levels 2-4). */
  mentees: Member[];
  /** Juniors who mentor a senior leader in reverse mentoring (levels 1-4). */
  reverseMentors: Member[];
  /** Senior leaders who want a reverse mentor (levels 6-9). */
  reverseMentees: Member[];
}

export interface Cast {
  persona: Record<PersonaKey, Member>;
  cohort: Cohort;
}

export const COHORT_SIZE: Record<keyof Cohort, number> = {
  mentors: 5,
  mentees: 7,
  reverseMentors: 4,
  reverseMentees: 4,
};
const LEVELS: Record<keyof Cohort, [number, number]> = {
  mentors: [5, 8],
  mentees: [2, 4],
  reverseMentors: [1, 4],
  reverseMentees: [6, 9],
};
/** So a cohort spreads over the offices rather than filling up from the first one met. */
const PER_OFFICE = 2;

export class CastError extends Error {
  override name = 'CastError';
}

/** Where the cast is looked for: the sign-in picker's people, and people search as a colleague. */
export interface Directory {
  picker(): Promise<PickablePeople>;
  search(words: string): Promise<People>;
}

/** Finds the cast: personas from the sign-in picker, colleagues from the people search. */
export async function findCast(as: SignedIn, directory: Directory): Promise<Cast> {
  const picker = await directory.picker();
  const byKey = new Map(picker.people.filter((p) => p.persona).map((p) => [p.persona!, p.id]));
  const missing = PERSONAS.filter((k) => !byKey.has(k));
  if (missing.length > 0)
    throw new CastError(
      `the sandbox organisation has no ${missing.join(', ')} persona (it needs about 12 people or more)`,
    );
  const persona = {} as Record<PersonaKey, Member>;
  for (const key of PERSONAS) persona[key] = await member(as, byKey.get(key)!);

  const taken = new Set([...byKey.values()]);
  const cohort: Cohort = { mentors: [], mentees: [], reverseMentors: [], reverseMentees: [] };
  for (const candidate of await colleagues(directory, taken)) {
    if (full(cohort)) break;
    const m = await member(as, candidate);
    const part = partFor(cohort, m);
    if (part) cohort[part].push(m);
  }
  if (!full(cohort)) throw new CastError('the sandbox organisation is too small for a demo cohort');
  return { persona, cohort };
}

async function member(as: SignedIn, id: string): Promise<Member> {
  const me = await as(id).get<Me>('/api/me');
  if (!me.level) throw new CastError(`${me.displayName} has no place in the organisation yet`);
  return {
    id,
    displayName: me.displayName,
    level: me.level.value,
    office: me.officeLocation,
    language: me.preferredLanguage?.toLowerCase().startsWith('it') ? 'it' : 'en',
  };
}

/** Everyone else, in an order that is fixed for an organisation but not alphabetical. */
async function colleagues(directory: Directory, taken: Set<string>): Promise<string[]> {
  const ids = new Set<string>();
  for (const letter of 'abcdefghijklmnopqrstuvwxyz')
    for (const p of (await directory.search(letter)).people) if (!taken.has(p.id)) ids.add(p.id);
  // Scrambled, so that neighbours in the directory (one team) do not all end up in the demo.
  return [...ids].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
}

function partFor(cohort: Cohort, m: Member): keyof Cohort | undefined {
  return (Object.keys(COHORT_SIZE) as (keyof Cohort)[]).find((part) => {
    const [min, max] = LEVELS[part];
    const list = cohort[part];
    return (
      m.level >= min &&
      m.level <= max &&
      list.length < COHORT_SIZE[part] &&
      list.filter((x) => x.office === m.office).length < PER_OFFICE
    );
  });
}

const full = (cohort: Cohort): boolean =>
  (Object.keys(COHORT_SIZE) as (keyof Cohort)[]).every((part) => cohort[part].length >= COHORT_SIZE[part]);
