import type { Db, Queryable } from '../db/db.js';
import type { NewSeries, Schedule } from '../graph/calendar.js';
import type { Graph } from '../graph/facade.js';
import type { Jobs } from '../jobs/queue.js';
import { notify } from '../notify/outbox.js';
import { saveMailboxFacts } from '../org/people-store.js';
import { readWorkingHours } from '../time/outlook-hours.js';
import type { Interval } from '../time/ranges.js';
import { formatWall, MINUTE, parseWall } from '../time/wall.js';
import { inviteText } from './invite.js';
import { occurrences, planSeries, type GraphRecurrence, type SeriesRequest } from './plan.js';
import { loadPeople, tandemSessions, type PersonFacts } from './people.js';
import { QUEUES, SERIES_COLUMNS, toSeries, type ChangeJob, type SeriesRow } from './series.js';

export interface SchedulingDeps {
  db: Db;
  graph: Graph;
  jobs: Pick<Jobs, 'send'>;
  now: () => number;
  /** Link to the tab, written into invitations. */
  tabUrl: string;
}

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
export async function bookSeries(deps: SchedulingDeps, tenantId: string, seriesIds: readonly string[]): Promise<BookOutcome> {
  const { db } = deps;
  const rows = (await db.query(`SELECT ${SERIES_COLUMNS} FROM meeting_series WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND status = 'booking' ORDER BY created_at, id`, [tenantId, seriesIds])).map(toSeries);
  const outcome: BookOutcome = { booked: 0, unplaced: 0, refused: 0, retry: 0 };
  if (rows.length === 0) return outcome;
  const graph = deps.graph.forTenant(tenantId);
  const now = deps.now();

  let people = await loadPeople(db, tenantId, rows.flatMap((s) => [s.organizerId, s.attendeeId]));
  const stale = [...people.values()].filter((p) => !p.mailboxFetchedAt || now - p.mailboxFetchedAt > FACTS_FRESH_MS).map((p) => p.id);
  if (stale.length > 0) {
    const facts = await graph.mailboxes.readSettings(stale);
    for (const [id, f] of facts) await saveMailboxFacts(db, tenantId, id, f.timeZone, f.workingHours);
    people = await loadPeople(db, tenantId, [...people.keys()]);
  }

  const from = now;
  const to = now + HORIZON_DAYS * DAY;
  const addressed = [...people.values()].filter((p) => p.address);
  const schedules = await graph.calendar.readSchedules(addressed.map((p) => ({ id: p.id, address: p.address! })), { start: from, end: to });
  const tandem = await tandemSessions(db, tenantId, [...people.keys()], from, to);

  const requests: SeriesRequest[] = [];
  const problems = new Map<string, string>();
  for (const s of rows) {
    const mentor = attendeeOf(people.get(s.organizerId), schedules, now);
    const mentee = attendeeOf(people.get(s.attendeeId), schedules, now);
    if (typeof mentor === 'string' || typeof mentee === 'string') {
      problems.set(s.id, typeof mentor === 'string' ? mentor : (mentee as string));
      continue;
    }
    requests.push({ key: s.id, mentor, mentee, cadence: s.cadence, durationMinutes: s.durationMinutes, ...(s.avoid.length ? { avoid: s.avoid } : {}) });
  }
  // A series whose create was sent before (its answer lost, or the job cut short) is sent again
  // exactly as planned then, so Outlook recognises the transactionId and nothing moves.
  const replays = rows.filter((s) => s.attempts > 0 && s.localStart && s.timeZone && s.recurrence && s.firstStart !== null && s.firstStart > now + HOUR);
  const replayed = new Set(replays.map((s) => s.id));
  const plan = planSeries(requests.filter((r) => !replayed.has(r.key)), tandem, { now });
  for (const s of replays) {
    const occ = occurrences(s.recurrence as GraphRecurrence, s.localStart!, s.timeZone!, s.durationMinutes, to);
    const first = occ[0];
    if (!first) continue;
    problems.delete(s.id);
    plan.planned.push({ key: s.id, start: first.start, end: first.end, timeZone: s.timeZone!, localStart: s.localStart!, localEnd: localEndOf(s.localStart!, s.durationMinutes), recurrence: s.recurrence as GraphRecurrence, occurrences: occ, exceptions: [], fairness: 0 });
  }
  for (const u of plan.unplaced) problems.set(u.key, u.reason);

  const bySeries = new Map(rows.map((s) => [s.id, s]));
  const goals = await menteeGoals(db, tenantId, rows);
  const creates: NewSeries[] = plan.planned.map((p) => {
    const s = bySeries.get(p.key)!;
    const mentor = people.get(s.organizerId)!;
    const mentee = people.get(s.attendeeId)!;
    const text = inviteText({
      track: goals.get(s.id)?.track ?? 'mentoring',
      mentor: { displayName: mentor.displayName, language: mentor.language },
      mentee: { displayName: mentee.displayName, language: mentee.language },
      goals: goals.get(s.id)?.goals ?? [],
      cadence: s.cadence,
      durationMinutes: s.durationMinutes,
      tabUrl: deps.tabUrl,
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
  for (const p of plan.planned) {
    await db.query(
      `UPDATE meeting_series SET attempts = attempts + 1, time_zone = $3, local_start = $4, first_start = $5, recurrence = $6::jsonb, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [tenantId, p.key, p.timeZone, p.localStart, new Date(p.start), JSON.stringify(p.recurrence)],
    );
  }
  const results = await graph.calendar.createSeries(creates);
  // Sessions someone's calendar blocks are moved or skipped in Outlook right after the create.
  await graph.calendar.changeOccurrences(plan.planned.flatMap((p, i) => {
    const r = results[i]!;
    return r.ok ? [{ organizerId: bySeries.get(p.key)!.organizerId, eventId: r.eventId, changes: p.exceptions }] : [];
  }));
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
      const saved = await tx.query(
        `UPDATE meeting_series SET status = 'booked', event_id = $3, join_url = $4, time_zone = $5,
           local_start = $6, first_start = $7, recurrence = $8::jsonb, problem = NULL, checked_at = $9, updated_at = now()
         WHERE tenant_id = $1 AND id = $2 AND status = 'booking' RETURNING id`,
        [tenantId, s.id, r.eventId, r.joinUrl, p.timeZone, p.localStart, new Date(r.start), JSON.stringify(r.recurrence ?? p.recurrence), new Date(now)],
      );
      if (saved.length === 0) {
        // Booked meanwhile by another run of this job (same event: same transactionId), or the
        // pair ended while Outlook was being asked: that series' event is cancelled.
        const ending = await tx.query(
          `UPDATE meeting_series SET event_id = coalesce(event_id, $3), status = CASE WHEN status = 'cancelled' THEN 'cancelling' ELSE status END, updated_at = now()
           WHERE tenant_id = $1 AND id = $2 AND status IN ('cancelling', 'cancelled', 'replaced') RETURNING id`,
          [tenantId, s.id, r.eventId],
        );
        // Once more, now that the event is known: ending twice is harmless.
        if (ending.length > 0) await deps.jobs.send(tx, QUEUES.change, { tenantId, seriesId: s.id, action: 'end' } satisfies ChangeJob);
        continue;
      }
      // Tandem's copy of the sessions; the follow job replaces it with Outlook's own.
      const moved = new Map(p.exceptions.map((e) => [e.originalStart, e.move]));
      const originals = occurrences(p.recurrence, p.localStart, p.timeZone, s.durationMinutes, to);
      for (const o of originals) {
        const change = moved.get(o.start);
        const at = change ?? o;
        await tx.query(
          `INSERT INTO meeting_occurrences (tenant_id, id, series_id, original_start, starts_at, ends_at, status)
           VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, series_id, original_start) DO NOTHING`,
          [tenantId, s.id, new Date(o.start), new Date(at.start), new Date(at.end), change === null ? 'skipped' : 'scheduled'],
        );
      }
      outcome.booked++;
      const mentor = people.get(s.organizerId)!;
      const mentee = people.get(s.attendeeId)!;
      await notify(tx, tenantId, s.organizerId, 'meetingBooked', { person: mentee.displayName });
      await notify(tx, tenantId, s.attendeeId, 'meetingBooked', { person: mentor.displayName });
    }
    for (const [id, problem] of problems) {
      outcome.unplaced++;
      await attention(tx, tenantId, bySeries.get(id)!, problem, people, now);
    }
  });
  return outcome;
}

async function attention(tx: Queryable, tenantId: string, s: SeriesRow, problem: string, people: Map<string, PersonFacts>, now: number): Promise<void> {
  const updated = await tx.query(
    `UPDATE meeting_series SET status = 'needs_attention', problem = $3, checked_at = $4, updated_at = now() WHERE tenant_id = $1 AND id = $2 AND status = 'booking' RETURNING id`,
    [tenantId, s.id, problem, new Date(now)],
  );
  if (updated.length === 0) return;
  await notify(tx, tenantId, s.organizerId, 'meetingNeedsAttention', { person: people.get(s.attendeeId)?.displayName ?? '' });
  await notify(tx, tenantId, s.attendeeId, 'meetingNeedsAttention', { person: people.get(s.organizerId)?.displayName ?? '' });
}

/** A person as the planner needs them, or the reason they cannot be planned for. */
function attendeeOf(p: PersonFacts | undefined, schedules: Map<string, Schedule>, now: number): SeriesRequest['mentor'] | string {
  if (!p || !p.address) return 'no_mailbox';
  const schedule = schedules.get(p.address.toLowerCase());
  if (!schedule || schedule.error) return 'calendar_unreadable';
  const week = readWorkingHours(p.workingHours ?? schedule.workingHours, { mailboxZone: p.timeZone, at: now })?.hours;
  if (!week) return 'no_working_hours';
  return { id: p.id, week: { ...week, busy: schedule.busy as Interval[] } };
}

async function menteeGoals(db: Db, tenantId: string, rows: readonly SeriesRow[]): Promise<Map<string, { track: 'mentoring' | 'reverse'; goals: string[] }>> {
  const found = await db.query<{ series_id: string; track: 'mentoring' | 'reverse'; goals: string[] | null }>(
    `SELECT s.id AS series_id, p.track, e.goals FROM meeting_series s
       JOIN pairs p ON p.tenant_id = s.tenant_id AND p.id = s.pair_id
       LEFT JOIN enrolments e ON e.tenant_id = p.tenant_id AND e.person_id = p.mentee_id AND e.track = p.track
     WHERE s.tenant_id = $1 AND s.id = ANY($2::uuid[])`,
    [tenantId, rows.map((r) => r.id)],
  );
  return new Map(found.map((f) => [f.series_id, { track: f.track, goals: f.goals ?? [] }]));
}

/** The wall-clock end of a meeting starting at `localStart` ("YYYY-MM-DDTHH:MM:SS"). */
function localEndOf(localStart: string, minutes: number): string {
  return formatWall(parseWall(localStart) + minutes * MINUTE);
}
