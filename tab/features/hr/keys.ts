import type { QueryKey } from '@tanstack/react-query';

// The HR area's answers in the session's cache (beside tab/lib/queryClient.ts's `keys`, which
// are everyone's): each HR view appends its own. Under one prefix, so signing out of the role or
// a change that touches several can mark them all at once.

export const hrKeys = {
  all: ['hr'],
  orgSync: ['hr', 'org-sync'],
  titleRules: ['hr', 'title-rules'],
  titleRulesPreview: (rules: unknown) => ['hr', 'title-rules', 'preview', rules],
  programmes: ['hr', 'programmes'],
  programme: (id: string) => ['hr', 'programmes', id],
} as const satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;
