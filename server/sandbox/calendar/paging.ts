import { GraphError } from '../errors.js';

// Outlook collections page with $top and $skip, and say where the next page is with a full
// @odata.nextLink that repeats the original query (MGDC concepts/paging.md).

/** Outlook's default page for events and calendarView. */
export const DEFAULT_TOP = 10;
/** Larger $top values are served as 1000, the most Outlook returns in one page. */
export const MAX_TOP = 1000;

export interface Page {
  top: number;
  skip: number;
}

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new GraphError(400, 'ErrorInvalidParameter', `The value '${value}' of parameter '${name}' is invalid.`);
  }
  return n;
}

export function pageOf(query: Record<string, string | undefined>): Page {
  return {
    top: Math.min(count(query.$top, '$top', 1) ?? DEFAULT_TOP, MAX_TOP),
    skip: count(query.$skip, '$skip', 0) ?? 0,
  };
}

/** One page of `items`, with the link to the next when there is more. */
export function paged<T>(
  items: readonly T[],
  page: Page,
  origin: string,
  path: string,
  query: Record<string, string | undefined>,
): { value: T[]; nextLink?: string } {
  const value = items.slice(page.skip, page.skip + page.top);
  if (page.skip + page.top >= items.length) return { value };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && k !== '$skip' && k !== '$top') params.set(k, v);
  params.set('$top', String(page.top));
  params.set('$skip', String(page.skip + page.top));
  return { value, nextLink: `${origin}${path}?${params.toString().replaceAll('%24', '$')}` };
}
