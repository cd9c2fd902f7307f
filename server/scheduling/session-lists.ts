import type { LastChange, OccurrenceStatus, SeriesStatus } from './schemas.js';

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
 * A live series, whose sessions are still coming; at most one per pair. A series stops (cancelling,
 * then cancelled; or replaced) the moment its pair is paused or ends, before the job that cancels
 * its meetings in Outlook has run, and its sessions are not shown as coming from then on.
 */
export const LIVE_SERIES: readonly SeriesStatus[] = ['booking', 'booked', 'needs_attention'];

export const meetsAhead = (status: SeriesStatus): boolean => LIVE_SERIES.includes(status);

/**
 * A pair's sessions, sorted by start, as the view lists them: the coming ones of its current
 * series while that series goes on (cancelled ones left out), soonest first; the past ones that
 * went ahead, from every series the pair had, latest first; and the next one that goes ahead.
 */
export function sessionLists<T extends ListedSession>(
  sorted: readonly T[],
  series: { id: string; status: SeriesStatus },
  now: number,
): { next: T | undefined; upcoming: T[]; past: T[] } {
  const upcoming = meetsAhead(series.status)
    ? sorted.filter((x) => x.seriesId === series.id && x.end > now && x.status !== 'cancelled').slice(0, SHOWN)
    : [];
  const past = sorted
    .filter((x) => x.end <= now && goingAhead(x))
    .slice(-SHOWN)
    .reverse();
  return { next: upcoming.find(goingAhead), upcoming, past };
}
