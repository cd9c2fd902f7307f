import { Type, type Static } from 'typebox';
import { PersonSummary } from '../org/schemas.js';
import { Nullable, Uuid } from '../schemas.js';
import { MatchReason, RuleViolation, ProgrammeId } from './schemas.js';

// HR's programme rounds: a preview over everyone waiting in a programme, run as a job whose
// progress the round shows; HR locks pairs in or excludes them and runs it again; then publishes.
// Proposed pairs and unmatched mentees are read a page at a time (a big round has ~10,000 of each).

/** POST /api/admin/rounds: a preview over everyone waiting in the programme. */
export const NewRound = Type.Object({ programmeId: ProgrammeId }, { additionalProperties: false });
export type NewRound = Static<typeof NewRound>;

/** GET /api/admin/rounds?programmeId=: a programme's rounds, newest first. */
export const RoundsQuery = Type.Object({ programmeId: ProgrammeId }, { additionalProperties: false });
export type RoundsQuery = Static<typeof RoundsQuery>;

export const RoundStatus = Type.Enum(['preview', 'published', 'discarded']);
export type RoundStatus = Static<typeof RoundStatus>;

/** The preview's job: waiting for a worker, working, finished, or failed (the round says why). */
export const RoundRun = Type.Enum(['queued', 'running', 'ready', 'failed']);
export type RoundRun = Static<typeof RoundRun>;

/** Where the job is: reading who takes part, applying the rules and scores, solving, saving. */
export const RoundStage = Type.Enum(['queued', 'loading', 'candidates', 'solving', 'saving', 'done']);
export type RoundStage = Static<typeof RoundStage>;

export const RoundProgress = Type.Object({ stage: RoundStage, percent: Type.Integer({ minimum: 0, maximum: 100 }) });
export type RoundProgress = Static<typeof RoundProgress>;

/** HR's choice about one pair: always in the round (lock) or never (exclude). */
export const ChoiceKind = Type.Enum(['lock', 'exclude']);
export type ChoiceKind = Static<typeof ChoiceKind>;

export const RoundChoice = Type.Object({
  mentorId: Type.String(),
  menteeId: Type.String(),
  choice: ChoiceKind,
  /** As the two were named when HR chose (an excluded pair is in no list to name them). */
  mentorName: Type.String(),
  menteeName: Type.String(),
});
export type RoundChoice = Static<typeof RoundChoice>;

/** PUT /api/admin/rounds/:id/choices: lock a pair in, exclude it, or neither ("none"). */
export const ChoiceBody = Type.Object(
  { mentorId: Uuid, menteeId: Uuid, choice: Type.Enum(['lock', 'exclude', 'none']) },
  { additionalProperties: false },
);
export type ChoiceBody = Static<typeof ChoiceBody>;

/** Mentors kept away, counted under the first rule each breaks. */
export const RuleCounts = Type.Partial(Type.Record(RuleViolation, Type.Integer({ minimum: 0 })));
export type RuleCounts = Static<typeof RuleCounts>;

/** A lock the last run could not keep, because things changed after HR locked it. */
export const DroppedLock = Type.Object({
  mentorId: Type.String(),
  menteeId: Type.String(),
  reason: Type.Union([RuleViolation, Type.Enum(['not_a_mentor', 'not_a_mentee', 'over_capacity'])]),
});
export type DroppedLock = Static<typeof DroppedLock>;

/** The totals of a round's last run; its pairs and unmatched are read by page. */
export const RoundResult = Type.Object({
  /** Mentees waiting (enrolled, not paused, no live pair) and mentors with a free place. */
  mentees: Type.Integer(),
  mentors: Type.Integer(),
  candidateEdges: Type.Integer(),
  matched: Type.Integer(),
  unmatched: Type.Integer(),
  /** Pairs HR locked in that the run kept, and candidate pairs HR's exclusions removed. */
  locked: Type.Integer(),
  excludedByHr: Type.Integer(),
  /** The optimal assignment's total score, and greedy's on the same pairs, locks and places. */
  total: Type.Number(),
  greedyTotal: Type.Number(),
  solveMs: Type.Number(),
  /** Summed over every mentee waiting, and over the unmatched only. */
  ruleCounts: RuleCounts,
  unmatchedRuleCounts: RuleCounts,
  droppedLocks: Type.Array(DroppedLock),
});
export type RoundResult = Static<typeof RoundResult>;

/** A programme round: previewed (and refined), then published (each pair proposed to both people) or discarded. */
export const Round = Type.Object({
  id: Type.String(),
  programmeId: ProgrammeId,
  status: RoundStatus,
  run: RoundRun,
  progress: RoundProgress,
  /** How many times it has been run (or queued to run). */
  runs: Type.Integer(),
  /** HR's choices changed since the last run started: run it again before publishing. */
  stale: Type.Boolean(),
  choices: Type.Array(RoundChoice),
  /** Why the last run failed; null otherwise. */
  failure: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  /** Null until the first run finishes. */
  result: Nullable(RoundResult),
});
export type Round = Static<typeof Round>;

export const Rounds = Type.Object({ rounds: Type.Array(Round) });
export type Rounds = Static<typeof Rounds>;

/** A page of a round's list: `search` matches either person's name, in any case. */
export const PageQuery = Type.Object(
  {
    offset: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    search: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type PageQuery = Static<typeof PageQuery>;

/** A pair the round proposes, best first, with the reasons for it. */
export const ProposedPair = Type.Object({
  mentor: PersonSummary,
  mentee: PersonSummary,
  score: Type.Number(),
  reasons: Type.Array(MatchReason),
  locked: Type.Boolean(),
});
export type ProposedPair = Static<typeof ProposedPair>;

export const UnmatchedReason = Type.Enum(['no_eligible_mentor', 'places_taken', 'excluded_by_hr']);
export type UnmatchedReason = Static<typeof UnmatchedReason>;

/** A mentee the round leaves without a mentor: no mentor passes the rules, their places went to others, or HR excluded the rest. */
export const UnmatchedMentee = Type.Object({
  mentee: PersonSummary,
  reason: UnmatchedReason,
  excluded: RuleCounts,
});
export type UnmatchedMentee = Static<typeof UnmatchedMentee>;

const page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ total: Type.Integer(), offset: Type.Integer(), limit: Type.Integer(), items: Type.Array(item) });

export const ProposedPairs = page(ProposedPair);
export type ProposedPairs = Static<typeof ProposedPairs>;

export const UnmatchedMentees = page(UnmatchedMentee);
export type UnmatchedMentees = Static<typeof UnmatchedMentees>;

/** POST /api/admin/rounds/:id/publish: pairs made, and pairs skipped as no longer possible. */
export const Published = Type.Object({ round: Round, created: Type.Integer(), skipped: Type.Integer() });
export type Published = Static<typeof Published>;
