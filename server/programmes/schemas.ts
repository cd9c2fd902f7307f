import { Type, type Static } from 'typebox';
import { Cadence, Label, MeetingMinutes, ProgrammeId, ProgrammeKind, ProgrammeSettings } from '../matching/schemas.js';
import { Nullable } from '../schemas.js';

// Programmes' contract: what HR creates and runs (admin routes), and what employees see of the
// programmes open to them. Imports nothing but typebox and other schemas.

export { ProgrammeId, ProgrammeKind };

/**
 * draft: HR is preparing it, nobody sees it; open: people may join, before its start date;
 * running: open and started (startsOn passed); closed: no more joining, requests or rounds, pairs
 * go on until they end; archived: closed and out of every list but HR's.
 */
export const ProgrammeStatus = Type.Enum(['draft', 'open', 'running', 'closed', 'archived']);
export type ProgrammeStatus = Static<typeof ProgrammeStatus>;

/** How pairs form: people's own requests from suggestions, HR's rounds, or both. */
export const MatchingMode = Type.Enum(['requests', 'rounds', 'both']);
export type MatchingMode = Static<typeof MatchingMode>;

export const SurveyMoment = Type.Enum(['start', 'midpoint', 'end']);
export type SurveyMoment = Static<typeof SurveyMoment>;

const Words = (maxLength: number, minLength = 0) =>
  Type.Object(
    { en: Type.String({ minLength, maxLength }), it: Type.String({ minLength, maxLength }) },
    { additionalProperties: false },
  );

const Names = Type.String({ minLength: 1, maxLength: 120 });
const CatalogueId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_]+$' });
const Day = Type.String({ format: 'date' });

/** Who may join; an empty list does not restrict. All the lists given must match (AND). */
export const Eligibility = Type.Object(
  {
    levels: Type.Array(Type.Integer({ minimum: 1, maximum: 10 }), { maxItems: 10, uniqueItems: true }),
    departments: Type.Array(Names, { maxItems: 200, uniqueItems: true }),
    offices: Type.Array(Names, { maxItems: 200, uniqueItems: true }),
    /** As the directory writes them (e.g. "Italy", "IT"). */
    countries: Type.Array(Names, { maxItems: 200, uniqueItems: true }),
    /** Only people HR (or a colleague) invited to the programme. */
    inviteOnly: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type Eligibility = Static<typeof Eligibility>;

/** What a new enrolment starts with. */
export const ProgrammeDefaults = Type.Object(
  { cadence: Cadence, meetingMinutes: MeetingMinutes, capacity: Type.Integer({ minimum: 1, maximum: 5 }) },
  { additionalProperties: false },
);
export type ProgrammeDefaults = Static<typeof ProgrammeDefaults>;

/** The part of the catalogue the programme offers; empty lists: all of it. */
export const ProgrammeCatalogue = Type.Object(
  {
    skills: Type.Array(CatalogueId, { maxItems: 200, uniqueItems: true }),
    goals: Type.Array(CatalogueId, { maxItems: 100, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type ProgrammeCatalogue = Static<typeof ProgrammeCatalogue>;

const fields = {
  kind: ProgrammeKind,
  names: Words(120, 1),
  descriptions: Words(2000),
  /** The days people may join (inclusive); null: from when it opens, until it closes. */
  enrolFrom: Nullable(Day),
  enrolUntil: Nullable(Day),
  startsOn: Nullable(Day),
  endsOn: Nullable(Day),
  eligibility: Eligibility,
  matching: MatchingMode,
  /** The rules and weights of matching. */
  rules: ProgrammeSettings,
  defaults: ProgrammeDefaults,
  catalogue: ProgrammeCatalogue,
  /** Which pulse surveys it asks. */
  surveys: Type.Array(SurveyMoment, { maxItems: 3, uniqueItems: true }),
};

/** POST /api/admin/programmes (a draft) and PUT /api/admin/programmes/:programmeId: the whole programme. */
export const ProgrammeBody = Type.Object(fields, { additionalProperties: false });
export type ProgrammeBody = Static<typeof ProgrammeBody>;

export const ProgrammeCounts = Type.Object({
  mentors: Type.Integer(),
  mentees: Type.Integer(),
  livePairs: Type.Integer(),
});
export type ProgrammeCounts = Static<typeof ProgrammeCounts>;

/** A programme as HR sees it. */
export const Programme = Type.Object({
  id: ProgrammeId,
  status: ProgrammeStatus,
  ...fields,
  counts: ProgrammeCounts,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Programme = Static<typeof Programme>;

/** GET /api/admin/programmes: every programme of the tenant, archived last. */
export const Programmes = Type.Object({ programmes: Type.Array(Programme) });
export type Programmes = Static<typeof Programmes>;

export const ProgrammeTransition = Type.Enum(['open', 'close', 'archive']);
export type ProgrammeTransition = Static<typeof ProgrammeTransition>;

export const TransitionParams = Type.Object({ programmeId: ProgrammeId, transition: ProgrammeTransition });
export type TransitionParams = Static<typeof TransitionParams>;

/** A programme as an employee sees it: what it is, when, and whether they may join now. */
export const OpenProgramme = Type.Object({
  id: ProgrammeId,
  kind: ProgrammeKind,
  status: ProgrammeStatus,
  names: Label,
  descriptions: Label,
  enrolFrom: Nullable(Day),
  enrolUntil: Nullable(Day),
  startsOn: Nullable(Day),
  endsOn: Nullable(Day),
  matching: MatchingMode,
  defaults: ProgrammeDefaults,
  catalogue: ProgrammeCatalogue,
  /** Joining is open today (status and enrolment window). */
  joinable: Type.Boolean(),
});
export type OpenProgramme = Static<typeof OpenProgramme>;

/** GET /api/programmes: the programmes open to the person, and those they are in. */
export const OpenProgrammes = Type.Object({ programmes: Type.Array(OpenProgramme) });
export type OpenProgrammes = Static<typeof OpenProgrammes>;
