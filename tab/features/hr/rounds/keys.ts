import type { QueryKey } from '@tanstack/react-query';

// The rounds view's answers in the session's cache, under the HR area's prefix ['hr'] so a change
// that touches the whole area marks them too. A round's pages carry the run they belong to and
// whether it is still going (`version`): pages read while a run works show the last run's result,
// so a new entry is asked for once it is ready, and the old pages stay on screen until it arrives.

export const roundKeys = {
  all: ['hr', 'rounds'],
  programmes: ['hr', 'rounds', 'programmes'],
  list: (programmeId: string) => ['hr', 'rounds', 'list', programmeId],
  round: (id: string) => ['hr', 'rounds', 'round', id],
  pairs: (id: string, version: string, offset: number, search: string) => [
    'hr',
    'rounds',
    'round',
    id,
    'pairs',
    version,
    offset,
    search,
  ],
  unmatched: (id: string, version: string, offset: number, search: string) => [
    'hr',
    'rounds',
    'round',
    id,
    'unmatched',
    version,
    offset,
    search,
  ],
} as const satisfies Record<string, QueryKey | ((...args: never[]) => QueryKey)>;
