import type { Queryable } from '../db/db.js';
import type { NewSeries, Schedule } from '../graph/calendar.js';
import { notify } from '../notify/outbox.js';
import type { Contact } from '../org/people.js';
import { TAB_PATHS } from '../teams-app.js';
import type { Interval } from '../time/ranges.js';
import { formatWall, MINUTE, parseWall } from '../time/wall.js';
import { currentContacts, workingWeek } from './contacts.js';
import type { SchedulingDeps } from './deps.js';
import { inviteText } from './invite.js';
import { occurrences, planSeries, type GraphRecurrence, type SeriesRequest } from './plan.js';
import type { SeriesProblem } from './schemas.js';
import { QUEUES, type ChangeJob } from './series.js';
import { insertBookedSessions } from './store/occurrences.js';
import {
  keepEventOfEnded,
  markBooked,
  markNeedsAttention,
  recordAttempt,
  seriesToBook,
  type SeriesRow,
} from './store/series.js';
import { tandemSessions } from './store/sessions.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** getSchedule reads less than 62 days (FACTS 1.5); every occurrence in it is checked. */
export const HORIZON_DAYS = 56;
/** Mailbox settings younger than this are trusted as saved. */
const FACTS_FRESH_MS = DAY;

export interface BookOutcome {
  booked: number;
  unplaced: number;
  /** Creates Outlook refused for good (4xx): the series waits for a person. */
  refused: number;
  /** Creates to try again (throttled, unavailable): the job fails and pg-boss retries it. */
  retry: number;
}

/**
 * Books the first meeting and the recurring series of each given series still waiting to be
 * booked, all of one tenant: fresh mailbox settings, everyone's free/busy in a few getSchedule
 * calls, one plan for the batch (so one mentor's mentees never collide), then the creates in
 * $batch envelopes. Safe to run twice: series are created with their own transactionId.
 */
