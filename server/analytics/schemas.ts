import { Type, type Static } from 'typebox';
import { Instant, Nullable } from '../schemas.js';

// The outcomes dashboard's contract (GET /api/admin/outcomes and its CSV): what mentoring changes,
// as aggregates only. Every figure is a Cell: a number with the size of the group it describes,
// or, when that group is smaller than the tenant's min_group_size, a suppressed cell that says
// why instead of the number (the API never sends it; the tab shows the reason). This file imports
// nothing but typebox and ../schemas.js: the tab reads its types with `import type`.

/** A calendar day, "YYYY-MM-DD". */
const Day = Type.String({ format: 'date' });

/** GET /api/admin/outcomes?programmeId=&from=&to=&office=&department=&level= */
export const OutcomesQuery = Type.Object(
  {
    /** One programme; absent: every programme of the tenant. */
    programmeId: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' })),
    /** The period, both days included (UTC); either end may be open. */
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    /** People of this office, department or seniority level (pair figures: either person of the pair). */
    office: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    department: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
  },
  { additionalProperties: false },
);
export type OutcomesQuery = Static<typeof OutcomesQuery>;

/** A figure that is not given: the group it would describe is smaller than the tenant's limit. */
export const Suppressed = Type.Object(
  { suppressed: Type.Literal(true), reason: Type.Literal('group_too_small') },
  { additionalProperties: false },
);
export type Suppressed = Static<typeof Suppressed>;

/** A figure: `value` (a count, a share 0-1, a mean or a quantile) over a group of `people`. */
export const Shown = Type.Object(
  { value: Type.Number(), people: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type Shown = Static<typeof Shown>;

export const Cell = Type.Union([Shown, Suppressed]);
export type Cell = Static<typeof Cell>;

/** How a breakdown row is keyed; null: not known in the directory. */
const Key = Nullable(Type.String());

/** Participants of one group beside the organisation's own people of that group. */
export const DistributionRow = Type.Object(
  {
    key: Key,
    participants: Cell,
    /** Share of all participants in this group. */
    participantsShare: Cell,
    organisation: Cell,
    /** Share of the organisation in this group. */
    organisationShare: Cell,
  },
  { additionalProperties: false },
);
export type DistributionRow = Static<typeof DistributionRow>;

export const Dimension = Type.Enum(['office', 'department', 'level', 'generation']);
export type Dimension = Static<typeof Dimension>;

export const Participation = Type.Object(
  {
    /** People enrolled (as mentor, mentee or both), in the directory at the period's end. */
    enrolled: Cell,
    mentors: Cell,
    mentees: Cell,
    /** People in at least one matched pair (both confirmed) of the period. */
    matched: Cell,
    /** Matched pairs of the period, and those of them active today. */
    matchedPairs: Cell,
    activePairs: Cell,
    /** By office, department, level and generation (decade of hire), beside the organisation. */
    breakdown: Type.Object({
      office: Type.Array(DistributionRow),
      department: Type.Array(DistributionRow),
      level: Type.Array(DistributionRow),
      generation: Type.Array(DistributionRow),
    }),
  },
  { additionalProperties: false },
);
export type Participation = Static<typeof Participation>;

/** Sessions of the period that have started: each in exactly one of held, skipped, cancelled, missed, unconfirmed. */
export const Meetings = Type.Object(
  {
    planned: Cell,
    /** Someone of the two checked in that it happened. */
    held: Cell,
    skipped: Cell,
    /** Declined or cancelled in Outlook, or cancelled when the pair stopped. */
    cancelled: Cell,
    /** Someone checked in that it did not happen, nobody that it did. */
    missed: Cell,
    /** Nobody checked in. */
    unconfirmed: Cell,
    /** held / planned. */
    heldShare: Cell,
  },
  { additionalProperties: false },
);
export type Meetings = Static<typeof Meetings>;

/** Goal progress (0-100) of the pairs in a week since each pair started (week 0 = its first 7 days). */
export const CurveWeek = Type.Object(
  { week: Type.Integer({ minimum: 0 }), q1: Cell, median: Cell, q3: Cell },
  { additionalProperties: false },
);
export type CurveWeek = Static<typeof CurveWeek>;

/** Check-in answers (1-5) of sessions held in one month. */
export const ConfidenceMonth = Type.Object(
  { month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }), confidence: Cell, usefulness: Cell },
  { additionalProperties: false },
);
export type ConfidenceMonth = Static<typeof ConfidenceMonth>;

