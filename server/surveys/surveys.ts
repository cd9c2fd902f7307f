import type { Clock } from '../clock.js';
import type { Db } from '../db/db.js';
import { AppError } from '../errors.js';
import { findSkill } from '../matching/skills.js';
import type { PendingSurveys, Survey, SurveyAnswered, SurveyAnswersBody, SurveyStatus } from './schemas.js';
import { pendingSurveys, saveAnswers, summaryOf, surveyById, type SurveyRow } from './store.js';

// A person's pulse surveys: the ones waiting for them, one of them, and answering it once.

export interface SurveyDeps {
  db: Db;
  clock: Clock;
}

const statusOf = (s: SurveyRow, now: number): SurveyStatus =>
  s.answeredAt ? 'answered' : s.closesAt.getTime() <= now ? 'closed' : 'open';

export async function listPending(deps: SurveyDeps, tenantId: string, personId: string): Promise<PendingSurveys> {
  const rows = await pendingSurveys(deps.db, tenantId, personId, deps.clock.now());
  return { surveys: rows.map(summaryOf) };
}

/** One of the person's own surveys; someone else's is refused (not_your_survey). */
async function ownSurvey(deps: SurveyDeps, tenantId: string, personId: string, id: string): Promise<SurveyRow> {
  const survey = await surveyById(deps.db, tenantId, id);
  if (!survey) throw new AppError('survey_not_found', 'No such survey.');
  if (survey.personId !== personId) throw new AppError('not_your_survey', 'This survey was sent to someone else.');
  return survey;
}

export async function getSurvey(deps: SurveyDeps, tenantId: string, personId: string, id: string): Promise<Survey> {
  const s = await ownSurvey(deps, tenantId, personId, id);
  return {
    ...summaryOf(s),
    status: statusOf(s, deps.clock.now()),
    // A skill the catalogue no longer has is not asked (the catalogue adds, never renames).
    skills: s.skills.flatMap((skillId) => {
      const skill = findSkill(skillId);
      return skill ? [{ id: skill.id, label: skill.label }] : [];
    }),
    answeredAt: s.answeredAt?.toISOString() ?? null,
  };
}

/** Records my answers to one of my open surveys: once, every skill it asks about rated. */
export async function answerSurvey(
  deps: SurveyDeps,
  tenantId: string,
  personId: string,
  id: string,
  body: SurveyAnswersBody,
): Promise<SurveyAnswered> {
  const s = await ownSurvey(deps, tenantId, personId, id);
  const asked = s.skills.filter((skill) => findSkill(skill) !== undefined);
  const given = Object.keys(body.confidence);
  const missing = asked.filter((skill) => !given.includes(skill));
  const unexpected = given.filter((skill) => !asked.includes(skill));
  if (missing.length > 0 || unexpected.length > 0)
    throw new AppError(
      'survey_skills_mismatch',
      'Rate your confidence in each skill the survey asks about, and only those.',
      {
        missing,
        unexpected,
      },
    );
  const now = deps.clock.now();
  const comment = body.comment?.trim() ? body.comment.trim() : null;
  const answeredAt = await deps.db.transaction((tx) =>
    saveAnswers(
      tx,
      tenantId,
      s,
      { confidence: body.confidence, motivation: body.motivation, recommend: body.recommend, comment },
      now,
    ),
  );
  if (!answeredAt) {
    // Lost to an earlier (or concurrent) answer, or the survey closed: say which, as it is now.
    const after = await ownSurvey(deps, tenantId, personId, id);
    if (after.answeredAt) throw new AppError('survey_answered', 'You have already answered this survey.');
    throw new AppError('survey_closed', 'This survey has closed.', { closedAt: after.closesAt.toISOString() });
  }
  return { id, status: 'answered', answeredAt: answeredAt.toISOString() };
}
