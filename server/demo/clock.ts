import { systemClock, type Clock } from '../clock.js';

/**
 * A clock the demo can send back in time: the app and the sandbox tenant both read it, so a
 * programme can be lived through from some weeks ago (bookings, sessions, check-ins) and then
 * brought up to today. Time runs on between jumps; with no jump pending it is the real time.
 */
export interface TravelClock extends Clock {
  /** From now on the time reads `at` and runs on from there. */
  travelTo(at: number): void;
  /** Back to the real time. */
  backToNow(): void;
  /** How far behind the real time the clock reads, in ms (0 at the real time). */
  behindMs(): number;
}

export function travelClock(real: Clock = systemClock): TravelClock {
  let offset = 0;
  return {
    now: () => real.now() + offset,
    travelTo: (at) => {
      offset = at - real.now();
    },
    backToNow: () => {
      offset = 0;
    },
    behindMs: () => 0 - offset,
  };
}
