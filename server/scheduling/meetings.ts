import { AppError } from '../errors.js';
import { ianaZoneOf } from './contacts.js';
import { meetingIcs } from './ics.js';
import type { SchedulingDeps } from './deps.js';
import { goalsWithProgress } from './progress.js';
import type { Meetings, Occurrence } from './schemas.js';
import { meetsAhead, sessionLists } from './session-lists.js';
import { checkinsOf } from './store/checkins.js';
import { progressOfPairs } from './store/goals.js';
import { nextSession, sessionsOfPairs, type OccurrenceRow } from './store/occurrences.js';
import { latestSeriesOfPerson, seriesOfPerson } from './store/series.js';

// A person's meetings as the tab shows them, and the next one as a calendar file.

const iso = (ms: number): string => new Date(ms).toISOString();

/** A session on the wire. */
export const occurrenceView = (
  o: Pick<OccurrenceRow, 'id' | 'originalStart' | 'start' | 'end' | 'status' | 'lastChange'>,
): Occurrence => ({
  id: o.id,
  start: iso(o.start),
  end: iso(o.end),
  status: o.status,
  lastChange: o.lastChange,
  // Only a move made after booking: sessions the booking itself placed off the pattern (someone
  // was busy) were never anywhere else as far as the two people know.
  movedFrom: o.lastChange === 'moved' && o.originalStart !== o.start ? iso(o.originalStart) : null,
});

/**
 * The latest series of each of my pairs, with the other person (as people recognise them, and
 * their zone), the pair's status, its next sessions from that series while it goes on and the
 * past ones from every series the pair had (with my own check-in), and the pair's goals.
 */
export async function listMeetings(
  deps: Pick<SchedulingDeps, 'db' | 'clock' | 'people' | 'pairs'>,
  tenantId: string,
  personId: string,
): Promise<Meetings> {
  const { db } = deps;
  const now = deps.clock.now();
  const latest = await latestSeriesOfPerson(db, tenantId, personId);
  const pairIds = latest.map((s) => s.pairId);
  const otherOf = (s: (typeof latest)[number]) => (s.organizerId === personId ? s.attendeeId : s.organizerId);
  const pairs = await deps.pairs.facts(db, tenantId, pairIds);
  const others = await deps.people.summaries(db, tenantId, latest.map(otherOf));
  const contacts = await deps.people.contacts(db, tenantId, latest.map(otherOf));
  const sessions = await sessionsOfPairs(db, tenantId, pairIds, now);
  const checkins = await checkinsOf(
    db,
    tenantId,
    personId,
    sessions.filter((x) => x.end <= now).map((x) => x.id),
  );
  const progress = await progressOfPairs(db, tenantId, pairIds);

  return {
    series: latest.flatMap((s) => {
      const pair = pairs.get(s.pairId);
      if (!pair) return [];
      const { next, upcoming, past } = sessionLists(
        sessions.filter((x) => x.pairId === s.pairId),
        s,
        now,
      );
      const other = otherOf(s);
      return [
        {
          id: s.id,
          pairId: s.pairId,
          programmeId: pair.programmeId,
          role: s.organizerId === personId ? 'mentor' : 'mentee',
          other: {
            ...(others.get(other) ?? {
              id: other,
              displayName: '',
              jobTitle: null,
              department: null,
              officeLocation: null,
            }),
            timeZone: ianaZoneOf(contacts.get(other), now),
          },
          pairStatus: pair.status,
          status: s.status,
          cadence: s.cadence,
          durationMinutes: s.durationMinutes,
          // A meeting that is being cancelled offers nothing to join.
          joinUrl: meetsAhead(s.status) ? s.joinUrl : null,
          timeZone: s.timeZone,
          problem: s.problem,
          next: next ? occurrenceView(next) : null,
          upcoming: upcoming.map(occurrenceView),
          past: past.map((x) => ({ ...occurrenceView(x), checkin: checkins.get(x.id) ?? null })),
          goals: goalsWithProgress(pair.goals, progress.get(s.pairId)),
        },
      ];
    }),
  };
}

/** The next session of one of my series as an iCalendar file. */
export async function nextSessionIcs(
  deps: Pick<SchedulingDeps, 'db' | 'clock' | 'people'>,
  tenantId: string,
  personId: string,
  seriesId: string,
): Promise<string> {
  const now = deps.clock.now();
  const s = await seriesOfPerson(deps.db, tenantId, seriesId, personId);
  if (!s) throw new AppError('meeting_not_found', 'No such meeting.');
  // A series that is being cancelled has no session to come, whatever Outlook still holds.
  const next = meetsAhead(s.status) ? await nextSession(deps.db, tenantId, s.id, now) : undefined;
  if (!next) throw new AppError('no_upcoming_meeting', 'There is no upcoming session in these meetings.');
  const people = await deps.people.contacts(deps.db, tenantId, [s.organizerId, s.attendeeId]);
  const organizer = {
    name: people.get(s.organizerId)?.displayName ?? '',
    email: people.get(s.organizerId)?.address ?? '',
  };
  const attendee = {
    name: people.get(s.attendeeId)?.displayName ?? '',
    email: people.get(s.attendeeId)?.address ?? '',
  };
  return meetingIcs({
    uid: `${next.id}@tandem`,
    sequence: 0,
    stamp: now,
    start: next.start,
    end: next.end,
    summary: `Tandem: ${organizer.name} & ${attendee.name}`,
    description: 'Mentoring session booked by Tandem. / Sessione di mentoring prenotata da Tandem.',
    ...(s.joinUrl ? { url: s.joinUrl } : {}),
    organizer,
    attendees: [attendee],
  });
}
