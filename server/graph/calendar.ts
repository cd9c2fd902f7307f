import type { Client } from '@microsoft/microsoft-graph-client';
import type { Interval } from '../time/ranges.js';
import { sendBatched, type BatchAnswer, type BatchItem } from './batch.js';
import { GraphAnswerError, toTandemError } from './errors.js';
import { isConnectionFailure } from './middleware.js';
import { readMailboxFactsAnswer, readOutlookHours, type MailboxFacts, type OutlookHours } from './mailbox.js';

// Outlook calendars through Graph, in our own types: free/busy, mailbox settings, the series
// Tandem books, and what became of them. Times leave this file as epoch milliseconds.

export interface Schedule {
  /** Busy, tentative and out-of-office items; free and working-elsewhere are free to meet. */
  busy: Interval[];
  /** From the schedule itself; null when Outlook gave none. */
  workingHours: OutlookHours | null;
  /** Set when Outlook could not read this person's calendar. */
  error: string | null;
}

export interface NewSeries {
  organizerId: string;
  transactionId: string;
  subject: string;
  bodyHtml: string;
  timeZone: string;
  localStart: string;
  localEnd: string;
  recurrence: unknown;
  attendee: { address: string; name: string };
}

/** What Outlook holds, which wins over what was asked when a retried create found an earlier event. */
export type Created =
  | {
      ok: true;
      eventId: string;
      joinUrl: string | null;
      start: number;
      end: number;
      timeZone: string;
      recurrence: unknown;
    }
  | { ok: false; status: number; code: string };

export interface SeriesState {
  /** Deleted from the organizer's calendar, or cancelled there. */
  gone: boolean;
  /** The attendee's answer to the series as the organizer's copy shows it. */
  attendeeResponse: string | null;
  /** The master's start as now in Outlook, epoch ms (moved when it differs from what was booked). */
  start: number | null;
  instances: { eventId: string; originalStart: number; start: number; end: number; cancelled: boolean }[];
}

/** A series' recurrence as booked: Graph's pattern, kept as it came, and the start of its range. */
export interface SeriesRecurrence {
  pattern: unknown;
  range: { startDate: string; recurrenceTimeZone?: string };
}

/** getSchedule allows 100 schedules per call (the live service; the docs say 20, FACTS 1.5). */
export const SCHEDULES_PER_CALL = 100;

/** Graph's dateTime ("2026-12-01T09:00:00.0000000", UTC here) as epoch ms. */
export function utcMs(dateTime: string): number {
  return Date.parse(`${dateTime.slice(0, 23)}Z`);
}

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

async function postRead(client: Client, path: string, body: unknown): Promise<unknown> {
  // getSchedule only reads, so a dropped connection may be retried like a GET.
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.api(path).header('Prefer', 'outlook.timezone="UTC"').post(body);
    } catch (err) {
      if (attempt >= 4 || !isConnectionFailure(err)) throw err;
      await new Promise((r) => setTimeout(r, 200 * 2 ** (attempt - 1)));
    }
  }
}

/**
 * Free/busy of many people over [from, to) (< 62 days), 100 per call; each call is made as one
 * of the people it asks about, so the Outlook limits spread over their mailboxes.
 */
