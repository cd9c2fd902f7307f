import { Type, type Static } from 'typebox';
import { Pair, ProgrammeId } from '../matching/schemas.js';
import { PersonSummary } from '../org/schemas.js';
import { Instant, Nullable, Uuid } from '../schemas.js';

// The contract of HR's programme health and enrolment administration (issue 12): how each live
// pair of a programme is doing and why, what HR may do about one (nudge both people, end it), who
// joined a programme, and inviting people to join. Route types, response serialisation and the
// tab's types all come from here, so this file imports nothing but typebox and other schemas.

export const ProgrammeIdParams = Type.Object({ id: ProgrammeId });
export type ProgrammeIdParams = Static<typeof ProgrammeIdParams>;

export const PairIdParams = Type.Object({ id: Uuid });
export type PairIdParams = Static<typeof PairIdParams>;

/** Pages of at most 100 rows: a programme may hold thousands of pairs and people. */
const paging = {
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
};

// Programme health

/**
 * needs_attention: at least one reason applies; too_early: none does, but the pair is proposed or
 * was made less than four weeks ago, too soon to say; on_track: none applies to a pair that old.
 */
export const HealthLabel = Type.Enum(['needs_attention', 'too_early', 'on_track']);
export type HealthLabel = Static<typeof HealthLabel>;

/**
 * Why a pair needs attention (README "Programme health" gives each rule):
 * `no_recent_session` {days}: an active pair at least four weeks old held no session in the last
 * four weeks (`days` since the last one, or since the pair was made);
 * `sessions_missed` {skipped, declined, notHeld}: sessions of the last eight weeks skipped, declined
 * or deleted in Outlook, or checked in as not held, two or more together;
 * `low_ratings` {average, ratings}: check-ins of the last eight weeks rate usefulness 2.5 or less on
 * average (two ratings at least);
 * `request_unanswered` {person: mentor | mentee, days}: one of them has left a proposal or a request
 * unanswered for a week or more;
 * `mentor_over_capacity` {load, capacity}: the mentor has more live pairs in the programme than places.
 */
export const HealthReasonCode = Type.Enum([
  'no_recent_session',
  'sessions_missed',
  'low_ratings',
  'request_unanswered',
  'mentor_over_capacity',
]);
export type HealthReasonCode = Static<typeof HealthReasonCode>;

