import type { HealthReason } from './schemas.js';

// The rules of programme health, as numbers the SQL takes (store/health.ts) and the README states.
// The labels are computed in the database, over every live pair of a programme at once; what the
// rules found for each pair comes back as facts, and reasons() words them.

export const HEALTH_RULES = {
  /** An active pair this old with no session held in as many days needs attention; younger is too early to say. */
  idleDays: 28,
  /** Sessions missed (skipped, declined, not held) are counted over this many days ... */
  missedWindowDays: 56,
  /** ... and this many together need attention. */
  missedAtLeast: 2,
  /** Usefulness (1-5) averaging this or less over the missed window needs attention ... */
  lowRatingAtMost: 2.5,
  /** ... once there are this many ratings. */
  ratingsAtLeast: 2,
  /** A proposal or request left unanswered this long needs attention. */
  unansweredDays: 7,
} as const;

/** What the rules found for one pair (store/health.ts). */
export interface HealthFacts {
  idleDays: number | null;
  skipped: number;
  declined: number;
  notHeld: number;
  missed: boolean;
  ratingAverage: number | null;
  ratings: number;
  lowRatings: boolean;
  unanswered: { person: 'mentor' | 'mentee'; days: number } | null;
  overCapacity: { load: number; capacity: number } | null;
}

/** The reasons a pair needs attention, in the order the README lists the rules. */
export function reasons(f: HealthFacts): HealthReason[] {
  const out: HealthReason[] = [];
  if (f.idleDays !== null) out.push({ code: 'no_recent_session', params: { days: f.idleDays } });
  if (f.missed)
    out.push({ code: 'sessions_missed', params: { skipped: f.skipped, declined: f.declined, notHeld: f.notHeld } });
  if (f.lowRatings && f.ratingAverage !== null)
    out.push({ code: 'low_ratings', params: { average: f.ratingAverage, ratings: f.ratings } });
  if (f.unanswered) out.push({ code: 'request_unanswered', params: { ...f.unanswered } });
  if (f.overCapacity) out.push({ code: 'mentor_over_capacity', params: { ...f.overCapacity } });
  return out;
}
