import type {
  Cadence,
  Enrolment,
  EnrolmentBody,
  Enrolments,
  MeetingMinutes,
  ProgrammeId,
} from '../matching/schemas.js';
import type { PersonApi } from './people.js';

// How the demo's people join a programme: as in the tab, from the draft Tandem pre-fills from the
// directory (their languages, skills from their profile), with the choices the person makes.

export interface Choice {
  asMentor?: boolean;
  asMentee?: boolean;
  offers?: readonly string[];
  wants?: readonly string[];
  goals?: readonly string[];
  cadence?: Cadence;
  meetingMinutes?: MeetingMinutes;
  capacity?: number;
  paused?: boolean;
}

/** Joins `programmeId` (or changes the enrolment already there) with `choice` over the draft. */
export async function join(person: PersonApi, programmeId: ProgrammeId, choice: Choice): Promise<Enrolment> {
  const mine = await person.get<Enrolments>('/api/enrolments');
  const base = [...mine.enrolments, ...mine.drafts].find((e) => e.programmeId === programmeId);
  if (!base) throw new Error(`no draft for ${programmeId}`);
  const { programmeId: _track, ...fields } = base;
  const body: EnrolmentBody = {
    ...fields,
    asMentor: choice.asMentor ?? false,
    asMentee: choice.asMentee ?? false,
    offers: unique([...(choice.offers ?? []), ...fields.offers]).slice(0, 8),
    wants: [...(choice.wants ?? fields.wants)],
    goals: [...(choice.goals ?? fields.goals)],
    ...(choice.cadence ? { cadence: choice.cadence } : {}),
    ...(choice.meetingMinutes ? { meetingMinutes: choice.meetingMinutes } : {}),
    ...(choice.capacity ? { capacity: choice.capacity } : {}),
    ...(choice.paused !== undefined ? { paused: choice.paused } : {}),
  };
  return person.put<Enrolment>(`/api/enrolments/${programmeId}`, body);
}

/** Changes one's enrolment in `programmeId`, keeping everything else as it is. */
export async function change(person: PersonApi, programmeId: ProgrammeId, patch: Choice): Promise<Enrolment> {
  const mine = await person.get<Enrolments>('/api/enrolments');
  const current = mine.enrolments.find((e) => e.programmeId === programmeId);
  if (!current) throw new Error(`not enrolled in ${programmeId}`);
  return join(person, programmeId, { ...current, ...patch });
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** What the cohort's people want, one profile each, so their goals differ. */
export const MENTEE_PROFILES: readonly Choice[] = [
  {
    wants: ['project_management', 'communication'],
    goals: ['career_next_step'],
    cadence: 'biweekly',
    meetingMinutes: 45,
  },
  { wants: ['public_speaking', 'feedback'], goals: ['build_confidence'], cadence: 'weekly', meetingMinutes: 30 },
  { wants: ['leadership', 'decision_making'], goals: ['grow_as_leader'], cadence: 'biweekly', meetingMinutes: 60 },
  { wants: ['data_analysis', 'cloud_platforms'], goals: ['deepen_expertise'], cadence: 'biweekly', meetingMinutes: 45 },
  {
    wants: ['negotiation', 'communication'],
    goals: ['improve_communication'],
    cadence: 'weekly',
    meetingMinutes: 30,
  },
  {
    wants: ['conflict_management', 'time_management'],
    goals: ['manage_change', 'build_confidence'],
    cadence: 'monthly',
    meetingMinutes: 60,
  },
  {
    wants: ['collaboration_tools', 'negotiation'],
    goals: ['cross_team_network'],
    cadence: 'biweekly',
    meetingMinutes: 30,
  },
];

export const MENTOR_OFFERS: readonly (readonly string[])[] = [
  ['leadership', 'coaching', 'decision_making'],
  ['project_management', 'communication', 'feedback'],
  ['negotiation', 'public_speaking', 'sales'],
  ['software_architecture', 'cloud_platforms', 'problem_solving'],
  ['financial_planning', 'change_management', 'conflict_management'],
];

export const REVERSE_OFFERS: readonly (readonly string[])[] = [
  ['generative_ai', 'low_code_automation'],
  ['social_media', 'digital_marketing'],
  ['collaboration_tools', 'hybrid_work'],
  ['data_visualisation', 'cybersecurity_awareness'],
];

export const REVERSE_WANTS: readonly Choice[] = [
  { wants: ['generative_ai', 'low_code_automation'], goals: ['learn_generative_ai'], cadence: 'biweekly' },
  { wants: ['collaboration_tools', 'hybrid_work'], goals: ['work_digitally'], cadence: 'biweekly' },
  { wants: ['social_media', 'digital_marketing'], goals: ['understand_younger_customers'], cadence: 'monthly' },
  { wants: ['cybersecurity_awareness', 'data_visualisation'], goals: ['work_digitally'], cadence: 'biweekly' },
];
