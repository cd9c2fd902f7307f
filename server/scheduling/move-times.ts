import type { Contact } from '../org/people.js';
import type { Interval } from '../time/ranges.js';
import { currentContacts, workingWeek } from './contacts.js';
import type { SchedulingDeps } from './deps.js';
import { freeSlots, type PersonWeek } from './slots.js';
import { otherSessionStarts, type OccurrenceRow } from './store/occurrences.js';
import type { SeriesRow } from './store/series.js';
import { tandemSessions } from './store/sessions.js';

// Where one session of a series could move: asked on the request path (the times offered to the
// person) and again by the change job that moves it, so both see the same times.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Moving one meeting: not sooner than this from now. */
export const RESCHEDULE_NOTICE_MS = 24 * HOUR;

export interface MoveTimes {
  /** Every free slot, soonest first. */
  slots: Interval[];
  /** Both people's weeks as the slots were found (empty when someone's could not be read). */
  weeks: PersonWeek[];
  /** The pair's current contacts, by id. */
  people: Map<string, Contact>;
}

/**
 * The free times a session could move to: between the sessions before and after it (Outlook
 * refuses to move an occurrence past its neighbours), whole days clear of theirs, at least a day
 * ahead, inside both people's working hours, outside their busy time (Graph's getSchedule, read
 * now), their lunch, their other Tandem sessions and the session's own time. None when either
 * person's calendar or working hours cannot be read. Graph's failures reach the caller as
 * Tandem's errors.
 */
export async function moveTimes(
  deps: Pick<SchedulingDeps, 'db' | 'graph' | 'people'>,
  tenantId: string,
  s: SeriesRow,
  occ: OccurrenceRow,
  now: number,
): Promise<MoveTimes> {
  const neighbours = await otherSessionStarts(deps.db, tenantId, s.id, occ.id);
  const original = occ.start;
  const before = neighbours.filter((n) => n < original).pop() ?? now;
  const after = neighbours.find((n) => n > original) ?? original + 14 * DAY;
  const from = Math.max(now + RESCHEDULE_NOTICE_MS, startOfNextDay(before));
  const to = Math.min(startOfDay(after), from + 30 * DAY);
  const people = await currentContacts(deps.people, deps.db, tenantId, [s.organizerId, s.attendeeId]);
  if (to <= from) return { slots: [], weeks: [], people };
  const addressed = [...people.values()].filter((p) => p.address);
  const schedules = await deps.graph.forTenant(tenantId).calendar.readSchedules(
    addressed.map((p) => ({ id: p.id, address: p.address! })),
    { start: from, end: to },
  );
  const tandem = await tandemSessions(deps.db, tenantId, [...people.keys()], from, to);
  const weeks: PersonWeek[] = [];
  for (const p of people.values()) {
    const sched = p.address ? schedules.get(p.address.toLowerCase()) : undefined;
    const week = workingWeek(p, sched, now);
    if (!week || !sched) break;
    // The meeting being moved is not in the way of itself.
    const busy = [...sched.busy, ...(tandem.get(p.id) ?? [])].filter(
      (b) => !(b.start === original && b.end === occ.end),
    );
    weeks.push({ ...week, busy });
  }
  if (weeks.length !== 2) return { slots: [], weeks: [], people };
  // Another time: not one that overlaps where the session is now.
  const slots = freeSlots(weeks, { from, to, durationMinutes: s.durationMinutes, minNoticeMs: 0 }).filter(
    (x) => x.end <= original || x.start >= occ.end,
  );
  return { slots, weeks, people };
}

// Whole UTC days, as the job has always counted them.
const startOfDay = (ms: number): number => Math.floor(ms / DAY) * DAY;
const startOfNextDay = (ms: number): number => startOfDay(ms) + DAY;