export async function readSchedules(
  client: Client,
  people: readonly { id: string; address: string }[],
  from: number,
  to: number,
): Promise<Map<string, Schedule>> {
  const out = new Map<string, Schedule>();
  const chunks: (typeof people)[] = [];
  for (let i = 0; i < people.length; i += SCHEDULES_PER_CALL) chunks.push(people.slice(i, i + SCHEDULES_PER_CALL));
  await Promise.all(
    chunks.map(async (chunk) => {
      const res = (await postRead(client, `/users/${chunk[0]!.id}/calendar/getSchedule`, {
        schedules: chunk.map((p) => p.address),
        startTime: { dateTime: iso(from), timeZone: 'UTC' },
        endTime: { dateTime: iso(to), timeZone: 'UTC' },
        availabilityViewInterval: 15,
      })) as {
        value: {
          scheduleId: string;
          scheduleItems?: { status: string; start: { dateTime: string }; end: { dateTime: string } }[];
          workingHours?: { daysOfWeek?: string[]; startTime?: string; endTime?: string; timeZone?: unknown };
          error?: { message?: string; responseCode?: string };
        }[];
      };
      for (const s of res.value) {
        const wh = s.workingHours;
        out.set(s.scheduleId.toLowerCase(), {
          busy: (s.scheduleItems ?? [])
            .filter((i) => i.status !== 'free' && i.status !== 'workingElsewhere')
            .map((i) => ({ start: utcMs(i.start.dateTime), end: utcMs(i.end.dateTime) })),
          workingHours: readOutlookHours(wh),
          error: s.error ? (s.error.responseCode ?? s.error.message ?? 'error') : null,
        });
      }
    }),
  );
  return out;
}

/** Mailbox settings (time zone, working hours) of many people, batched; absent when unreadable. */
export async function readMailboxSettings(client: Client, ids: readonly string[]): Promise<Map<string, MailboxFacts>> {
  const answers = await sendBatched(
    client,
    ids.map((id) => ({ url: `/users/${id}/mailboxSettings` })),
    { repeatable: true },
  );
  const out = new Map<string, MailboxFacts>();
  ids.forEach((id, i) => {
    if (answers[i]!.status === 200) out.set(id, readMailboxFactsAnswer(answers[i]!.body));
  });
  return out;
}

/** Creates each series in its organizer's calendar with the attendee invited and a Teams meeting. */
export async function createSeries(client: Client, series: readonly NewSeries[]): Promise<Created[]> {
  const answers = await sendBatched(
    client,
    series.map((s) => ({
      method: 'POST' as const,
      url: `/users/${s.organizerId}/events`,
      headers: { Prefer: 'outlook.timezone="UTC"' },
      body: {
        subject: s.subject,
        body: { contentType: 'html', content: s.bodyHtml },
        start: { dateTime: s.localStart, timeZone: s.timeZone },
        end: { dateTime: s.localEnd, timeZone: s.timeZone },
        recurrence: s.recurrence,
        attendees: [{ emailAddress: { address: s.attendee.address, name: s.attendee.name }, type: 'required' }],
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: true,
        showAs: 'busy',
        isReminderOn: true,
        reminderMinutesBeforeStart: 10,
        transactionId: s.transactionId,
      },
    })),
    // A create carrying a transactionId answers with the first event when sent again.
    { repeatable: true },
  );
  return answers.map(created);
}

function created(a: BatchAnswer): Created {
  const body = a.body as {
    id?: string;
    start?: { dateTime: string };
    end?: { dateTime: string };
    originalStartTimeZone?: string;
    recurrence?: unknown;
    onlineMeeting?: { joinUrl?: string } | null;
    error?: { code?: string };
  } | null;
  if ((a.status === 200 || a.status === 201) && body?.id && body.start && body.end) {
    return {
      ok: true,
      eventId: body.id,
      joinUrl: body.onlineMeeting?.joinUrl ?? null,
      start: utcMs(body.start.dateTime),
      end: utcMs(body.end.dateTime),
      timeZone: body.originalStartTimeZone ?? 'UTC',
      recurrence: body.recurrence ?? null,
    };
  }
  return { ok: false, status: a.status, code: body?.error?.code ?? String(a.status) };
}

