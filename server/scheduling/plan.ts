// Recurring mentoring series for a batch of new pairs: for each pair, a first meeting and a Graph
// recurrence whose every occurrence we can see (the ~8 weeks getSchedule covers) sits inside both
// people's working hours, outside their lunch and busy time, and clear of their other Tandem
// sessions. First slots come from slots.ts freeSlots; each candidate series is then expanded in
// the organizer's wall clock (recurrence.ts) and checked against working time computed once for
// the whole horizon (time/weekly-hours.ts), because the two zones' clock changes fall on different
// dates and a slot that fits in week 1 can leave someone's day in week 3. Pure: `now` is given,
// not read.

import { contains, intersect, normalize, subtract, type Interval } from '../time/ranges.js';
import { clockMinutes, formatWall } from '../time/wall.js';
import { ianaFor } from '../time/zones.js';
import { localDays } from '../time/weekly-hours.js';
import { zoneClock, type ZoneClock } from '../time/zone-clock.js';
import { expandSeries, seriesRecurrence, type Cadence, type GraphRecurrence } from './recurrence.js';
import { DEFAULT_LUNCH, fairnessIn, freeSlots, type PersonWeek } from './slots.js';

export { occurrences, type Cadence, type GraphRecurrence } from './recurrence.js';

export interface Attendee {
  id: string;
  /** week.busy is the person's busy time from getSchedule, epoch ms. */
  week: PersonWeek;
}

export interface SeriesRequest {
  /** The pair id. */
  key: string;
  /** The organizer; the series runs on the wall clock of mentor.week.timeZone. */
  mentor: Attendee;
  mentee: Attendee;
  cadence: Cadence;
  durationMinutes: number;
  /** Earliest start of the first meeting, e.g. when rebooking after a decline. */
  notBefore?: number;
  /** Instants the pair must not get again (the slot just declined). */
  avoid?: Interval[];
}

export interface PlanOptions {
  now: number;
  /** The first meeting starts at least this long after now; default 48. */
  minNoticeHours?: number;
  /** The first meeting lies within this many days after the notice; default 14. */
  searchDays?: number;
  /** Every occurrence that starts before now + horizon is checked; default 56 (getSchedule allows 62). */
  horizonDays?: number;
  stepMinutes?: number;
  /** Local lunch in each person's zone; default 12:30-14:00 as slots.ts. */
  lunch?: { start: string; end: string };
  /** A person's Tandem sessions are never closer than this; default 30. */
  stackGapMinutes?: number;
}

export interface PlannedSeries {
  key: string;
  /** The first occurrence, epoch ms. */
  start: number;
  end: number;
  /** The organizer's zone. */
  timeZone: string;
  /** "YYYY-MM-DDTHH:MM:SS" in timeZone: the event's start and end dateTime for Graph. */
  localStart: string;
  localEnd: string;
  recurrence: GraphRecurrence;
  /**
   * The meetings within the horizon as they will be: the series' occurrences, each checked, with
   * the exceptions applied (moved ones at their new time, skipped ones left out).
   */
  occurrences: Interval[];
  /** Occurrences someone's calendar blocks: moved to a free time near them, or skipped (null). */
  exceptions: Exception[];
  /** The least slots.ts fairness over those occurrences. */
  fairness: number;
}

export interface Exception {
  /** The occurrence's own start, as the series has it. */
  originalStart: number;
  move: Interval | null;
}

