// Hire dates that fit a career: interns joined this year, juniors in the last three, principals
// and directors long ago. The org is a snapshot taken at the end of October 2026; nobody is hired
// after it, and the generator never reads the clock.

import type { Random } from './random.js';

const DAY = 86_400_000;
const LATEST = Date.UTC(2026, 9, 30) / DAY;

export interface Tenure {
  from: number;
  to: number;
}

const tenure = (from: string, to: string): Tenure => ({
  from: Date.parse(`${from}T00:00:00Z`) / DAY,
  to: Math.min(LATEST, Date.parse(`${to}T00:00:00Z`) / DAY),
});

/** Hire-date windows by career stage. */
export const TENURE = {
  intern: tenure('2026-02-01', '2026-10-30'),
  junior: tenure('2023-06-01', '2026-10-30'),
  professional: tenure('2012-01-01', '2025-12-31'),
  senior: tenure('2002-01-01', '2023-12-31'),
  principal: tenure('1996-01-01', '2021-12-31'),
  manager: tenure('2004-01-01', '2024-12-31'),
  seniorManager: tenure('2000-01-01', '2023-12-31'),
  director: tenure('1995-01-01', '2023-06-30'),
  // Executives are a mix of lifers and recent hires from outside.
  executive: tenure('1995-01-01', '2025-12-31'),
} as const;

/** A working day in the window, as Graph writes employeeHireDate. */
export function drawHireDate(window: Tenure, rng: Random): string {
  let day = Math.floor(rng.between(window.from, window.to + 1));
  // 1970-01-01 was a Thursday: day % 7 === 2 is Saturday, 3 is Sunday. People start on Mondays.
  const weekday = ((day % 7) + 7) % 7;
  if (weekday === 2) day += 2;
  else if (weekday === 3) day += 1;
  if (day > LATEST) day -= 7;
  return isoDate(day);
}

// Some 11,000 distinct days cover everybody: format each once instead of once per person.
const FORMATTED = new Map<number, string>();

export function isoDate(day: number): string {
  let text = FORMATTED.get(day);
  if (text === undefined) {
    text = `${new Date(day * DAY).toISOString().slice(0, 10)}T00:00:00Z`;
    FORMATTED.set(day, text);
  }
  return text;
}