/** How each booked series stands in its organizer's calendar, and its instances in [from, to). */
export async function readSeriesStates(
  client: Client,
  series: readonly { organizerId: string; eventId: string; attendeeAddress: string }[],
  from: number,
  to: number,
): Promise<SeriesState[]> {
  const items = series.flatMap((s) => [
    { url: `/users/${s.organizerId}/events/${s.eventId}?$select=id,start,isCancelled,attendees,type` },
    {
      url: `/users/${s.organizerId}/events/${s.eventId}/instances?startDateTime=${iso(from)}Z&endDateTime=${iso(to)}Z&$select=id,start,end,originalStart,isCancelled,type&$top=100`,
    },
  ]);
  const answers = await sendBatched(client, items, { repeatable: true });
  return series.map((s, i) => {
    const master = answers[2 * i]!;
    const list = answers[2 * i + 1]!;
    if (master.status === 404) return { gone: true, attendeeResponse: null, start: null, instances: [] };
    if (master.status !== 200) throw toTandemError(GraphAnswerError.of(master));
    const m = master.body as {
      isCancelled?: boolean;
      start?: { dateTime: string };
      attendees?: { emailAddress: { address: string }; status?: { response?: string } }[];
    };
    const attendee = m.attendees?.find((a) => a.emailAddress.address.toLowerCase() === s.attendeeAddress.toLowerCase());
    const instances =
      list.status === 200
        ? ((
            list.body as {
              value: {
                id: string;
                start: { dateTime: string };
                end: { dateTime: string };
                originalStart?: string;
                isCancelled?: boolean;
              }[];
            }
          ).value ?? [])
        : [];
    return {
      gone: m.isCancelled === true,
      attendeeResponse: attendee?.status?.response ?? null,
      start: m.start ? utcMs(m.start.dateTime) : null,
      instances: instances.map((x) => ({
        eventId: x.id,
        originalStart: x.originalStart ? Date.parse(x.originalStart) : utcMs(x.start.dateTime),
        start: utcMs(x.start.dateTime),
        end: utcMs(x.end.dateTime),
        cancelled: x.isCancelled === true,
      })),
    };
  });
}

/** Cancels a meeting or one occurrence as its organizer; already gone counts as done. */
export async function cancelEvent(
  client: Client,
  organizerId: string,
  eventId: string,
  comment: string,
): Promise<void> {
  const [a] = await sendBatched(
    client,
    [{ method: 'POST', url: `/users/${organizerId}/events/${eventId}/cancel`, body: { comment } }],
    { repeatable: true },
  );
  if (a!.status !== 202 && a!.status !== 404) throw toTandemError(GraphAnswerError.of(a!));
}

/** Ends a series after `lastDate` (YYYY-MM-DD, organizer's zone): past sessions stay in calendars. */
export async function endSeriesAfter(
  client: Client,
  organizerId: string,
  eventId: string,
  recurrence: SeriesRecurrence,
  lastDate: string,
): Promise<void> {
  const [a] = await sendBatched(
    client,
    [
      {
        method: 'PATCH',
        url: `/users/${organizerId}/events/${eventId}`,
        body: {
          recurrence: {
            pattern: recurrence.pattern,
            range: {
              type: 'endDate',
              startDate: recurrence.range.startDate,
              endDate: lastDate,
              ...(recurrence.range.recurrenceTimeZone
                ? { recurrenceTimeZone: recurrence.range.recurrenceTimeZone }
                : {}),
            },
          },
        },
      },
    ],
    { repeatable: true },
  );
  if (a!.status !== 200 && a!.status !== 404) throw toTandemError(GraphAnswerError.of(a!));
}

/** Moves one occurrence (an exception of the series) to a new time. */
export async function moveOccurrence(
  client: Client,
  organizerId: string,
  eventId: string,
  slot: Interval,
): Promise<{ ok: boolean; code: string | null }> {
  const [a] = await sendBatched(
    client,
    [
      {
        method: 'PATCH',
        url: `/users/${organizerId}/events/${eventId}`,
        body: {
          start: { dateTime: iso(slot.start), timeZone: 'UTC' },
          end: { dateTime: iso(slot.end), timeZone: 'UTC' },
        },
      },
    ],
    { repeatable: true },
  );
  if (a!.status === 200) return { ok: true, code: null };
  return { ok: false, code: (a!.body as { error?: { code?: string } } | null)?.error?.code ?? String(a!.status) };
}