export interface Unplaced {
  key: string;
  reason: 'no_shared_hours' | 'no_free_slot';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
// Fairness is arithmetic on instants; without a margin a day one hour longer (a DST change) could
// let a later slot beat an equally central earlier one by a rounding error.
const EPSILON = 1e-9;

export function planSeries(
  requests: readonly SeriesRequest[],
  tandemBusy: ReadonlyMap<string, readonly Interval[]>,
  options: PlanOptions,
): { planned: PlannedSeries[]; unplaced: Unplaced[] } {
  const {
    now,
    minNoticeHours = 48,
    searchDays = 14,
    horizonDays = 56,
    stepMinutes = 15,
    lunch = DEFAULT_LUNCH,
    stackGapMinutes = 30,
  } = options;
  const searchFrom = now + minNoticeHours * HOUR;
  const searchTo = searchFrom + searchDays * DAY;
  const horizon = now + horizonDays * DAY;
  const hours = hoursBook(Math.min(now, searchFrom), Math.max(horizon, searchTo) + DAY, lunch);
  const gap = stackGapMinutes * MINUTE;
  const sessions = new Map<string, Interval[]>([...tandemBusy].map(([id, ranges]) => [id, [...ranges]]));

  const planned: PlannedSeries[] = [];
  const unplaced: Unplaced[] = [];
  for (const req of requests) {
    const mentor = hours.of(req.mentor.week);
    const mentee = hours.of(req.mentee.week);
    // Busy time, the avoided slot and other sessions widened by the gap, per person: a series is
    // free when each occurrence lies inside working time less all of these.
    const blocked = ({ id, week }: Attendee): Interval[] =>
      normalize([
        ...week.busy,
        ...(req.avoid ?? []),
        ...(sessions.get(id) ?? []).map((s) => ({ start: s.start - gap, end: s.end + gap })),
      ]);
    const mentorBlocked = blocked(req.mentor);
    const menteeBlocked = blocked(req.mentee);
    const free = [subtract(mentor.open, mentorBlocked), subtract(mentee.open, menteeBlocked)];
    const firstSlots = freeSlots(
      [
        { ...req.mentor.week, busy: mentorBlocked },
        { ...req.mentee.week, busy: menteeBlocked },
      ],
      {
        from: Math.max(searchFrom, req.notBefore ?? searchFrom),
        to: searchTo,
        durationMinutes: req.durationMinutes,
        minNoticeMs: 0,
        stepMinutes,
        lunch,
      },
    );

    // The series runs on the organizer's wall clock, named so that Graph takes it: an Outlook
    // custom zone becomes the IANA zone with its offsets (time/zones.ts ianaFor).
    const clock = hours.clock(ianaFor(req.mentor.week.timeZone, now));
    // Where both are free: every occurrence should sit here; one that does not (a clash, or a
    // clock change that pushes it out of someone's day) is moved near its date, or skipped.
    const shared = intersect(free[0]!, free[1]!);
    const days = [mentor.days, mentee.days];
    const shortlist: Candidate[] = [];
    for (const slot of firstSlots) {
      const c = candidate(req.cadence, slot, clock, Math.max(horizon, slot.start + 1));
      if (!c) continue;
      const clashes = c.occurrences.filter((o) => !contains(shared, o));
      const kept = c.occurrences.filter((o) => contains(shared, o));
      c.fairness = Math.min(...kept.map((o) => fairnessIn(o, days)));
      c.score = c.fairness - CLASH_COST * clashes.length;
      shortlist.push(c);
    }
    // Slots come in time order and the sort is stable, so equal scores leave ties to the earliest.
    shortlist.sort((a, b) => (b.score > a.score + EPSILON ? 1 : a.score > b.score + EPSILON ? -1 : 0));
    let best: Candidate | undefined;
    for (const c of shortlist.slice(0, SHORTLIST)) {
      c.exceptions = c.occurrences
        .filter((o) => !contains(shared, o))
        .map((o) => ({
          originalStart: o.start,
          move: nearby(o, shared, days, Math.max(searchFrom, req.notBefore ?? searchFrom), horizon, stepMinutes),
        }));
      const skipped = c.exceptions.filter((e) => !e.move).length;
      // A series that would lose more than a third of its sessions is no series.
      if (skipped > c.occurrences.length / 3) continue;
      c.score = c.fairness - MOVE_COST * (c.exceptions.length - skipped) - SKIP_COST * skipped;
      if (!best || c.score > best.score + EPSILON) best = c;
    }

    if (best) {
      const { slot, startWall, endWall, recurrence, exceptions } = best;
      const localStart = formatWall(startWall);
      const localEnd = formatWall(endWall);
      const changed = new Map(exceptions.map((e) => [e.originalStart, e.move]));
      const occurrences = best.occurrences
        .flatMap((o) => (changed.has(o.start) ? (changed.get(o.start) ? [changed.get(o.start)!] : []) : [o]))
        .sort((a, b) => a.start - b.start);
      const fairness = Math.min(...occurrences.map((o) => fairnessIn(o, days)));
      planned.push({
        key: req.key,
        start: slot.start,
        end: slot.end,
        timeZone: clock.timeZone,
        localStart,
        localEnd,
        recurrence,
        occurrences,
        exceptions,
        fairness,
      });
      for (const id of [req.mentor.id, req.mentee.id]) sessions.set(id, [...(sessions.get(id) ?? []), ...occurrences]);
    } else {
      // Over the whole search window, notBefore aside: it says whether this pair can ever meet
      // (re-match them) or only not now (try again). A shared stretch shorter than the meeting
      // counts as none, since no meeting fits it either.
      const shared = intersect(intersect(mentor.days, mentee.days), [{ start: searchFrom, end: searchTo }]);
      const meets = shared.some((r) => r.end - r.start >= req.durationMinutes * MINUTE);
      unplaced.push({ key: req.key, reason: meets ? 'no_free_slot' : 'no_shared_hours' });
    }
  }
  return { planned, unplaced };
}

interface Candidate {
  slot: Interval;
  startWall: number;
  endWall: number;
  recurrence: GraphRecurrence;
  occurrences: Interval[];
  fairness: number;
  score: number;
  exceptions: Exception[];
}

// A series is judged by its least fairness less a cost per exception: a moved session is a small
// nuisance (another time that week), a skipped one a bigger one. Busy people (a packed executive
// calendar) may need many moves; only the best few candidates are worth searching moves for.
const CLASH_COST = 0.15;
const MOVE_COST = 0.1;
const SKIP_COST = 0.4;
const SHORTLIST = 6;

/**
 * The free time nearest to `o` where both can meet, within two days before and three after, so
 * that it never reaches the day of a neighbouring occurrence (Outlook refuses that, FACTS 1.7;
 * occurrences are a week or more apart). Null when there is none: the session is skipped.
 */
function nearby(
  o: Interval,
  shared: readonly Interval[],
  days: readonly (readonly Interval[])[],
  notBefore: number,
  horizon: number,
  stepMinutes: number,
): Interval | null {
  const from = Math.max(o.start - 2 * DAY, notBefore);
  const to = Math.min(o.end + 3 * DAY, horizon);
  const length = o.end - o.start;
  const step = stepMinutes * MINUTE;
  let best: { slot: Interval; cost: number } | null = null;
  for (const r of shared) {
    if (r.end <= from || r.start >= to) continue;
    for (
      let start = Math.ceil(Math.max(r.start, from) / step) * step;
      start + length <= Math.min(r.end, to);
      start += step
    ) {
      const slot = { start, end: start + length };
      // Nearest first; among equally near, the fairer.
      const cost = Math.abs(start - o.start) / DAY - fairnessIn(slot, days) * 0.1;
      if (!best || cost < best.cost) best = { slot, cost };
    }
  }
  return best?.slot ?? null;
}

/** The series whose first meeting is `slot`, with its occurrences before `until`, not yet scored. */
function candidate(cadence: Cadence, slot: Interval, clock: ZoneClock, until: number): Candidate | undefined {
  const startWall = clock.wall(slot.start);
  const endWall = clock.wall(slot.end);
  // A start or end in the second pass of a repeated autumn hour has no wall time Graph could take.
  if (startWall === undefined || endWall === undefined) return undefined;
  const recurrence = seriesRecurrence(cadence, startWall, clock.timeZone);
  if (!recurrence) return undefined;
  const occurrences = expandSeries(recurrence, startWall, clock, slot.end - slot.start, until);
  return { slot, startWall, endWall, recurrence, occurrences, fairness: 0, score: 0, exceptions: [] };
}

interface Hours {
  /** Working days, unmerged, for fairness. */
  days: Interval[];
  /** Working time less lunch, merged, for containment. */
  open: Interval[];
}

/**
 * Each distinct working week's days and open time over [from, to), computed once per call: a
 * batch has many people but few distinct schedules and fewer zones, and Intl is the slow part.
 */
function hoursBook(from: number, to: number, lunch: { start: string; end: string }) {
  const clocks = new Map<string, ZoneClock>();
  const weeks = new Map<string, Hours>();
  const clock = (timeZone: string): ZoneClock => {
    let c = clocks.get(timeZone);
    if (!c) clocks.set(timeZone, (c = zoneClock(timeZone)));
    return c;
  };
  const of = (week: PersonWeek): Hours => {
    const key = `${week.timeZone}|${week.days.join(',')}|${week.start}|${week.end}`;
    let h = weeks.get(key);
    if (!h) {
      const c = clock(week.timeZone);
      const days = localDays(c, week.days, week.start, week.end, from, to);
      // As slots.ts: a lunch that ends at or before its start is no lunch, not a whole day.
      const noLunch = clockMinutes(lunch.end) <= clockMinutes(lunch.start);
      const lunches = noLunch ? [] : localDays(c, EVERY_DAY, lunch.start, lunch.end, from, to);
      weeks.set(key, (h = { days, open: subtract(days, lunches) }));
    }
    return h;
  };
  return { clock, of };
}
