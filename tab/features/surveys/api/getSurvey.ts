import { useQuery } from '@tanstack/react-query';
import type { Survey } from '../../../../server/surveys/schemas';
import { useApi, type Api } from '../../../lib/api';
import { surveysKey } from './getSurveys';

export type { Survey };

/** GET /api/surveys/:surveyId: one of my surveys; 404 survey_not_found, 403 not_your_survey. */
export function getSurvey(api: Api, surveyId: string, signal?: AbortSignal): Promise<Survey> {
  return api.request<Survey>(`/api/surveys/${encodeURIComponent(surveyId)}`, { signal });
}

export function useSurvey(surveyId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...surveysKey, surveyId],
    queryFn: ({ signal }) => getSurvey(api, surveyId, signal),
  });
}
