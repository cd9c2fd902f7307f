import { DEFAULT_SETTINGS } from '../matching/rules.js';
import type { ProgrammeBody } from './schemas.js';

// The two programmes every tenant starts with (the two tracks Tandem began with): running, open
// to anyone, their ids the old track names so that everything people entered before stays theirs.

export const STANDARD_IDS = ['mentoring', 'reverse'] as const;

const everyone = { levels: [], departments: [], offices: [], countries: [], inviteOnly: false };

/** A new programme's fields before HR changes them (also the standard ones' base). */
export const BLANK: Omit<ProgrammeBody, 'names' | 'descriptions' | 'kind'> = {
  enrolFrom: null,
  enrolUntil: null,
  startsOn: null,
  endsOn: null,
  eligibility: everyone,
  matching: 'both',
  rules: DEFAULT_SETTINGS,
  defaults: { cadence: 'biweekly', meetingMinutes: 45, capacity: 2 },
  catalogue: { skills: [], goals: [] },
  surveys: ['start', 'midpoint', 'end'],
};

export const STANDARD: Record<(typeof STANDARD_IDS)[number], ProgrammeBody> = {
  mentoring: {
    ...BLANK,
    kind: 'mentoring',
    names: { en: 'Mentoring', it: 'Mentoring' },
    descriptions: {
      en: 'An experienced colleague guides you in your craft and your growth.',
      it: 'Un collega con più esperienza ti guida nel mestiere e nella crescita.',
    },
  },
  reverse: {
    ...BLANK,
    kind: 'reverse',
    names: { en: 'Reverse mentoring', it: 'Reverse mentoring' },
    descriptions: {
      en: 'Junior colleagues share new technology, market trends and ways of working with senior leaders.',
      it: 'I colleghi più giovani condividono con i senior leader nuove tecnologie, tendenze di mercato e modi di lavorare.',
    },
  },
};

export const isStandard = (id: string): id is (typeof STANDARD_IDS)[number] =>
  (STANDARD_IDS as readonly string[]).includes(id);
