import type { SurveyMoment } from './schemas.js';

// When a programme's pulse surveys are due: pure date arithmetic over "YYYY-MM-DD" days.

/** How long a survey takes answers. */
export const SURVEY_OPEN_DAYS = 14;
/**
 * A pair that started this long ago or more is not asked the start survey: the start is past for
 * them (and a deployment does not survey every long-running pair of the old tracks at once).
 */
export const START_WINDOW_DAYS = 14;
/** An end survey and a closing message are owed this long after a programme ended, not later. */
export const END_WINDOW_DAYS = 30;

export interface ProgrammeTimes {
  status: 'draft' | 'open' | 'running' | 'closed' | 'archived';
  startsOn: string | null;
  endsOn: string | null;
  /** The moments the programme asks (its `surveys` setting). */
  surveys: readonly string[];
  /** The day of the programme's last change: when a closed programme with no end date closed. */
  changedOn: string;
}

/** Which pairs a due moment asks: those started from a day on, or before a day. */
export type DueMoment =
  { moment: 'start'; pairsFrom: string } | { moment: 'midpoint'; pairsBefore: string } | { moment: 'end' };

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day halfway between start and end (rounded down), or null without both dates. */
export function midpointOf(p: Pick<ProgrammeTimes, 'startsOn' | 'endsOn'>): string | null {
  if (!p.startsOn || !p.endsOn) return null;
  return addDays(p.startsOn, Math.floor(daysBetween(p.startsOn, p.endsOn) / 2));
}

/**
 * The day the programme ended, if it has by `today`: its end date once passed, else the day it was
 * closed. Archived and draft programmes say nothing any more (or yet).
 */
export function endedOn(p: ProgrammeTimes, today: string): string | null {
  if (p.status === 'draft' || p.status === 'archived') return null;
  if (p.endsOn && p.endsOn <= today) return p.endsOn;
  if (p.status === 'closed') return p.changedOn;
  return null;
}

/** Whether a programme's end is recent enough to still survey people and thank them. */
export function endedRecently(p: ProgrammeTimes, today: string): boolean {
  const ended = endedOn(p, today);
  return ended !== null && ended >= addDays(today, -END_WINDOW_DAYS);
}

/** The moments of `p` due on `today`, each with the pairs it asks. */
export function dueMoments(p: ProgrammeTimes, today: string): DueMoment[] {
  const on = (m: SurveyMoment) => p.surveys.includes(m);
  const due: DueMoment[] = [];
  const ended = endedOn(p, today) !== null;
  // 'open' and 'running' both mean live (server/programmes): running from the start date on.
  const live = p.status === 'open' || p.status === 'running';
  if (live && !ended) {
    if (on('start') && (!p.startsOn || p.startsOn <= today)) {
      // Everyone paired by the start is asked at the start; later pairs when they start.
      const recent = addDays(today, -START_WINDOW_DAYS);
      due.push({ moment: 'start', pairsFrom: p.startsOn && p.startsOn > recent ? '0001-01-01' : recent });
    }
    const midpoint = midpointOf(p);
    if (on('midpoint') && midpoint && midpoint <= today) due.push({ moment: 'midpoint', pairsBefore: midpoint });
  }
  if (on('end') && endedRecently(p, today)) due.push({ moment: 'end' });
  return due;
}

/**
 * The skills a pair's survey asks about: what the mentee wants and the mentor offers, in the
 * mentee's order; else what the mentee wants; else what the mentor offers. At most 8.
 */
export function pairSkills(wants: readonly string[], offers: readonly string[]): string[] {
  const shared = wants.filter((s) => offers.includes(s));
  const chosen = shared.length > 0 ? shared : wants.length > 0 ? wants : offers;
  return [...new Set(chosen)].slice(0, 8);
}
