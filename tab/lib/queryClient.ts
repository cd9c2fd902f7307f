import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api';

/**
 * A failure that asking again may cure: no answer at all, or a gateway's while the server restarts.
 * A refusal (4xx) or the server's own error (500) would only come back the same.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === 'network_error' || [502, 503, 504].includes(error.status);
}

/**
 * The cache of one signed-in session (or of the public answers before anyone signs in): signing in
 * as someone else gets a new one, so nobody sees another person's answers for a moment.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Moving between views shows what is cached at once; older than this, it is asked again
        // behind it, as it is when the person comes back to the window.
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // Twice, a second then two apart: a phone between cells gets there without a banner.
        retry: (failures, error) => failures < 2 && isTransient(error),
        retryDelay: (attempt) => 1000 * 2 ** attempt,
        // Offline is a failure the person is told about (the connection banner), not a silent wait.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/**
 * The session's answers by endpoint, in one place: each feature reads its own, and a change made
 * in one feature marks what it touched in another as out of date without importing it.
 */
export const keys = {
  me: ['me'],
  catalogue: ['catalogue'],
  person: (id: string) => ['people', id],
  enrolments: ['enrolments'],
  programmes: ['programmes'],
  /** Every programme's and role's: a prefix of each list's own key. */
  suggestions: ['suggestions'],
  requests: ['requests'],
  pairs: ['pairs'],
  meetings: ['meetings'],
} as const satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;

/**
 * After a change: what it touched is out of date; the views on screen ask again now, the others
 * when next opened. Not awaited, so the action's own answer shows at once.
 */
export function refresh(client: QueryClient, ...touched: QueryKey[]): void {
  for (const queryKey of touched) void client.invalidateQueries({ queryKey });
}
