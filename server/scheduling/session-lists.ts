import type { LastChange, OccurrenceStatus } from './schemas.js';

// What the Meetings view lists of a pair's sessions, decided in one place (the server's list and
// the tab tests' stand-in for it both use this).

/** A session as the lists need it: instants in epoch ms. */
export interface ListedSession {
  id: string;
  seriesId: string;
  start: number;
  end: number;
  status: OccurrenceStatus;
  lastChange: LastChange | null;
}

/** As many sessions as the list shows each way. */
export const SHOWN = 8;

/** A session that is still going to happen (or be moved), not skipped or cancelled. */
export const goingAhead = (s: Pick<ListedSession, 'status'>): boolean =>
  s.status === 'scheduled' || s.status === 'rescheduling';

/**
 * A pair's sessions, sorted by start, as the view lists them: the coming ones of its current
 * series (cancelled ones left out), soonest first; the past ones that went ahead, from every
 * series the pair had, latest first; and the next one that goes ahead.
 */
export function sessionLists<T extends ListedSession>(
  sorted: readonly T[],
  seriesId: string,
  now: number,
): { next: T | undefined; upcoming: T[]; past: T[] } {
  const upcoming = sorted
    .filter((x) => x.seriesId === seriesId && x.end > now && x.status !== 'cancelled')
    .slice(0, SHOWN);
  const past = sorted
    .filter((x) => x.end <= now && goingAhead(x))
    .slice(-SHOWN)
    .reverse();
  return { next: upcoming.find(goingAhead), upcoming, past };
}
