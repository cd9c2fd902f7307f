import { utcToday, type Clock } from '../clock.js';
import type { Queryable } from '../db/db.js';
import { notify } from '../notify/outbox.js';
import { notifiedWithin } from '../notify/store.js';
import type { PeopleReader } from '../org/people.js';
import { candidatePairs } from './candidates.js';
import { matchingContext } from './context.js';
import type { Enrolment } from './schemas.js';
import { mentorLoad } from './store/pairs.js';
import { lockMentorNews, waitingMentees } from './store/waiting.js';
import { loadProgramme } from '../programmes/programmes.js';

// Keeping the tab's promise to a mentee with no mentor free ("we will tell you in Teams when one
// joins who fits you").

/**
 * A waiting mentee hears of new mentors in a programme at most once in this many hours: on a
 * programme's launch day many mentors join, and one notification says it all (the tab lists
 * them); a day later one more is news again, since the earlier ones evidently did not do.
 */
export const MENTOR_NEWS_QUIET_HOURS = 24;

export interface MentorNewsDeps {
  clock: Clock;
  people: Pick<PeopleReader, 'matchingFacts' | 'orgIndex'>;
}

/** Whether an enrolment takes a mentee now: as a mentor, not paused, with a free place. */
export function takesMentees(
  e: Pick<Enrolment, 'asMentor' | 'paused' | 'capacity'> | undefined,
  load: number,
): boolean {
  return e !== undefined && e.asMentor && !e.paused && load < e.capacity;
}

/**
 * After a person's enrolment in a programme changed, in the same transaction: if they have just begun
 * to take mentees there (joined as a mentor, added the role, came back from a pause, or made room
 * by raising a full capacity), each mentee waiting there whom they fit under every hard rule (as
 * the mentee's suggestions would show them) is owed a Teams notification that opens the tab's
 * Home, where the suggestions are. Not the mentor themself, and not a mentee told in the last
 * MENTOR_NEWS_QUIET_HOURS about this programme. Answers who was told.
 */
export async function announceMentor(
  tx: Queryable,
  deps: MentorNewsDeps,
  tenantId: string,
  personId: string,
  before: Enrolment | undefined,
  after: Enrolment,
): Promise<string[]> {
  if (!takesMentees(after, 0)) return [];
  const programmeId = after.programmeId;
  const load = await mentorLoad(tx, tenantId, personId);
  if (!takesMentees(after, load) || takesMentees(before, load)) return [];

  await lockMentorNews(tx, tenantId, programmeId);
  const params = { programme: (await loadProgramme(tx, tenantId, programmeId)).names.en };
  const waiting = await waitingMentees(tx, tenantId, programmeId, personId, deps.clock.now());
  const told = await notifiedWithin(tx, tenantId, 'mentorJoined', params, waiting, MENTOR_NEWS_QUIET_HOURS);
  const due = new Set(waiting.filter((id) => !told.has(id)));
  if (due.size === 0) return [];

  const c = await matchingContext(tx, deps.people, tenantId, programmeId, utcToday(deps.clock));
  const slot = c.mentors.find((m) => m.participant.id === personId);
  // Not placed in the organisation yet: matching cannot offer them to anyone.
  if (!slot) return [];
  const { edges } = candidatePairs(
    [slot],
    c.mentees.filter((m) => due.has(m.id)),
    { kind: c.kind, settings: c.settings, org: c.org, pastPairs: c.pastPairs, weekOf: c.weekOf, rarity: c.rarity },
  );
  const fits = [...new Set(edges.map((e) => e.menteeId))];
  for (const menteeId of fits) await notify(tx, tenantId, menteeId, 'mentorJoined', params);
  return fits;
}
