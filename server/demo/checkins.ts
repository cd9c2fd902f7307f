import type { ProgrammeId } from '../matching/schemas.js';
import type { CheckinBody, Meetings, Series } from '../scheduling/schemas.js';
import type { Member } from './cast.js';
import { hash, NOTES, pick, SHOWCASE_NOTES } from './lines.js';
import type { SignedIn } from './people.js';

// After each session both people check in (did it happen, how useful, how confident, a private
// note), and the mentee moves the pair's goals along. What each says is fixed by the session, so
// two runs of the demo tell the same story.

/** A pair the demo made, and how far its story has gone. */
export interface Played {
  id: string;
  programmeId: ProgrammeId;
  mentor: Member;
  mentee: Member;
  /** Sessions the mentee has checked in on. */
  sessions: number;
  /** Paused, completed or ended: nobody meets any more. */
  over?: boolean;
  /** This person has not yet checked in on the pair's latest session (what Home then asks of them). */
  leaveLastCheckinTo?: string;
  /** The showcase pair writes its own notes. */
  showcase?: boolean;
}

/** The series of `pair` as `person` sees them. */
export async function seriesOf(as: SignedIn, personId: string, pairId: string): Promise<Series[]> {
  return (await as(personId).get<Meetings>('/api/meetings')).series.filter((s) => s.pairId === pairId);
}

/**
 * Both people of every pair still meeting check in on the sessions that ended before `now`, and
 * the mentee records progress. With `last`, a pair's `leaveLastCheckinTo` leaves its latest
 * session open. Resolves to the check-ins made.
 */
export async function checkInsUntil(
  as: SignedIn,
  played: readonly Played[],
  now: number,
  last = false,
): Promise<number> {
  let made = 0;
  for (const pair of played) {
    if (pair.over) continue;
    for (const role of ['mentee', 'mentor'] as const) {
      const person = pair[role];
      for (const series of await seriesOf(as, person.id, pair.id)) {
        const open = series.past.filter((o) => o.checkin === null && Date.parse(o.end) <= now);
        const latest = series.past[0]?.id;
        for (const occurrence of open) {
          if (last && pair.leaveLastCheckinTo === person.id && occurrence.id === latest) continue;
          const n = series.past.length - series.past.indexOf(occurrence);
          await as(person.id).put(
            `/api/meetings/${series.id}/occurrences/${occurrence.id}/checkin`,
            checkin(pair, role, occurrence.id, n),
          );
          made += 1;
          if (role === 'mentee') pair.sessions += 1;
        }
        if (role === 'mentee' && open.length > 0 && series.goals.length > 0) {
          const progress = Object.fromEntries(
            series.goals.map((g, i) => [g.id, Math.min(90, pair.sessions * (i === 0 ? 17 : 11))]),
          );
          await as(person.id).put(`/api/meetings/${series.id}/goals`, { progress });
        }
      }
    }
  }
  return made;
}

/** What one person says after the n-th session (1 the first) with id `occurrenceId`. */
function checkin(pair: Played, role: 'mentor' | 'mentee', occurrenceId: string, n: number): CheckinBody {
  const h = hash(occurrenceId);
  // Now and then a session did not take place (a customer crisis, a sick day): both say so.
  if (!pair.showcase && h % 9 === 4) return { happened: false, note: null };
  const person = pair[role];
  const notes = pair.showcase ? SHOWCASE_NOTES[role] : NOTES[role][person.language];
  const writes = pair.showcase || (h >>> 3) % 5 < (role === 'mentee' ? 3 : 2);
  return {
    happened: true,
    usefulness: 3 + ((h >>> (role === 'mentee' ? 5 : 7)) % 3),
    confidence: role === 'mentee' ? Math.min(5, 2 + Math.floor(n / 2)) : 3 + ((h >>> 9) % 3),
    note: writes ? pick(notes, pair.showcase ? n - 1 : h >>> 11) : null,
  };
}
