import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyAnswered, SurveyAnswersBody } from '../../../../server/surveys/schemas';
import { useApi, type Api } from '../../../lib/api';
import { refresh } from '../../../lib/queryClient';
import { surveysKey } from './getSurveys';

/**
 * POST /api/surveys/:surveyId/answers, once: 409 survey_answered or survey_closed, 400
 * survey_skills_mismatch when the skills rated are not exactly the ones asked.
 */
export function answerSurvey(api: Api, surveyId: string, answers: SurveyAnswersBody): Promise<SurveyAnswered> {
  return api.request<SurveyAnswered>(`/api/surveys/${encodeURIComponent(surveyId)}/answers`, {
    method: 'POST',
    body: answers,
  });
}

export function useAnswerSurvey() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (asked: { surveyId: string; answers: SurveyAnswersBody }) =>
      answerSurvey(api, asked.surveyId, asked.answers),
    onSuccess: () => refresh(client, surveysKey),
  });
}
