import { describe, expect, it } from 'vitest';
import { example as sharedExample } from '../../helpers/shape.js';
import { appCaller, romeTeam, userCaller } from './fixtures.js';
import { ORIGIN, buildHarness } from './harness.js';

// Samples from Microsoft's documentation, in test/fixtures/graph.
const exampleJson = (name: string) => sharedExample(name) as Record<string, unknown>;

const READ_WRITE = ['Calendars.ReadWrite'];

async function setup() {
  const team = romeTeam();
  const h = await buildHarness(team.people);
  const asAnna = userCaller(team.anna, READ_WRITE);
  const asBruno = userCaller(team.bruno, READ_WRITE);
  const daemon = appCaller(['Calendars.ReadWrite']);
  const meeting = {
    subject: 'Mentoring: first session',
    start: { dateTime: '2026-03-10T14:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-03-10T15:00:00', timeZone: 'W. Europe Standard Time' },
    attendees: [{ type: 'required', emailAddress: { address: team.bruno.mail, name: 'Bruno Example' } }],
  };
  return { ...team, h, asAnna, asBruno, daemon, meeting };
}

describe('POST /events', () => {
  it("answers 201 with an event shaped like the documentation's online meeting sample", async () => {
    const { h, asAnna, anna } = await setup();
    const request = exampleJson('user-post-event-online-meeting.request.json');
    const res = await h.call(asAnna, {
      method: 'POST',
      url: '/v1.0/me/events',
      body: request,
      headers: { prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['preference-applied']).toBe('outlook.timezone="Pacific Standard Time"');
    const body = res.json();
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(Object.keys(exampleJson('user-post-event-online-meeting.response.json'))),
    );
    expect(body).toMatchObject({
      '@odata.context': `${ORIGIN}/v1.0/$metadata#users('${anna.id}')/events/$entity`,
      '@odata.etag': `W/"${body.changeKey}"`,
      type: 'singleInstance',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeetingUrl: null,
      originalStartTimeZone: 'Pacific Standard Time',
      start: { dateTime: '2019-11-20T13:00:00.0000000', timeZone: 'Pacific Standard Time' },
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      organizer: { emailAddress: { name: anna.displayName, address: anna.mail } },
      attendees: [
        {
          type: 'required',
          status: { response: 'none', time: '0001-01-01T00:00:00Z' },
          emailAddress: { name: 'Adele Vance', address: 'AdeleV@contoso.OnMicrosoft.com' },
        },
      ],
      location: {
        displayName: 'Cordova conference room',
        locationType: 'default',
        uniqueId: 'Cordova conference room',
        uniqueIdType: 'private',
      },
    });
    expect(body.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(body.body.content).toContain(body.onlineMeeting.joinUrl);
    expect(body.bodyPreview).toMatch(/^Does this time work for you\?\r\n_+\r\nJoin Microsoft Teams Meeting/);
    expect(body).not.toHaveProperty('transactionId');
  });

  it('answers in UTC without a Prefer header', async () => {
    const { h, asAnna, meeting } = await setup();
    const res = await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: meeting });
    expect(res.headers['preference-applied']).toBeUndefined();
    expect(res.json().start).toEqual({ dateTime: '2026-03-10T13:00:00.0000000', timeZone: 'UTC' });
  });

  it('answers a repeated transactionId with 201 and the same event', async () => {
    const { h, asAnna, meeting } = await setup();
    const first = await h.call(asAnna, {
      method: 'POST',
      url: '/v1.0/me/events',
      body: { ...meeting, transactionId: 'booking-42' },
    });
    const again = await h.call(asAnna, {
      method: 'POST',
      url: '/v1.0/me/events',
      body: { ...meeting, transactionId: 'booking-42' },
    });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().transactionId).toBe('booking-42');
  });

  it("books into someone's calendar with an application token, also through /calendar/events", async () => {
    const { h, daemon, anna, meeting } = await setup();
    const res = await h.call(daemon, {
      method: 'POST',
      url: `/v1.0/users/${anna.mail}/calendar/events`,
      body: meeting,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()['@odata.context']).toBe(`${ORIGIN}/v1.0/$metadata#users('${anna.mail}')/events/$entity`);
  });

  it('refuses to write with a read-only application permission', async () => {
    const { h, anna, meeting } = await setup();
    const res = await h.call(appCaller(['Calendars.Read']), {
      method: 'POST',
      url: `/v1.0/users/${anna.id}/events`,
      body: meeting,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ErrorAccessDenied');
  });

  it('refuses an unknown property in the body', async () => {
    const { h, asAnna, meeting } = await setup();
    const res = await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: { ...meeting, colour: 'blue' } });
    expect(res.statusCode).toBe(400);
  });

  it('refuses an unknown time zone with TimeZoneNotSupportedException', async () => {
    const { h, asAnna, meeting } = await setup();
    const res = await h.call(asAnna, {
      method: 'POST',
      url: '/v1.0/me/events',
      body: { ...meeting, start: { dateTime: '2026-03-10T14:00:00', timeZone: 'Rome Time' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TimeZoneNotSupportedException');
  });

  it('refuses an invalid recurrence with 400', async () => {
    const { h, asAnna, meeting } = await setup();
    const recurrence = { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-10' } };
    const res = await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: { ...meeting, recurrence } });
    expect(res.statusCode).toBe(400);
  });
});

describe('who may use which mailbox', () => {
  it('answers /me with an application token with 400', async () => {
    const { h, daemon } = await setup();
    const res = await h.call(daemon, { method: 'GET', url: '/v1.0/me/events' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'BadRequest',
      message: '/me request is only valid with delegated authentication flow.',
    });
  });

  it('answers an unknown user with 404 ErrorInvalidUser', async () => {
    const { h, daemon } = await setup();
    const res = await h.call(daemon, { method: 'GET', url: '/v1.0/users/nobody@contoso.example/events' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ErrorInvalidUser');
  });

  it("needs a .Shared scope for a delegated read of someone else's calendar", async () => {
    const { h, anna, bruno } = await setup();
    const url = `/v1.0/users/${bruno.id}/calendarView?startDateTime=2026-03-02T00:00:00Z&endDateTime=2026-03-03T00:00:00Z`;
    expect((await h.call(userCaller(anna, ['Calendars.Read']), { method: 'GET', url })).statusCode).toBe(403);
    expect((await h.call(userCaller(anna, ['Calendars.Read.Shared']), { method: 'GET', url })).statusCode).toBe(200);
  });
});

describe('reading events', () => {
  it('requires startDateTime and endDateTime for calendarView', async () => {
    const { h, asAnna } = await setup();
    const res = await h.call(asAnna, {
      method: 'GET',
      url: '/v1.0/me/calendarView?startDateTime=2026-03-02T00:00:00Z',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'ErrorInvalidParameter',
      message:
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    });
  });

  it('pages the calendar view ten at a time with a nextLink that repeats the query', async () => {
    const { h, asAnna } = await setup();
    const first = await h.call(asAnna, {
      method: 'GET',
      url: '/v1.0/me/calendarView?startDateTime=2026-03-02T00:00:00Z&endDateTime=2026-03-14T00:00:00Z',
    });
    const page = first.json();
    expect(page['@odata.context']).toMatch(/\/calendarView$/);
    expect(page.value).toHaveLength(10);
    const link = new URL(page['@odata.nextLink']);
    expect(`${link.origin}${link.pathname}`).toBe(`${ORIGIN}/v1.0/me/calendarView`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      startDateTime: '2026-03-02T00:00:00Z',
      endDateTime: '2026-03-14T00:00:00Z',
      $top: '10',
      $skip: '10',
    });
    const next = await h.call(asAnna, { method: 'GET', url: page['@odata.nextLink'].slice(ORIGIN.length) });
    expect(next.json().value[0].id).not.toBe(page.value[0].id);
  });

  it('honours $top and $select', async () => {
    const { h, asAnna } = await setup();
    const res = await h.call(asAnna, {
      method: 'GET',
      url: '/v1.0/me/calendarView?startDateTime=2026-03-02T00:00:00Z&endDateTime=2026-03-07T00:00:00Z&$top=3&$select=subject,start',
    });
    const body = res.json();
    expect(body.value).toHaveLength(3);
    expect(Object.keys(body.value[0]).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
  });

  it('reads the calendar view in the zone the Prefer header names', async () => {
    const { h, asAnna } = await setup();
    const res = await h.call(asAnna, {
      method: 'GET',
      url: '/v1.0/me/calendarView?startDateTime=2026-03-02T00:00:00Z&endDateTime=2026-03-07T00:00:00Z',
      headers: { prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(res.json().value[0].start.timeZone).toBe('W. Europe Standard Time');
  });

  it('reads a generated event by the id the calendar view gave it, and refuses to change it', async () => {
    const { h, asBruno } = await setup();
    const view = (
      await h.call(asBruno, {
        method: 'GET',
        url: '/v1.0/me/calendarView?startDateTime=2026-03-03T00:00:00Z&endDateTime=2026-03-04T00:00:00Z',
      })
    ).json();
    const team = view.value.find((e: { subject: string }) => e.subject === "Anna's team meeting");
    const got = await h.call(asBruno, { method: 'GET', url: `/v1.0/me/events/${team.id}` });
    expect(got.json()).toMatchObject({ id: team.id, iCalUId: team.iCalUId, type: 'occurrence', isOrganizer: false });
    expect((await h.call(asBruno, { method: 'DELETE', url: `/v1.0/me/events/${team.id}` })).statusCode).toBe(400);
  });

  it('gets, updates and deletes one event', async () => {
    const { h, asAnna, meeting } = await setup();
    const created = (await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: meeting })).json();
    const got = await h.call(asAnna, { method: 'GET', url: `/v1.0/me/events/${created.id}` });
    expect(got.json().subject).toBe('Mentoring: first session');
    const patched = await h.call(asAnna, {
      method: 'PATCH',
      url: `/v1.0/me/events/${created.id}`,
      body: { subject: 'Mentoring: kick-off' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()['@odata.etag']).not.toBe(created['@odata.etag']);
    const deleted = await h.call(asAnna, { method: 'DELETE', url: `/v1.0/me/events/${created.id}` });
    expect(deleted.statusCode).toBe(204);
    const gone = await h.call(asAnna, { method: 'GET', url: `/v1.0/me/events/${created.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('ErrorItemNotFound');
  });

  it('lists the occurrences of a series through /instances', async () => {
    const { h, asAnna, meeting } = await setup();
    const recurrence = {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
      range: { type: 'numbered', startDate: '2026-03-10', numberOfOccurrences: 3 },
    };
    const series = (
      await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: { ...meeting, recurrence } })
    ).json();
    expect(series.type).toBe('seriesMaster');
    expect(series.recurrence.range).toEqual({
      type: 'numbered',
      startDate: '2026-03-10',
      endDate: '0001-01-01',
      recurrenceTimeZone: 'W. Europe Standard Time',
      numberOfOccurrences: 3,
    });
    const res = await h.call(asAnna, {
      method: 'GET',
      url: `/v1.0/me/events/${series.id}/instances?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-04-01T00:00:00Z`,
    });
    expect(res.json().value.map((o: { type: string; seriesMasterId: string }) => [o.type, o.seriesMasterId])).toEqual(
      Array(3).fill(['occurrence', series.id]),
    );
  });
});

describe('meeting actions', () => {
  it("answers an attendee's accept with 202 and shows it on the organiser's event", async () => {
    const { h, asAnna, asBruno, meeting, bruno } = await setup();
    const created = (await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: meeting })).json();
    const copy = (await h.call(asBruno, { method: 'GET', url: '/v1.0/me/events' })).json().value[0];
    const res = await h.call(asBruno, {
      method: 'POST',
      url: `/v1.0/me/events/${copy.id}/accept`,
      body: { comment: 'See you there', sendResponse: true },
    });
    expect(res.statusCode).toBe(202);
    expect(res.body).toBe('');
    const organizer = (await h.call(asAnna, { method: 'GET', url: `/v1.0/me/events/${created.id}` })).json();
    expect(
      organizer.attendees.find((a: { emailAddress: { address: string } }) => a.emailAddress.address === bruno.mail)
        .status.response,
    ).toBe('accepted');
  });

  it("answers an attendee's cancel with 400 and the organiser's with 202", async () => {
    const { h, asAnna, asBruno, meeting } = await setup();
    const created = (await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: meeting })).json();
    const copy = (await h.call(asBruno, { method: 'GET', url: '/v1.0/me/events' })).json().value[0];
    const refused = await h.call(asBruno, {
      method: 'POST',
      url: `/v1.0/me/events/${copy.id}/cancel`,
      body: { comment: 'no' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe(
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    );
    const cancelled = await h.call(asAnna, {
      method: 'POST',
      url: `/v1.0/me/events/${created.id}/cancel`,
      body: exampleJson('event-cancel.request.json'),
    });
    expect(cancelled.statusCode).toBe(202);
    expect(cancelled.body).toBe('');
    expect((await h.call(asBruno, { method: 'GET', url: `/v1.0/me/events/${copy.id}` })).json().isCancelled).toBe(true);
  });

  it('refuses to turn an online meeting back off with 400', async () => {
    const { h, asAnna, meeting } = await setup();
    const created = (
      await h.call(asAnna, {
        method: 'POST',
        url: '/v1.0/me/events',
        body: { ...meeting, isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' },
      })
    ).json();
    const res = await h.call(asAnna, {
      method: 'PATCH',
      url: `/v1.0/me/events/${created.id}`,
      body: { isOnlineMeeting: false },
    });
    expect(res.statusCode).toBe(400);
  });

  it("accepts the documentation's update sample, ignoring its read-only properties", async () => {
    const { h, asAnna, meeting } = await setup();
    const created = (await h.call(asAnna, { method: 'POST', url: '/v1.0/me/events', body: meeting })).json();
    const res = await h.call(asAnna, {
      method: 'PATCH',
      url: `/v1.0/me/events/${created.id}`,
      body: exampleJson('event-update.request.json'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      isOnlineMeeting: true,
      reminderMinutesBeforeStart: 99,
      categories: ['Red category'],
      originalStartTimeZone: 'W. Europe Standard Time',
    });
  });
});
