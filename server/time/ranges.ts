/** A stretch of time: epoch milliseconds, start inclusive, end exclusive. The one name for it. */
export interface Interval {
  start: number;
  end: number;
}
