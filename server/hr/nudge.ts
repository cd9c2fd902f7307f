import { AppError } from '../errors.js';
import type { PairStatus } from '../matching/schemas.js';

// HR nudging the two people of a pair, as a pure decision: a Teams notification to both that
// asks how it is going and opens their pair, no more than once a day, so it stays a nudge.

/** A pair is nudged at most once in this many hours. */
export const NUDGE_EVERY_HOURS = 24;
const HOUR_MS = 3_600_000;

/**
 * Whether HR may nudge a pair with `status` now, given its last nudge (epoch ms, undefined: never).
 * Refused: a pair that is over (completed or ended) and one nudged in the last NUDGE_EVERY_HOURS,
 * with the seconds until it may be again.
 */
export function decideNudge(
  status: PairStatus,
  lastAt: number | undefined,
  now: number,
): { kind: 'refused'; error: AppError } | { kind: 'decided'; nextAt: number } {
  if (status === 'completed' || status === 'ended')
    return { kind: 'refused', error: new AppError('invalid_transition', `A ${status} pair cannot be nudged.`) };
  const nextAt = (lastAt ?? -Infinity) + NUDGE_EVERY_HOURS * HOUR_MS;
  if (nextAt > now) {
    return {
      kind: 'refused',
      error: new AppError(
        'nudged_recently',
        'This pair was nudged in the last 24 hours; give them time to answer.',
        { nextAt: new Date(nextAt).toISOString() },
        { retryAfterSeconds: Math.max(1, Math.ceil((nextAt - now) / 1000)) },
      ),
    };
  }
  return { kind: 'decided', nextAt: now + NUDGE_EVERY_HOURS * HOUR_MS };
}
