// The words of matching that several features share: programmes, roles, reasons, people.
// Types only; each endpoint's fetcher lives with the feature that calls it.

/** Mentoring: the mentor is more senior. Reverse mentoring: the mentor is more junior. */
export type Track = 'mentoring' | 'reverse';
export const TRACKS: readonly Track[] = ['mentoring', 'reverse'];

export type Role = 'mentor' | 'mentee';

/**
 * One reason of a match; `weight` is its share of the score, and the weights add up to the
 * score. Params read from the mentee's side: `mine` is the mentee's, `theirs` the mentor's.
 */
export interface MatchReason {
  code: string;
  params: Record<string, string | number>;
  weight: number;
}

/** A colleague as the directory describes them. */
export interface PersonSummary {
  id: string;
  displayName: string;
  jobTitle?: string | null;
  department?: string | null;
  officeLocation?: string | null;
}

/** "Job title · Department · Office", leaving out what is unknown. */
export function personDetails(person: PersonSummary): string {
  return [person.jobTitle, person.department, person.officeLocation].filter(Boolean).join(' · ');
}
