import { useApi, type Api } from '../../../lib/api';
import type { Track } from '../../../lib/matching';
import { useQuery } from '../../../lib/query';

export type Cadence = 'weekly' | 'biweekly' | 'monthly';
export type MeetingMinutes = 30 | 45 | 60;

export interface Enrolment {
  track: Track;
  asMentor: boolean;
  asMentee: boolean;
  /** Skill ids the person can teach (as a mentor). */
  offers: string[];
  /** Skill ids the person wants to learn (as a mentee). */
  wants: string[];
  goals: string[];
  /** BCP 47 tags, e.g. "it-IT". */
  languages: string[];
  cadence: Cadence;
  meetingMinutes: MeetingMinutes;
  /** Mentees at a time, as a mentor. */
  capacity: number;
  /** Kept, but out of suggestions and rounds. */
  paused: boolean;
}

/**
 * GET /api/enrolments: the programmes the person is in, and for each one they are not in yet a
 * draft pre-filled from the directory (their language, the roles their level allows, skills
 * from their profile).
 */
export interface Enrolments {
  enrolments: Enrolment[];
  drafts: Enrolment[];
}

export function getEnrolments(api: Api, signal?: AbortSignal): Promise<Enrolments> {
  return api.request<Enrolments>('/api/enrolments', { signal });
}

export function useEnrolments() {
  const api = useApi();
  return useQuery('enrolments', (signal) => getEnrolments(api, signal));
}