export const LevelGapRow = Type.Object(
  {
    /** Mentee's level minus mentor's (positive: the mentee is more senior, as reverse mentoring intends). */
    gap: Type.Integer(),
    pairs: Cell,
    share: Cell,
  },
  { additionalProperties: false },
);
export type LevelGapRow = Static<typeof LevelGapRow>;

export const Diversity = Type.Object(
  {
    pairs: Cell,
    /** Shares of the matched pairs whose two people differ in it (both known). */
    crossDepartment: Cell,
    crossOffice: Cell,
    crossGeneration: Cell,
    crossCountry: Cell,
    /** Reverse-mentoring pairs by level gap. */
    reverseByLevelGap: Type.Array(LevelGapRow),
  },
  { additionalProperties: false },
);
export type Diversity = Static<typeof Diversity>;

export const RetentionWindow = Type.Object(
  {
    months: Type.Union([Type.Literal(6), Type.Literal(12)]),
    /** Participants still in the directory `months` after the anchor day, and how many there were. */
    participants: Cell,
    participantsSize: Cell,
    /** Non-participants of the same level, department and tenure band, weighted to the participants' mix. */
    comparison: Cell,
    comparisonSize: Cell,
  },
  { additionalProperties: false },
);
export type RetentionWindow = Static<typeof RetentionWindow>;

export const SurveyMoment = Type.Enum(['start', 'midpoint', 'end']);
export type SurveyMoment = Static<typeof SurveyMoment>;

/**
 * Pulse survey answers by moment: mean self-rated skill confidence (1-5, each survey's skills
 * averaged first), motivation (1-5) and NPS (-100 to 100) of "would you recommend" (0-10).
 */
export const SurveyFigures = Type.Object(
  {
    moments: Type.Array(
      Type.Object(
        { moment: SurveyMoment, skillConfidence: Cell, motivation: Cell, nps: Cell },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SurveyFigures = Static<typeof SurveyFigures>;

/** What the filters may choose from: the tenant's programmes and the directory's offices and departments. */
export const OutcomesChoices = Type.Object(
  {
    programmes: Type.Array(
      Type.Object(
        { id: Type.String(), names: Type.Object({ en: Type.String(), it: Type.String() }) },
        { additionalProperties: false },
      ),
    ),
    offices: Type.Array(Type.String()),
    departments: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type OutcomesChoices = Static<typeof OutcomesChoices>;

/** GET /api/admin/outcomes */
export const Outcomes = Type.Object(
  {
    programmeId: Nullable(Type.String()),
    from: Nullable(Day),
    to: Nullable(Day),
    office: Nullable(Type.String()),
    department: Nullable(Type.String()),
    level: Nullable(Type.Integer()),
    /** Figures over fewer people than this are suppressed (the tenant's limit, never under 5). */
    minGroupSize: Type.Integer({ minimum: 5 }),
    /** The instant "now" was for the figures (sessions that have started, today's statuses). */
    asOf: Instant,
    participation: Participation,
    meetings: Meetings,
    learningCurve: Type.Array(CurveWeek),
    confidence: Type.Array(ConfidenceMonth),
    diversity: Diversity,
    retention: Type.Array(RetentionWindow),
    surveys: SurveyFigures,
    choices: OutcomesChoices,
  },
  { additionalProperties: false },
);
export type Outcomes = Static<typeof Outcomes>;
