import { useQuery } from '@tanstack/react-query';
import type { Catalogue as ServerCatalogue, Label as ServerLabel } from '../../server/matching/schemas';
import { useApi, type Api } from './api';
import type { Language } from './i18n';
import { keys } from './queryClient';

// GET /api/catalogue: the skills and goals people choose from, with Italian and English labels.
// Shared rather than a feature's: joining picks from it, and every explanation of a match names
// skills and goals by it. It does not change while the tab is open, so it is asked once.

/** A label in each language the tab speaks. */
export type Label = ServerLabel;

export type Catalogue = ServerCatalogue;
export type CatalogueSkill = Catalogue['skills'][number];
export type CatalogueGoal = Catalogue['goals'][number];

export function getCatalogue(api: Api, signal?: AbortSignal): Promise<Catalogue> {
  return api.request<Catalogue>('/api/catalogue', { signal });
}

export function useCatalogue() {
  const api = useApi();
  return useQuery({
    queryKey: keys.catalogue,
    queryFn: ({ signal }) => getCatalogue(api, signal),
    staleTime: Infinity,
  });
}

/** A skill's or goal's label; an id the catalogue no longer has reads as itself, spaced. */
export function labelOf(
  items: readonly { id: string; label: Label }[] | undefined,
  id: string,
  language: Language,
): string {
  return items?.find((item) => item.id === id)?.label[language] ?? id.replaceAll('_', ' ');
}
