import { Type, type Static } from 'typebox';
import { PersonSummary } from '../org/schemas.js';
import { Nullable, Uuid } from '../schemas.js';

// Matching's contract: the catalogue, joining a programme, suggestions, requests, pairs, and for
// HR programme owners the programme settings and rounds. Route types, response serialisation and
// the tab's types all come from here, so this file imports nothing but typebox and other schemas.

/**
 * A programme's id: 'mentoring' and 'reverse' for the two every tenant starts with, a uuid for the
 * programmes HR creates.
 */
export const ProgrammeId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
export type ProgrammeId = Static<typeof ProgrammeId>;

/**
 * Mentoring: the mentor is more senior. Reverse mentoring: the mentor is more junior. Succession
 * development: mentoring for the successors managers nominate (the mentor is more senior).
 */
export const ProgrammeKind = Type.Enum(['mentoring', 'reverse', 'succession']);
export type ProgrammeKind = Static<typeof ProgrammeKind>;

/** A person's part in a pair. */
export const Role = Type.Enum(['mentor', 'mentee']);
export type Role = Static<typeof Role>;

export const Cadence = Type.Enum(['weekly', 'biweekly', 'monthly']);
export type Cadence = Static<typeof Cadence>;

export const MeetingMinutes = Type.Enum([30, 45, 60]);
export type MeetingMinutes = Static<typeof MeetingMinutes>;

/** A skill's or goal's id in the catalogue. */
const CatalogueId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_]+$' });

export const ProgrammeParams = Type.Object({ programmeId: ProgrammeId });
export type ProgrammeParams = Static<typeof ProgrammeParams>;

export const IdParams = Type.Object({ id: Uuid });
export type IdParams = Static<typeof IdParams>;

// The catalogue

export const Label = Type.Object({ en: Type.String(), it: Type.String() });
export type Label = Static<typeof Label>;

/** The craft of a job (technical), what a mentor grows in a mentee (soft), what juniors teach seniors (digital). */
export const SkillFamily = Type.Enum(['technical', 'soft', 'digital']);
export type SkillFamily = Static<typeof SkillFamily>;

export const CatalogueSkill = Type.Object({ id: Type.String(), family: SkillFamily, label: Label });
export type CatalogueSkill = Static<typeof CatalogueSkill>;

export const CatalogueGoal = Type.Object({
  id: Type.String(),
  label: Label,
  /** Skills that help with the goal. */
  skills: Type.Array(Type.String()),
});
export type CatalogueGoal = Static<typeof CatalogueGoal>;

/** GET /api/catalogue: the skills and goals people choose from. */
export const Catalogue = Type.Object({ skills: Type.Array(CatalogueSkill), goals: Type.Array(CatalogueGoal) });
export type Catalogue = Static<typeof Catalogue>;

// Joining a programme