/**
 * The series in the organizer's calendar created with `transactionId`, looked for around its
 * planned first start: how a create whose answer was lost is found without creating it again.
 */
export async function findSeriesByTransaction(
  client: Client,
  organizerId: string,
  transactionId: string,
  around: Interval,
): Promise<string | null> {
  const view = (await client
    .api(`/users/${organizerId}/calendarView`)
    .query({ startDateTime: `${iso(around.start)}Z`, endDateTime: `${iso(around.end)}Z` })
    .select('id,type,seriesMasterId,transactionId')
    .top(100)
    .get()) as { value: { id: string; type?: string; seriesMasterId?: string | null; transactionId?: string }[] };
  const masters = [...new Set(view.value.map((e) => e.seriesMasterId ?? e.id))];
  if (masters.length === 0) return null;
  const answers = await sendBatched(
    client,
    masters.map((id) => ({ url: `/users/${organizerId}/events/${id}?$select=id,transactionId` })),
    { repeatable: true },
  );
  const found = answers.find(
    (a) => a.status === 200 && (a.body as { transactionId?: string }).transactionId === transactionId,
  );
  return found ? (found.body as { id: string }).id : null;
}

export type OccurrenceChange = { originalStart: number; move: Interval | null };

/**
 * Moves or cancels single occurrences of new series (the ones a person's calendar blocks): one
 * read of each series' instances to learn their ids, then the changes, all in $batch envelopes.
 * Returns how many changes Outlook took.
 */
export async function changeOccurrences(
  client: Client,
  series: readonly { organizerId: string; eventId: string; changes: readonly OccurrenceChange[] }[],
): Promise<number> {
  const todo = series.filter((s) => s.changes.length > 0);
  if (todo.length === 0) return 0;
  const lists = await sendBatched(
    client,
    todo.map((s) => {
      const from = Math.min(...s.changes.map((c) => c.originalStart)) - 86_400_000;
      const to = Math.max(...s.changes.map((c) => c.originalStart)) + 86_400_000;
      return {
        url: `/users/${s.organizerId}/events/${s.eventId}/instances?startDateTime=${iso(from)}Z&endDateTime=${iso(to)}Z&$select=id,start,originalStart&$top=100`,
        headers: { Prefer: 'outlook.timezone="UTC"' },
      };
    }),
    { repeatable: true },
  );
  const items = todo.flatMap((s, i): BatchItem[] => {
    const list = lists[i]!;
    if (list.status !== 200) return [];
    const byStart = new Map(
      ((list.body as { value: { id: string; start: { dateTime: string }; originalStart?: string }[] }).value ?? []).map(
        (x) => [x.originalStart ? Date.parse(x.originalStart) : utcMs(x.start.dateTime), x.id],
      ),
    );
    return s.changes.flatMap((c): BatchItem[] => {
      const id = byStart.get(c.originalStart);
      if (!id) return [];
      return c.move
        ? [
            {
              method: 'PATCH',
              url: `/users/${s.organizerId}/events/${id}`,
              body: {
                start: { dateTime: iso(c.move.start), timeZone: 'UTC' },
                end: { dateTime: iso(c.move.end), timeZone: 'UTC' },
              },
            },
          ]
        : [
            {
              method: 'POST',
              url: `/users/${s.organizerId}/events/${id}/cancel`,
              body: { comment: 'Tandem: one of you is busy at this time, so this session is skipped.' },
            },
          ];
    });
  });
  // Setting a time again, or cancelling what is cancelled, changes nothing: safe to repeat.
  const answers = await sendBatched(client, items, { repeatable: true });
  return answers.filter((a) => a.status === 200 || a.status === 202).length;
}
