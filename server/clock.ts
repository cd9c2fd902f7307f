/**
 * The one clock of decisions: every domain reads the time through this, never Date.now(), so
 * tests (and the sandbox tenant beside them) can move time by hand. compose.ts gives the system
 * clock unless told otherwise.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The UTC calendar date of the clock's now, "YYYY-MM-DD" (tenure and the week matching compares). */
export function utcToday(clock: Clock): string {
  return new Date(clock.now()).toISOString().slice(0, 10);
}