const enrolmentFields = {
  asMentor: Type.Boolean(),
  asMentee: Type.Boolean(),
  /** Skill ids the person can teach (as a mentor). */
  offers: Type.Array(CatalogueId, { maxItems: 20 }),
  /** Skill ids the person wants to learn (as a mentee). */
  wants: Type.Array(CatalogueId, { maxItems: 20 }),
  goals: Type.Array(CatalogueId, { maxItems: 10 }),
  /** BCP 47 tags, e.g. "it-IT". */
  languages: Type.Array(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$' }), { minItems: 1, maxItems: 6 }),
  cadence: Cadence,
  meetingMinutes: MeetingMinutes,
  /** Mentees at a time, as a mentor. */
  capacity: Type.Integer({ minimum: 1, maximum: 5, default: 2 }),
  /** Kept, but out of suggestions and rounds. */
  paused: Type.Boolean({ default: false }),
};

/** PUT /api/enrolments/:programmeId: joining and changing are the same call. */
export const EnrolmentBody = Type.Object(enrolmentFields, { additionalProperties: false });
export type EnrolmentBody = Static<typeof EnrolmentBody>;

/** How a person takes part in one programme. */
export const Enrolment = Type.Object({ programmeId: ProgrammeId, ...enrolmentFields });
export type Enrolment = Static<typeof Enrolment>;

/**
 * Why a role is closed to the person in a programme, for the tab to say before they try:
 * `mentors_more_senior` "mentors in Mentoring are more senior than you today",
 * `mentors_more_junior` "reverse mentors are junior colleagues", `mentees_more_senior` "mentees in
 * reverse mentoring are senior leaders", `mentees_more_junior` "mentees in Mentoring are less
 * senior than you", `not_placed_yet` "your place in the organisation is read at the next sync".
 */
export const RoleClosed = Type.Enum([
  'mentors_more_senior',
  'mentors_more_junior',
  'mentees_more_senior',
  'mentees_more_junior',
  'not_placed_yet',
]);
export type RoleClosed = Static<typeof RoleClosed>;

/** Whether the person may take a role in a programme today, and if not why (`params`: programmeId and role). */
export const RoleOpening = Type.Object({
  open: Type.Boolean(),
  /** Null when open. */
  reason: Nullable(RoleClosed),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type RoleOpening = Static<typeof RoleOpening>;

/** The roles of one programme as they stand for the person. */
export const ProgrammeRoles = Type.Object({ programmeId: ProgrammeId, mentor: RoleOpening, mentee: RoleOpening });
export type ProgrammeRoles = Static<typeof ProgrammeRoles>;

/**
 * GET /api/enrolments: the programmes the person is in, for each one they are not in yet a draft
 * pre-filled from the directory (their language, the role their level suits best, skills from
 * their profile), and for every programme which roles are open to them.
 */
export const Enrolments = Type.Object({
  enrolments: Type.Array(Enrolment),
  drafts: Type.Array(Enrolment),
  roles: Type.Array(ProgrammeRoles),
});
export type Enrolments = Static<typeof Enrolments>;

// Why a match

/**
 * skills {matched, wanted, skills}, goals {matched, total, goals}: what the mentor can help with;
 * different_department, different_office {mine, theirs}; different_tenure {}: one joined the
 * company years before the other (no years are given); seniority_gap {span: near | ideal | wide}:
 * one level apart, two or three, or more (no levels are given); overlap {hours, minutes} of working
 * hours a day; mentor_load {free, capacity}: the mentor's free places (about the programme).
 */
export const MatchReasonCode = Type.Enum([
  'skills',
  'goals',
  'different_department',
  'different_office',
  'different_tenure',
  'seniority_gap',
  'overlap',
  'mentor_load',
]);
export type MatchReasonCode = Static<typeof MatchReasonCode>;

/**
 * What a reason is about: `pair`, the two people (shown to both as a reason for the match), or
 * `programme`, how the programme spreads mentees over mentors (mentor_load): it counts in the
 * score but is not a reason about the pair, so the tab leaves it out.
 */
export const ReasonAbout = Type.Enum(['pair', 'programme']);
export type ReasonAbout = Static<typeof ReasonAbout>;

/**
 * One part of a match's score; `weight` is its share of the score, and the weights of all the
 * parts (`about` pair and programme) add up to the score. Params never carry the other person's
 * hire year or seniority level. Params read from the mentee's side: `mine` is the mentee's,
 * `theirs` the mentor's.
 */
export const MatchReason = Type.Object({
  code: MatchReasonCode,
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  weight: Type.Number(),
  about: ReasonAbout,
});
export type MatchReason = Static<typeof MatchReason>;

/** Why a pair is refused: a stable code per hard rule, in the order they are reported (rules.ts). */
export const RuleViolation = Type.Enum([
  'same_person',
  'seniority_direction',
  'reporting_line',
  'same_manager',
  'no_capacity',
  'repeat_pair',
  'no_shared_language',
  'hours_do_not_overlap',
]);
export type RuleViolation = Static<typeof RuleViolation>;

export const ScoredPair = Type.Object({
  mentorId: Type.String(),
  menteeId: Type.String(),
  /** Sum of the reasons' weights, 0..100. */
  score: Type.Number(),
  reasons: Type.Array(MatchReason),
});
export type ScoredPair = Static<typeof ScoredPair>;

// Suggestions

export const SuggestionsQuery = Type.Object(
  {
    programmeId: ProgrammeId,
    /** The reader's own role. */
    as: Type.Enum(['mentee', 'mentor'], { default: 'mentee' }),
    top: Type.Integer({ minimum: 1, maximum: 20, default: 5 }),
  },
  { additionalProperties: false },
);
export type SuggestionsQuery = Static<typeof SuggestionsQuery>;

export const Suggestion = Type.Object({
  person: PersonSummary,
  /** The suggested person's role in the pair: a mentee is suggested mentors, a mentor mentees. */
  role: Role,
  /** 0..100, the sum of the reasons' weights. */
  score: Type.Number(),
  reasons: Type.Array(MatchReason),
});
export type Suggestion = Static<typeof Suggestion>;

/** GET /api/suggestions: people who pass every rule of the programme, best first. */
export const Suggestions = Type.Object({ suggestions: Type.Array(Suggestion) });
export type Suggestions = Static<typeof Suggestions>;

// Requests

export const RequestStatus = Type.Enum(['pending', 'accepted', 'declined', 'expired', 'withdrawn']);
export type RequestStatus = Static<typeof RequestStatus>;

/** What the other person of a request may do with it. */
export const RequestAnswer = Type.Enum(['accept', 'decline']);
export type RequestAnswer = Static<typeof RequestAnswer>;

/** POST /api/requests: the asker is the mentee asking a mentor, or a mentor offering to mentor. */
export const NewRequest = Type.Object(
  { programmeId: ProgrammeId, mentorId: Uuid, menteeId: Uuid, message: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type NewRequest = Static<typeof NewRequest>;

const requestFields = {
  id: Type.String(),
  programmeId: ProgrammeId,
  mentorId: Type.String(),
  menteeId: Type.String(),
  requestedBy: Type.String(),
  status: RequestStatus,
  score: Type.Number(),
  reasons: Type.Array(MatchReason),
  message: Type.Optional(Nullable(Type.String())),
  createdAt: Type.String(),
  /** Unanswered by then, it expires. */
  expiresAt: Type.String(),
};

/** A request to pair, as the answers to POSTs give it. */
export const MatchRequest = Type.Object({ ...requestFields, other: Type.Optional(PersonSummary) });
export type MatchRequest = Static<typeof MatchRequest>;

/** A request as the person's list shows it, naming the other person. */
export const ListedRequest = Type.Object({ ...requestFields, other: PersonSummary });
export type ListedRequest = Static<typeof ListedRequest>;

/** GET /api/requests: the latest requests the person sent or received, newest first. */
export const Requests = Type.Object({ requests: Type.Array(ListedRequest) });
export type Requests = Static<typeof Requests>;

// Pairs

/** A pair that still holds its two people: proposed (until both confirm), active or paused. */
export const LIVE_PAIR_STATUSES = ['proposed', 'active', 'paused'] as const;
export type LivePairStatus = (typeof LIVE_PAIR_STATUSES)[number];

export const PairStatus = Type.Enum([...LIVE_PAIR_STATUSES, 'completed', 'ended']);
export type PairStatus = Static<typeof PairStatus>;

/** How a pair came about: a request one of them accepted, or a programme round. */
export const PairSource = Type.Enum(['request', 'round']);
export type PairSource = Static<typeof PairSource>;

/** Why the organisation ended a pair (a re-org, or someone left); also the pair's flag. */
export const OrganisationEnd = Type.Enum(['person_left', 'reporting_line']);
export type OrganisationEnd = Static<typeof OrganisationEnd>;

/** What POST /api/pairs/:id/:action may ask; pausing has its own route, for its end date. */
export const PairAction = Type.Enum(['confirm', 'resume', 'complete', 'end']);
export type PairAction = Static<typeof PairAction>;

const pairFields = {
  id: Type.String(),
  programmeId: ProgrammeId,
  mentorId: Type.String(),
  menteeId: Type.String(),
  status: PairStatus,
  source: PairSource,
  score: Type.Number(),
  reasons: Type.Array(MatchReason),
  mentorConfirmed: Type.Boolean(),
  menteeConfirmed: Type.Boolean(),
  /** Why it ended: an OrganisationEnd, "ended_by_person", or the words of the person who ended it. */
  endedReason: Type.Optional(Nullable(Type.String())),
  flag: Type.Optional(Nullable(OrganisationEnd)),
  /** A paused pair's end date ("YYYY-MM-DD"): on that day, in the time zone of who paused it, it resumes by itself. */
  pausedUntil: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  createdAt: Type.String(),
};

export const Pair = Type.Object({ ...pairFields, other: Type.Optional(PersonSummary) });
export type Pair = Static<typeof Pair>;

/** A pair as the person's list shows it, naming the other person. */
export const ListedPair = Type.Object({ ...pairFields, other: PersonSummary });
export type ListedPair = Static<typeof ListedPair>;

/** GET /api/pairs: every pair the person is or was in, newest first. */
export const Pairs = Type.Object({ pairs: Type.Array(ListedPair) });
export type Pairs = Static<typeof Pairs>;

/** POST /api/requests/:id/accept or /decline: accepting creates the pair. */
export const Answered = Type.Object({ request: MatchRequest, pair: Type.Optional(Pair) });
export type Answered = Static<typeof Answered>;

export const PairActionParams = Type.Object({ id: Uuid, action: PairAction });
export type PairActionParams = Static<typeof PairActionParams>;

/** POST /api/pairs/:id/pause: until which day (at most about six months ahead; it resumes by itself then). */
export const PauseBody = Type.Object({ until: Type.String({ format: 'date' }) }, { additionalProperties: false });
export type PauseBody = Static<typeof PauseBody>;

/** POST /api/pairs/:id/:action: ending may say why. */
export const PairActionBody = Type.Union([
  Type.Null(),
  Type.Object({ reason: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false }),
]);
export type PairActionBody = Static<typeof PairActionBody>;

// Inviting a colleague to mentor

/** POST /api/invitations: ask a colleague to join a programme as a mentor (a Teams notification). */
export const NewInvitation = Type.Object({ personId: Uuid, programmeId: ProgrammeId }, { additionalProperties: false });
export type NewInvitation = Static<typeof NewInvitation>;

/** An invitation sent. */
export const Invitation = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  programmeId: ProgrammeId,
  createdAt: Type.String(),
});
export type Invitation = Static<typeof Invitation>;

// HR: programme settings and rounds

export const ScoreWeights = Type.Object(
  {
    skills: Type.Number({ minimum: 0, maximum: 100 }),
    goals: Type.Number({ minimum: 0, maximum: 100 }),
    diversity: Type.Number({ minimum: 0, maximum: 100 }),
    seniorityGap: Type.Number({ minimum: 0, maximum: 100 }),
    overlap: Type.Number({ minimum: 0, maximum: 100 }),
    load: Type.Number({ minimum: 0, maximum: 100 }),
  },
  { additionalProperties: false },
);
export type ScoreWeights = Static<typeof ScoreWeights>;

/** Programme settings that shape the rules and the score (GET and PUT /api/admin/programmes/:programmeId). */
export const ProgrammeSettings = Type.Object(
  {
    /** Seniority levels between mentor and mentee (default 1). */
    levelGap: Type.Integer({ minimum: 0, maximum: 5 }),
    /** Also refuse two people with the same manager. */
    excludeSameManager: Type.Boolean(),
    /** Allow a pair that existed before (default false). */
    allowRepeat: Type.Boolean(),
    /** Minimum overlap of working hours, in minutes a day (default 60). */
    minOverlapMinutes: Type.Integer({ minimum: 0, maximum: 480 }),
    weights: ScoreWeights,
  },
  { additionalProperties: false },
);
export type ProgrammeSettings = Static<typeof ProgrammeSettings>;

// Rounds: their contract is in round-schemas.ts.
