import type { Queryable } from '../db/db.js';
import type { Cadence, PairStatus, ProgrammeId, ProgrammeKind } from './schemas.js';

// What other domains (scheduling) may know of a pair, and the one way they read it: never the
// pairs or enrolments tables themselves.

export type { PairStatus } from './schemas.js';

export interface PairFacts {
  id: string;
  programmeId: ProgrammeId;
  /** The kind of its programme: a reverse pair's invitation says who teaches whom. */
  kind: ProgrammeKind;
  status: PairStatus;
  mentorId: string;
  menteeId: string;
  /** The mentee's goals in the pair's programme (catalogue ids). */
  goals: string[];
  /** How often and how long they meet: the mentee's choice (the person the programme serves), else the mentor's; null when neither is enrolled any more. */
  cadence: Cadence | null;
  meetingMinutes: number | null;
}

export interface PairsReader {
  /** Facts of these pairs of the tenant, by id; unknown ids are absent. */
  facts(q: Queryable, tenantId: string, pairIds: readonly string[]): Promise<Map<string, PairFacts>>;
}
