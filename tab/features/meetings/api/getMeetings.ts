import { useApi, type Api } from '../../../lib/api';
import type { Label } from '../../../lib/catalogue';
import type { Role, Track } from '../../../lib/matching';
import { useQuery } from '../../../lib/query';

/**
 * booking: Tandem looks for a time; booked: in both calendars; needs_attention: no time could be
 * booked (see `problem`), retried daily; cancelling/cancelled: the pair ended; replaced: being
 * booked again as a new series.
 */
export type SeriesStatus = 'booking' | 'booked' | 'needs_attention' | 'cancelling' | 'cancelled' | 'replaced';

export type OccurrenceStatus = 'scheduled' | 'skipping' | 'skipped' | 'rescheduling' | 'cancelled';

export interface Occurrence {
  id: string;
  /** ISO instants. */
  start: string;
  end: string;
  status: OccurrenceStatus | (string & {});
  /** What came of the last skip or reschedule asked for; 'move_failed' when no other time was free. */
  lastChange?: 'moved' | 'move_failed' | 'skipped' | null;
}

/** The reader's own check-in after a session; the other person never sees it. */
export interface Checkin {
  happened: boolean;
  /** 1 to 5. */
  usefulness: number | null;
  /** 1 to 5. */
  confidence: number | null;
  note: string | null;
  updatedAt: string;
}

export interface PastOccurrence extends Occurrence {
  /** Null: not checked in yet. */
  checkin: Checkin | null;
}

/** One of the mentee's goals for the pair, with how far along it is. */
export interface PairGoal {
  id: string;
  label: Label;
  /** 0 to 100. */
  progress: number;
}

export interface Series {
  id: string;
  pairId: string;
  track: Track;
  /** The reader's role in the pair. */
  role: Role;
  other: { id: string; displayName: string };
  status: SeriesStatus | (string & {});
  cadence: 'weekly' | 'biweekly' | 'monthly' | (string & {});
  durationMinutes: number;
  joinUrl: string | null;
  /** The organizer's zone the series repeats in; sessions are shown in the reader's own. */
  timeZone: string | null;
  /** Why nothing could be booked: no_free_slot, no_shared_hours, no_working_hours, no_mailbox, calendar_unreadable, outlook_refused:<code>. */
  problem: string | null;
  next: Occurrence | null;
  /** The coming sessions, `next` among them, soonest first. */
  upcoming: Occurrence[];
  /** Sessions that ended, latest first. */
  past: PastOccurrence[];
  /** The mentee's goals in the programme; only the mentee updates their progress. */
  goals: PairGoal[];
}

export interface Meetings {
  series: Series[];
}

/** GET /api/meetings: the meetings of each of the person's pairs, booked by Tandem in Outlook. */
export function getMeetings(api: Api, signal?: AbortSignal): Promise<Meetings> {
  return api.request<Meetings>('/api/meetings', { signal });
}

export function useMeetings() {
  const api = useApi();
  return useQuery('meetings', (signal) => getMeetings(api, signal));
}
