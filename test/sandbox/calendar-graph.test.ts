import { Client, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Calendars driven as Tandem will drive them: app-only tokens from msal-node, the Graph SDK,
// HTTPS. The mentor organises; the mentee is invited.

interface GraphEvent {
  id: string;
  iCalUId: string;
  type: string;
  subject: string;
  isCancelled?: boolean;
  onlineMeeting?: { joinUrl: string };
  attendees: { emailAddress: { address: string }; status: { response: string } }[];
  responseStatus: { response: string };
  start: { dateTime: string; timeZone: string };
}

let t: TestSandbox;
let mentor: { id: string; userPrincipalName: string };
let mentee: { id: string; userPrincipalName: string };
beforeAll(async () => {
  t = await startTestSandbox({ size: 120 });
  mentor = persona(t, 'senior-exec');
  mentee = persona(t, 'junior-dev');
});
afterAll(async () => t?.close());

const series = (transactionId: string, subject = 'Tandem: mentoring') => ({
  subject,
  body: { contentType: 'HTML', content: '<p>Goals: public speaking</p>' },
  start: { dateTime: '2026-12-01T16:00:00', timeZone: 'W. Europe Standard Time' },
  end: { dateTime: '2026-12-01T16:45:00', timeZone: 'W. Europe Standard Time' },
  attendees: [{ type: 'required', emailAddress: { address: mentee.userPrincipalName } }],
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
  recurrence: {
    pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
    range: { type: 'numbered', startDate: '2026-12-01', numberOfOccurrences: 6 },
  },
  transactionId,
});

/** The mentee's occurrences of the series whose master has this iCalUId (occurrences have their own). */
const menteeCopies = async (iCalUId: string): Promise<GraphEvent[]> => {
  const inbox = (await t.graph.api(`/users/${mentee.id}/events`).top(1000).get()) as { value: GraphEvent[] };
  const master = inbox.value.find((e) => e.iCalUId === iCalUId);
  if (!master) return [];
  const view = (await t.graph
    .api(`/users/${mentee.id}/calendarView`)
    .query({ startDateTime: '2026-11-30T00:00:00Z', endDateTime: '2027-03-01T00:00:00Z' })
    .top(1000)
    .get()) as { value: (GraphEvent & { seriesMasterId?: string })[] };
  return view.value.filter((e) => e.seriesMasterId === master.id);
};

describe('booking a mentoring series', () => {
  it("creates a recurring Teams meeting in the mentor's calendar that the mentee receives", async () => {
    const created = (await t.graph.api(`/users/${mentor.id}/events`).post(series('pair-1'))) as GraphEvent;
    expect(created.type).toBe('seriesMaster');
    expect(created.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(created.attendees[0]?.emailAddress.address.toLowerCase()).toBe(mentee.userPrincipalName.toLowerCase());
    const copies = await menteeCopies(created.iCalUId);
    expect(copies.length).toBe(6);
    expect(copies.every((c) => c.type === 'occurrence')).toBe(true);
  });

  it('returns the same event when a create is repeated with the same transactionId, and invites once', async () => {
    const first = (await t.graph
      .api(`/users/${mentor.id}/events`)
      .post(series('pair-2', 'Tandem: retry'))) as GraphEvent;
    const again = (await t.graph
      .api(`/users/${mentor.id}/events`)
      .post(series('pair-2', 'Tandem: retry'))) as GraphEvent;
    expect(again.id).toBe(first.id);
    const masters = (await t.graph.api(`/users/${mentor.id}/events`).top(1000).get()) as { value: GraphEvent[] };
    expect(masters.value.filter((e) => e.subject === 'Tandem: retry').length).toBe(1);
    expect((await menteeCopies(first.iCalUId)).length).toBe(6);
  });

  it("shows the organiser the mentee's decline", async () => {
    const created = (await t.graph
      .api(`/users/${mentor.id}/events`)
      .post(series('pair-3', 'Tandem: decline'))) as GraphEvent;
    const inbox = (await t.graph.api(`/users/${mentee.id}/events`).top(1000).get()) as { value: GraphEvent[] };
    const copy = inbox.value.find((e) => e.iCalUId === created.iCalUId)!;
    await t.graph
      .api(`/users/${mentee.id}/events/${copy.id}/decline`)
      .post({ comment: 'Not this one', sendResponse: true });
    const organiser = (await t.graph.api(`/users/${mentor.id}/events/${created.id}`).get()) as GraphEvent;
    expect(organiser.attendees[0]?.status.response).toBe('declined');
  });

  it("lets only the organiser cancel, and cancelling clears the mentee's future meetings", async () => {
    const created = (await t.graph
      .api(`/users/${mentor.id}/events`)
      .post(series('pair-4', 'Tandem: cancel'))) as GraphEvent;
    const inbox = (await t.graph.api(`/users/${mentee.id}/events`).top(1000).get()) as { value: GraphEvent[] };
    const copy = inbox.value.find((e) => e.iCalUId === created.iCalUId)!;
    const refused = (await t.graph
      .api(`/users/${mentee.id}/events/${copy.id}/cancel`)
      .post({ comment: 'x' })
      .catch((e: unknown) => e)) as { statusCode: number; message: string };
    expect(refused.statusCode).toBe(400);
    expect(refused.message).toContain('You need to be an organizer to cancel a meeting.');
    await t.graph.api(`/users/${mentor.id}/events/${created.id}/cancel`).post({ comment: 'The pair has ended' });
    const left = await menteeCopies(created.iCalUId);
    expect(left.length).toBe(6);
    expect(left.every((c) => c.isCancelled)).toBe(true);
  });

  it('reports the booked time as busy for the organiser and tentative for the unanswered invitee', async () => {
    await t.graph.api(`/users/${mentor.id}/events`).post(series('pair-5', 'Tandem: busy'));
    const res = (await t.graph.api(`/users/${mentor.id}/calendar/getSchedule`).post({
      schedules: [mentor.userPrincipalName, mentee.userPrincipalName],
      startTime: { dateTime: '2026-12-01T16:00:00', timeZone: 'W. Europe Standard Time' },
      endTime: { dateTime: '2026-12-01T16:45:00', timeZone: 'W. Europe Standard Time' },
      availabilityViewInterval: 15,
    })) as { value: { scheduleId: string; availabilityView: string }[] };
    // Outlook holds an unanswered invitation as tentative in the invitee's calendar.
    expect(res.value.map((v) => v.availabilityView)).toEqual(['222', '111']);
  });
});

describe('Outlook limits', () => {
  it('refuses a fifth concurrent request to one mailbox with 429 ApplicationThrottled', async () => {
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 300 } });
    const calls = Array.from({ length: 6 }, () =>
      t.graph
        .api(`/users/${mentor.id}/mailboxSettings`)
        .middlewareOptions([new RetryHandlerOptions(0, 0)])
        .get()
        .then(
          () => 200,
          (e: { statusCode: number; code: string }) => `${e.statusCode} ${e.code}`,
        ),
    );
    const outcomes = await Promise.all(calls);
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 0 } });
    expect(outcomes.filter((o) => o === 200).length).toBe(4);
    expect(outcomes.filter((o) => o === '429 ApplicationThrottled').length).toBe(2);
  });

  it('keeps serving other mailboxes while one is at its limit', async () => {
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 300 } });
    const busy = Array.from({ length: 4 }, () => t.graph.api(`/users/${mentor.id}/mailboxSettings`).get());
    const other = t.graph
      .api(`/users/${mentee.id}/mailboxSettings`)
      .middlewareOptions([new RetryHandlerOptions(0, 0)])
      .get();
    const results = await Promise.allSettled([...busy, other]);
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { latencyMs: 0 } });
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
  });
});

