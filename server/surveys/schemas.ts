import { Type, type Static } from 'typebox';
import { Label, ProgrammeId } from '../matching/schemas.js';
import { SurveyMoment } from '../programmes/schemas.js';
import { Instant, Nullable, Uuid } from '../schemas.js';

// Pulse surveys' contract: what a person is asked at a programme's start, midpoint and end, and
// what they answer. The free-text answer goes to HR unattributed: no read path gives it back,
// not even to its author, so nothing here carries it out.

// The moments are the programme's words (its `surveys` setting lists them).
export { SurveyMoment };

/** open: waiting for an answer; answered: done (once); closed: no longer taking answers. */
export const SurveyStatus = Type.Enum(['open', 'answered', 'closed']);
export type SurveyStatus = Static<typeof SurveyStatus>;

export const SurveySkill = Type.Object({ id: Type.String(), label: Label });
export type SurveySkill = Static<typeof SurveySkill>;

export const SurveySummary = Type.Object({
  id: Uuid,
  programmeId: ProgrammeId,
  programmeName: Label,
  moment: SurveyMoment,
  createdAt: Instant,
  closesAt: Instant,
});
export type SurveySummary = Static<typeof SurveySummary>;

/** GET /api/surveys: my surveys waiting for an answer, oldest first. */
export const PendingSurveys = Type.Object({ surveys: Type.Array(SurveySummary) });
export type PendingSurveys = Static<typeof PendingSurveys>;

/** GET /api/surveys/:surveyId: one of my surveys, with the skills it asks about (the pair's). */
export const Survey = Type.Object({
  ...SurveySummary.properties,
  status: SurveyStatus,
  skills: Type.Array(SurveySkill),
  answeredAt: Nullable(Instant),
});
export type Survey = Static<typeof Survey>;

export const SurveyParams = Type.Object({ surveyId: Uuid });
export type SurveyParams = Static<typeof SurveyParams>;

const OneToFive = Type.Integer({ minimum: 1, maximum: 5 });

/** POST /api/surveys/:surveyId/answers: every skill asked about, rated once. */
export const SurveyAnswersBody = Type.Object(
  {
    /** Self-rated confidence by skill id: exactly the skills the survey asks about. */
    confidence: Type.Record(Type.String({ pattern: '^[a-z0-9_]{1,64}$' }), OneToFive, { maxProperties: 32 }),
    motivation: OneToFive,
    /** "Would you recommend this programme to a colleague?" 0-10 (NPS). */
    recommend: Type.Integer({ minimum: 0, maximum: 10 }),
    /** Read by HR only, never attributed to its author; blank is no comment. */
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type SurveyAnswersBody = Static<typeof SurveyAnswersBody>;

export const SurveyAnswered = Type.Object({ id: Uuid, status: Type.Literal('answered'), answeredAt: Instant });
export type SurveyAnswered = Static<typeof SurveyAnswered>;