export const HealthReason = Type.Object({
  code: HealthReasonCode,
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type HealthReason = Static<typeof HealthReason>;

/** GET /api/admin/programmes/:id/health: one label (or all), a page. */
export const HealthQuery = Type.Object(
  { label: Type.Optional(HealthLabel), ...paging },
  { additionalProperties: false },
);
export type HealthQuery = Static<typeof HealthQuery>;

export const LivePairStatus = Type.Enum(['proposed', 'active', 'paused']);
export type LivePairStatus = Static<typeof LivePairStatus>;

/** One live pair as HR sees it: never what the two wrote (private notes), only what happened. */
export const PairHealth = Type.Object({
  id: Type.String(),
  status: LivePairStatus,
  /** When the pair was made (proposed, or accepted). */
  createdAt: Instant,
  pausedUntil: Nullable(Type.String({ format: 'date' })),
  mentor: PersonSummary,
  mentee: PersonSummary,
  label: HealthLabel,
  /** Empty unless the label is needs_attention. */
  reasons: Type.Array(HealthReason),
  /** The end of the last session held in the last eight weeks; null: none. */
  lastSessionAt: Nullable(Instant),
  /** When HR last nudged the two; null: never. */
  nudgedAt: Nullable(Instant),
});
export type PairHealth = Static<typeof PairHealth>;

export const HealthCounts = Type.Object({
  needs_attention: Type.Integer(),
  too_early: Type.Integer(),
  on_track: Type.Integer(),
});
export type HealthCounts = Static<typeof HealthCounts>;

/** Needing attention first, then the oldest pairs first. */
export const ProgrammeHealth = Type.Object({
  programmeId: ProgrammeId,
  /** Every live pair of the programme by label, whatever the filter. */
  counts: HealthCounts,
  /** Pairs with the label asked for (all live pairs without one). */
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  pairs: Type.Array(PairHealth),
});
export type ProgrammeHealth = Static<typeof ProgrammeHealth>;

/** POST /api/admin/pairs/:id/nudge: both were told; `nextAt` is when the pair may be nudged again. */
export const Nudged = Type.Object({ pairId: Type.String(), nudgedAt: Instant, nextAt: Instant });
export type Nudged = Static<typeof Nudged>;

/** POST /api/admin/pairs/:id/end: why HR ends it (kept with the pair, which both people can read). */
export const HrEndBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type HrEndBody = Static<typeof HrEndBody>;

/** The pair as ended. */
export const HrEnded = Pair;
export type HrEnded = Static<typeof HrEnded>;

// Enrolment

export const EnrolmentRole = Type.Enum(['mentor', 'mentee']);
export type EnrolmentRole = Static<typeof EnrolmentRole>;

/** GET /api/admin/programmes/:id/enrolments: filters and a page, newest first. */
export const EnrolmentsQuery = Type.Object(
  {
    /** People taking that role (someone in both roles is in either list). */
    role: Type.Optional(EnrolmentRole),
    /** Words a name (or a word of it) starts with. */
    search: Type.String({ maxLength: 100, default: '' }),
    department: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    office: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    ...paging,
  },
  { additionalProperties: false },
);
export type EnrolmentsQuery = Static<typeof EnrolmentsQuery>;

export const EnrolledPerson = Type.Object({
  person: PersonSummary,
  asMentor: Type.Boolean(),
  asMentee: Type.Boolean(),
  /** Out of suggestions and rounds for now. */
  paused: Type.Boolean(),
  /** Mentees at a time, as a mentor; null for a mentee only. */
  capacity: Nullable(Type.Integer()),
  /** Their live pairs in the programme, in either role. */
  livePairs: Type.Integer(),
  joinedAt: Instant,
  /** False for someone who has left the organisation since. */
  current: Type.Boolean(),
});
export type EnrolledPerson = Static<typeof EnrolledPerson>;

export const ProgrammeEnrolments = Type.Object({
  programmeId: ProgrammeId,
  /** The whole programme, whatever the filters. */
  counts: Type.Object({ people: Type.Integer(), mentors: Type.Integer(), mentees: Type.Integer() }),
  /** The departments and offices of the people enrolled, for the filters. */
  departments: Type.Array(Type.String()),
  offices: Type.Array(Type.String()),
  /** People the filters keep. */
  total: Type.Integer(),
  offset: Type.Integer(),
  limit: Type.Integer(),
  enrolments: Type.Array(EnrolledPerson),
});
export type ProgrammeEnrolments = Static<typeof ProgrammeEnrolments>;

/** POST /api/admin/programmes/:id/invitations: people asked to join (a Teams notification each). */
export const NewJoinInvitations = Type.Object(
  { personIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
);
export type NewJoinInvitations = Static<typeof NewJoinInvitations>;

/**
 * Why a person cannot be invited: not in the organisation; outside the programme's eligibility or
 * its roles' seniority levels; already in the programme; invited to it in the last seven days.
 */
export const InviteRefusal = Type.Enum(['person_not_found', 'not_eligible', 'already_enrolled', 'invited_recently']);
export type InviteRefusal = Static<typeof InviteRefusal>;

export const JoinInvitation = Type.Object({ personId: Type.String(), createdAt: Instant });
export type JoinInvitation = Static<typeof JoinInvitation>;

export const JoinInvitationsSent = Type.Object({ programmeId: ProgrammeId, invited: Type.Array(JoinInvitation) });
export type JoinInvitationsSent = Static<typeof JoinInvitationsSent>;
