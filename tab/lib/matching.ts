import type {
  MatchReason as ServerMatchReason,
  Role as ServerRole,
  ProgrammeId as ServerTrack,
} from '../../server/matching/schemas';
import type { PersonSummary as ServerPersonSummary } from '../../server/org/schemas';

// The words of matching that several features share: programmes, roles, reasons, people. Their
// shapes are the server's contract (server/matching/schemas.ts, server/org/schemas.ts), taken as
// types only; each endpoint's fetcher lives with the feature that calls it.

/** Mentoring: the mentor is more senior. Reverse mentoring: the mentor is more junior. */
export type ProgrammeId = ServerTrack;

// Keyed by ProgrammeId, so a programme the server adds fails the type-check here until it is listed.
const EVERY_TRACK: Record<ProgrammeId, true> = { mentoring: true, reverse: true };
/** Every programme, in the order the tab shows them. */
export const TRACKS = Object.keys(EVERY_TRACK) as readonly ProgrammeId[];

export type Role = ServerRole;

/**
 * One reason of a match; `weight` is its share of the score, and the weights add up to the
 * score. Params read from the mentee's side: `mine` is the mentee's, `theirs` the mentor's.
 */
export type MatchReason = ServerMatchReason;

/** A colleague as the directory describes them. */
export type PersonSummary = ServerPersonSummary;

/** "Job title · Department · Office", leaving out what is unknown. */
export function personDetails(person: Pick<PersonSummary, 'jobTitle' | 'department' | 'officeLocation'>): string {
  return [person.jobTitle, person.department, person.officeLocation].filter(Boolean).join(' · ');
}
