// Years of service, and the small nudge they give a seniority level. `today` is always passed in:
// this module never reads the clock, so a level computed on a given day is the same in every test
// and on every server.

export type TenureBucket = 'under_1' | '1_to_3' | '3_to_10' | '10_plus';

export interface Tenure {
  /** Whole years completed; 0 for anyone who has not reached a first anniversary (or starts later). */
  years: number;
  bucket: TenureBucket;
  /** Seniority points: a new joiner is still finding their feet, a long-timer knows the place. */
  points: number;
}

/** Lower bound in completed years, and points, of each bucket. */
export const TENURE_BUCKETS: readonly { bucket: TenureBucket; from: number; points: number }[] = [
  { bucket: 'under_1', from: 0, points: -0.5 },
  { bucket: '1_to_3', from: 1, points: -0.25 },
  { bucket: '3_to_10', from: 3, points: 0 },
  { bucket: '10_plus', from: 10, points: 0.25 },
];

// By character codes rather than a regular expression: a big tenant has 100,000 hire dates.
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let k = from; k < from + count; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** "YYYY-MM-DD", possibly followed by a time, as [year, month, day]; null when unreadable. */
function parseDate(text: string): [number, number, number] | null {
  if (text.length < 10 || text[4] !== '-' || text[7] !== '-') return null;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return [y, mo, d];
}

/**
 * Whole years between the hire date and today, as anniversaries count them: someone hired on
 * 2016-03-01 has 10 years on 2026-03-01 and 9 the day before (hired on 29 February, on 1 March
 * in other years). The hire date may carry a time ("2019-04-01T00:00:00Z", as Graph writes it).
 * Null when the hire date is missing or unreadable; negative for a start date still to come.
 */
export function yearsOfService(hireDate: string | null, today: string): number | null {
  const now = parseDate(today);
  if (!now) throw new RangeError(`today must be "YYYY-MM-DD", got "${today}"`);
  const hired = hireDate === null ? null : parseDate(hireDate);
  if (!hired) return null;
  const [hy, hm, hd] = hired;
  const [ty, tm, td] = now;
  const beforeAnniversary = tm < hm || (tm === hm && td < hd);
  return ty - hy - (beforeAnniversary ? 1 : 0);
}

/** The person's tenure bucket and points, or null when the directory has no usable hire date. */
export function tenureOf(hireDate: string | null, today: string): Tenure | null {
  const completed = yearsOfService(hireDate, today);
  if (completed === null) return null;
  const years = Math.max(0, completed);
  let found = TENURE_BUCKETS[0]!;
  for (const b of TENURE_BUCKETS) if (years >= b.from) found = b;
  return { years, bucket: found.bucket, points: found.points };
}