describe('findMeetingTimes', () => {
  it('is refused to app-only tokens and answered on behalf of a person', async () => {
    const refused = (await t.graph
      .api(`/users/${mentor.id}/findMeetingTimes`)
      .post({})
      .catch((e: unknown) => e)) as { statusCode: number };
    expect(refused.statusCode).toBe(403);
    const obo = await t.msal.acquireTokenOnBehalfOf({
      oboAssertion: await t.ssoToken(mentor.id),
      scopes: ['https://graph.microsoft.com/Calendars.Read.Shared'],
    });
    const delegated = Client.initWithMiddleware({
      baseUrl: `${t.sandbox.origin}/`,
      customHosts: new Set(['localhost']),
      authProvider: { getAccessToken: async () => obo!.accessToken },
    });
    const res = (await delegated.api('/me/findMeetingTimes').post({
      attendees: [{ type: 'required', emailAddress: { address: mentee.userPrincipalName } }],
      meetingDuration: 'PT45M',
    })) as { meetingTimeSuggestions: unknown[]; emptySuggestionsReason: string };
    expect(res.meetingTimeSuggestions.length).toBeGreaterThan(0);
    expect(res.emptySuggestionsReason).toBe('');
  });
});

describe('the Teams activity feed', () => {
  it('accepts notifications with 204 and throttles a tenant above 5 per second', async () => {
    const send = () =>
      t.graph
        .api(`/users/${mentee.id}/teamwork/sendActivityNotification`)
        .middlewareOptions([new RetryHandlerOptions(0, 0)])
        .post({
          topic: { source: 'text', value: 'Tandem', webUrl: 'https://teams.microsoft.com/l/entity/x/home' },
          activityType: 'matchSuggested',
          previewText: { content: 'You have a new mentor suggestion' },
          templateParameters: [{ name: 'actor', value: 'Tandem' }],
        })
        .then(
          () => 204,
          (e: { statusCode: number }) => e.statusCode,
        );
    const outcomes = await Promise.all(Array.from({ length: 7 }, send));
    expect(outcomes.filter((o) => o === 204).length).toBe(5);
    expect(outcomes.filter((o) => o === 429).length).toBe(2);
    const feed = (await (await t.admin(`/sandbox/v1/users/${mentee.id}/activities`)).json()) as { value: unknown[] };
    expect(feed.value.length).toBe(5);
  });
});