export async function bookSeries(
  deps: SchedulingDeps,
  tenantId: string,
  seriesIds: readonly string[],
): Promise<BookOutcome> {
  const { db } = deps;
  const rows = await seriesToBook(db, tenantId, seriesIds);
  const outcome: BookOutcome = { booked: 0, unplaced: 0, refused: 0, retry: 0 };
  if (rows.length === 0) return outcome;
  const graph = deps.graph.forTenant(tenantId);
  const now = deps.clock.now();

  // Mailbox settings older than a day are read again first (one $batch for everyone stale).
  const ids = [...new Set(rows.flatMap((s) => [s.organizerId, s.attendeeId]))];
  await deps.mailboxes.refresh(tenantId, ids, FACTS_FRESH_MS);
  const people = await currentContacts(deps.people, db, tenantId, ids);

  const from = now;
  const to = now + HORIZON_DAYS * DAY;
  const addressed = [...people.values()].filter((p) => p.address);
  const schedules = await graph.calendar.readSchedules(
    addressed.map((p) => ({ id: p.id, address: p.address! })),
    { start: from, end: to },
  );
  const tandem = await tandemSessions(db, tenantId, [...people.keys()], from, to);

  const requests: SeriesRequest[] = [];
  const problems = new Map<string, SeriesProblem>();
  for (const s of rows) {
    const mentor = attendeeOf(people.get(s.organizerId), schedules, now);
    const mentee = attendeeOf(people.get(s.attendeeId), schedules, now);
    if (typeof mentor === 'string' || typeof mentee === 'string') {
      problems.set(s.id, typeof mentor === 'string' ? mentor : (mentee as SeriesProblem));
      continue;
    }
    requests.push({
      key: s.id,
      mentor,
      mentee,
      cadence: s.cadence,
      durationMinutes: s.durationMinutes,
      ...(s.avoid.length ? { avoid: s.avoid } : {}),
    });
  }
  // A series whose create was sent before (its answer lost, or the job cut short) is sent again
  // exactly as planned then, so Outlook recognises the transactionId and nothing moves.
  const replays = rows.filter(
    (s) =>
      s.attempts > 0 &&
      s.localStart &&
      s.timeZone &&
      s.recurrence &&
      s.firstStart !== null &&
      s.firstStart > now + HOUR,
  );
  const replayed = new Set(replays.map((s) => s.id));
  const plan = planSeries(
    requests.filter((r) => !replayed.has(r.key)),
    tandem,
    { now },
  );
  for (const s of replays) {
    const occ = occurrences(s.recurrence as GraphRecurrence, s.localStart!, s.timeZone!, s.durationMinutes, to);
    const first = occ[0];
    if (!first) continue;
    problems.delete(s.id);
    plan.planned.push({
      key: s.id,
      start: first.start,
      end: first.end,
      timeZone: s.timeZone!,
      localStart: s.localStart!,
      localEnd: localEndOf(s.localStart!, s.durationMinutes),
      recurrence: s.recurrence as GraphRecurrence,
      occurrences: occ,
      exceptions: [],
      fairness: 0,
    });
  }
  for (const u of plan.unplaced) problems.set(u.key, u.reason);

  const bySeries = new Map(rows.map((s) => [s.id, s]));
  const pairs = await deps.pairs.facts(
    db,
    tenantId,
    rows.map((s) => s.pairId),
  );
  const creates: NewSeries[] = plan.planned.map((p) => {
    const s = bySeries.get(p.key)!;
    const pair = pairs.get(s.pairId);
    const mentor = people.get(s.organizerId)!;
    const mentee = people.get(s.attendeeId)!;
    const text = inviteText({
      kind: pair?.kind ?? 'mentoring',
      mentor: { displayName: mentor.displayName, language: mentor.language },
      mentee: { displayName: mentee.displayName, language: mentee.language },
      goals: pair?.goals ?? [],
      cadence: s.cadence,
      durationMinutes: s.durationMinutes,
      // The invitation opens the pair's meetings in the tab.
      tabUrl: deps.tabLink(TAB_PATHS.meetings(s.id)),
    });
    return {
      organizerId: s.organizerId,
      transactionId: s.transactionId,
      subject: text.subject,
      bodyHtml: text.bodyHtml,
      timeZone: p.timeZone,
      localStart: p.localStart,
      localEnd: p.localEnd,
      recurrence: p.recurrence,
      attendee: { address: mentee.address!, name: mentee.displayName },
    };
  });

  // A create may reach Outlook and its answer be lost: counting the attempt first tells a later
  // cancellation that something may exist, and the plan saved with it says where to look.
  for (const p of plan.planned) await recordAttempt(db, tenantId, p.key, p);
  const results = await graph.calendar.createSeries(creates);
  // Sessions someone's calendar blocks are moved or skipped in Outlook right after the create.
  await graph.calendar.changeOccurrences(
    plan.planned.flatMap((p, i) => {
      const r = results[i]!;
      return r.ok ? [{ organizerId: bySeries.get(p.key)!.organizerId, eventId: r.eventId, changes: p.exceptions }] : [];
    }),
  );
  await db.transaction(async (tx) => {
    for (const [i, p] of plan.planned.entries()) {
      const s = bySeries.get(p.key)!;
      const r = results[i]!;
      if (!r.ok) {
        if (r.status === 429 || r.status >= 500) {
          outcome.retry++;
          continue;
        }
        outcome.refused++;
        await attention(tx, tenantId, s, `outlook_refused:${r.code}`, people, now);
        continue;
      }
      const booked = {
        eventId: r.eventId,
        joinUrl: r.joinUrl,
        timeZone: p.timeZone,
        localStart: p.localStart,
        start: r.start,
        recurrence: r.recurrence ?? p.recurrence,
      };
      if (!(await markBooked(tx, tenantId, s.id, booked, now))) {
        // Booked meanwhile by another run of this job (same event: same transactionId), or the
        // pair ended while Outlook was being asked: that series' event is cancelled.
        const ending = await keepEventOfEnded(tx, tenantId, s.id, r.eventId);
        // Once more, now that the event is known: ending twice is harmless.
        if (ending)
          await deps.jobs.send(tx, QUEUES.change, { tenantId, seriesId: s.id, action: 'end' } satisfies ChangeJob);
        continue;
      }
      // Tandem's copy of the sessions; the follow job replaces it with Outlook's own.
      const moved = new Map(p.exceptions.map((e) => [e.originalStart, e.move]));
      const originals = occurrences(p.recurrence, p.localStart, p.timeZone, s.durationMinutes, to);
      await insertBookedSessions(
        tx,
        tenantId,
        s.id,
        originals.map((o) => {
          const change = moved.get(o.start);
          const at = change ?? o;
          return { originalStart: o.start, start: at.start, end: at.end, skipped: change === null };
        }),
      );
      outcome.booked++;
      const mentor = people.get(s.organizerId)!;
      const mentee = people.get(s.attendeeId)!;
      const about = TAB_PATHS.meetings(s.id);
      await notify(tx, tenantId, s.organizerId, 'meetingBooked', { person: mentee.displayName }, about);
      await notify(tx, tenantId, s.attendeeId, 'meetingBooked', { person: mentor.displayName }, about);
    }
    for (const [id, problem] of problems) {
      outcome.unplaced++;
      await attention(tx, tenantId, bySeries.get(id)!, problem, people, now);
    }
  });
  return outcome;
}

async function attention(
  tx: Queryable,
  tenantId: string,
  s: SeriesRow,
  problem: SeriesProblem,
  people: Map<string, Contact>,
  now: number,
): Promise<void> {
  if (!(await markNeedsAttention(tx, tenantId, s.id, problem, now))) return;
  const about = TAB_PATHS.meetings(s.id);
  const name = (id: string) => people.get(id)?.displayName ?? '';
  await notify(tx, tenantId, s.organizerId, 'meetingNeedsAttention', { person: name(s.attendeeId) }, about);
  await notify(tx, tenantId, s.attendeeId, 'meetingNeedsAttention', { person: name(s.organizerId) }, about);
}

/** A person as the planner needs them, or the reason they cannot be planned for. */
function attendeeOf(
  p: Contact | undefined,
  schedules: Map<string, Schedule>,
  now: number,
): SeriesRequest['mentor'] | SeriesProblem {
  if (!p || !p.address) return 'no_mailbox';
  const schedule = schedules.get(p.address.toLowerCase());
  if (!schedule || schedule.error) return 'calendar_unreadable';
  const week = workingWeek(p, schedule, now);
  if (!week) return 'no_working_hours';
  return { id: p.id, week: { ...week, busy: schedule.busy as Interval[] } };
}

/** The wall-clock end of a meeting starting at `localStart` ("YYYY-MM-DDTHH:MM:SS"). */
function localEndOf(localStart: string, minutes: number): string {
  return formatWall(parseWall(localStart) + minutes * MINUTE);
}
