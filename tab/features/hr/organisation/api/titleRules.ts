import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TitleRule, TitleRules, TitleRulesPreview, TitleRulesSaved } from '../../../../../server/org/schemas';
import { useApi, type Api } from '../../../../lib/api';
import { keys, refresh } from '../../../../lib/queryClient';
import { hrKeys } from '../../keys';

export type { TitleRule, TitleRulesPreview, TitleRulesSaved };

/** GET /api/admin/title-rules: the tenant's own title vocabulary. */
export function getTitleRules(api: Api, signal?: AbortSignal): Promise<TitleRules> {
  return api.request<TitleRules>('/api/admin/title-rules', { signal });
}

export function useTitleRules() {
  const api = useApi();
  return useQuery({ queryKey: hrKeys.titleRules, queryFn: ({ signal }) => getTitleRules(api, signal) });
}

/** POST /api/admin/title-rules/preview: who would change level with these rules; nothing is saved. */
export function previewTitleRules(api: Api, rules: TitleRule[], signal?: AbortSignal): Promise<TitleRulesPreview> {
  return api.request<TitleRulesPreview>('/api/admin/title-rules/preview', {
    method: 'POST',
    body: { rules } satisfies TitleRules,
    signal,
  });
}

/** The preview of `rules`, or nothing while `rules` is null (unchanged, or not valid yet). */
export function useTitleRulesPreview(rules: TitleRule[] | null) {
  const api = useApi();
  return useQuery({
    queryKey: hrKeys.titleRulesPreview(rules),
    queryFn: ({ signal }) => previewTitleRules(api, rules!, signal),
    enabled: rules !== null,
    // The last figures stay while the next are worked out, rather than a flash of nothing.
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** PUT /api/admin/title-rules: replaces the rules; levels move at once. */
export function saveTitleRules(api: Api, rules: TitleRule[]): Promise<TitleRulesSaved> {
  return api.request<TitleRulesSaved>('/api/admin/title-rules', {
    method: 'PUT',
    body: { rules } satisfies TitleRules,
  });
}

export function useSaveTitleRules() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: TitleRule[]) => saveTitleRules(api, rules),
    onSuccess: (saved) => {
      client.setQueryData<TitleRules>(hrKeys.titleRules, { rules: saved.rules });
      // Levels decide roles and suggestions, the signed-in person's own included.
      refresh(client, keys.me, keys.enrolments, keys.suggestions);
    },
  });
}
