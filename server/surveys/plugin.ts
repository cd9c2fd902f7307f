import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses } from '../schemas.js';
import { PendingSurveys, Survey, SurveyAnswered, SurveyAnswersBody, SurveyParams } from './schemas.js';
import { answerSurvey, getSurvey, listPending, type SurveyDeps } from './surveys.js';

/** A person's pulse surveys: which wait for them, one of them, and its answers. */
export const surveysRoutes: FastifyPluginAsyncTypebox<SurveyDeps> = async (api, o) => {
  api.get('/api/surveys', { schema: { response: { 200: PendingSurveys, ...errorResponses } } }, async (req) =>
    listPending(o, req.person.tenantId, req.person.userId),
  );

  api.get(
    '/api/surveys/:surveyId',
    { schema: { params: SurveyParams, response: { 200: Survey, ...errorResponses } } },
    async (req) => getSurvey(o, req.person.tenantId, req.person.userId, req.params.surveyId),
  );

  api.post(
    '/api/surveys/:surveyId/answers',
    { schema: { params: SurveyParams, body: SurveyAnswersBody, response: { 201: SurveyAnswered, ...errorResponses } } },
    async (req, reply) =>
      reply
        .code(201)
        .send(await answerSurvey(o, req.person.tenantId, req.person.userId, req.params.surveyId, req.body)),
  );
};
