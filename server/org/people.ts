import type { Queryable } from '../db/db.js';
import type { WeeklyHours } from '../time/weekly-hours.js';
import type { PersonSummary } from './schemas.js';
import type { OrgIndex } from './tree.js';

/** How lists name a person (the contract's own shape, so a summary goes to the tab as it is). */
export type { PersonSummary } from './schemas.js';

// What other domains may know of the people org copies from the directory, and the one way they
// read it: a narrow reader, never the people table. Every method takes the caller's Queryable
// (its transaction, or the Db) and names the tenant.

/** What booking, invitations, calendar files and notifications need of a person. */
export interface Contact {
  id: string;
  displayName: string;
  /** SMTP address for getSchedule and invitations: mail, else the sign-in name. */
  address: string | null;
  /** The directory's preferredLanguage ("it-IT" ...). */
  language: string | null;
  /** Working hours in a zone Tandem can read (the mailbox's or the office's standing in), or null. */
  hours: WeeklyHours | null;
  /** The mailbox's own zone, when Tandem can read it: a stand-in for hours read elsewhere (getSchedule). */
  mailboxZone: string | null;
  /** When the mailbox facts (zone, hours) were last read from Graph, epoch ms; null: never. */
  mailboxFetchedAt: number | null;
  /** False for someone who has left (a past pair still names them). */
  current: boolean;
}

/** What matching needs of a participant: their place in the organisation and their hours. */
export interface MatchingFacts {
  id: string;
  managerId: string | null;
  /** Seniority level, 1..10. */
  level: number;
  department: string | null;
  officeLocation: string | null;
  /** "YYYY-MM-DD". */
  hireDate: string | null;
  hours: WeeklyHours | null;
}

/** Where the person stands for joining a programme. */
export interface Placement {
  /** Null until an org sync has placed them. */
  level: number | null;
  preferredLanguage: string | null;
  mailboxFetchedAt: number | null;
  /** Where they work, as the directory says: what a programme's eligibility looks at. */
  department: string | null;
  officeLocation: string | null;
  country: string | null;
}

export interface PeopleReader {
  /** Summaries by id, people who left included (with what the copy last had). */
  summaries(q: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, PersonSummary>>;
  /** Contacts by id, people who left included (`current: false`). */
  contacts(q: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, Contact>>;
  /** A current person's placement; undefined when not in the copy. */
  placement(q: Queryable, tenantId: string, id: string): Promise<Placement | undefined>;
  /** Matching facts of current, placed people (a level is known); others are absent. */
  matchingFacts(q: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, MatchingFacts>>;
  /** The tenant's reporting tree, rebuilt only when a sync has changed the organisation. */
  orgIndex(q: Queryable, tenantId: string): Promise<OrgIndex>;
}
