import { describe, expect, it } from 'vitest';
import { example as sharedExample } from '../../helpers/shape.js';
import { appCaller, romeTeam, userCaller } from './fixtures.js';
import { ORIGIN, buildHarness } from './harness.js';

// Samples from Microsoft's documentation, in test/fixtures/graph.
const exampleJson = (name: string) => sharedExample(name) as Record<string, unknown>;

async function setup() {
  const team = romeTeam();
  const h = await buildHarness(team.people);
  return { ...team, h };
}

const scheduleBody = (schedules: string[]) => ({
  schedules,
  startTime: { dateTime: '2026-03-17T08:00:00', timeZone: 'W. Europe Standard Time' },
  endTime: { dateTime: '2026-03-17T18:00:00', timeZone: 'W. Europe Standard Time' },
  availabilityViewInterval: 60,
});

describe('POST /calendar/getSchedule', () => {
  it("answers in the shape of the documentation's sample, in the zone asked for", async () => {
    const { h, anna, bruno, carla } = await setup();
    const res = await h.call(userCaller(anna, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody([bruno.mail, carla.mail]),
      headers: { prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['preference-applied']).toBe('outlook.timezone="Pacific Standard Time"');
    const body = res.json();
    expect(body['@odata.context']).toBe(`${ORIGIN}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`);
    const sample = (exampleJson('calendar-getschedule.response.json').value as Record<string, unknown>[])[0]!;
    for (const info of body.value) {
      expect(Object.keys(info)).toEqual(Object.keys(sample));
      expect(info.availabilityView).toMatch(/^[0-4]{10}$/);
      for (const item of info.scheduleItems) expect(item.start.timeZone).toBe('Pacific Standard Time');
    }
    expect(body.value.map((i: { scheduleId: string }) => i.scheduleId)).toEqual([bruno.mail, carla.mail]);
  });

  it('shows the weekly team meeting as busy for everyone in the team', async () => {
    const { h, anna, bruno, carla } = await setup();
    const res = await h.call(appCaller(['Calendars.Read']), {
      method: 'POST',
      url: `/v1.0/users/${anna.id}/calendar/getSchedule`,
      body: scheduleBody([bruno.mail, carla.mail]),
    });
    // Tuesday 17 March, 10:00-10:30 Rome: the third hourly interval from 08:00.
    for (const info of res.json().value) expect(info.availabilityView[2]).toBe('2');
  });

  it('sees a meeting booked through the events routes', async () => {
    const { h, anna, bruno } = await setup();
    await h.call(userCaller(anna, ['Calendars.ReadWrite']), {
      method: 'POST',
      url: '/v1.0/me/events',
      body: {
        subject: 'Mentoring',
        showAs: 'oof',
        start: { dateTime: '2026-03-17T17:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-03-17T18:00:00', timeZone: 'W. Europe Standard Time' },
      },
    });
    const res = await h.call(userCaller(bruno, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody([anna.mail]),
    });
    expect(res.json().value[0].availabilityView[9]).toBe('3');
  });

  it('answers an address outside the tenant with an error for that schedule only', async () => {
    const { h, anna, bruno } = await setup();
    const res = await h.call(userCaller(anna, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody([bruno.mail, 'someone@fabrikam.example']),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().value[1]).toEqual({
      scheduleId: 'someone@fabrikam.example',
      error: {
        message: 'Unable to resolve e-mail address someone@fabrikam.example to an Active Directory object.',
        responseCode: 'ErrorMailRecipientNotFound',
      },
    });
  });

  it('refuses 101 schedules with 400 ErrorMailboxDataArrayTooBig', async () => {
    const { h, anna } = await setup();
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@contoso.example`);
    const res = await h.call(userCaller(anna, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody(many),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('ErrorMailboxDataArrayTooBig');
  });

  it('refuses an unknown Prefer time zone with TimeZoneNotSupportedException', async () => {
    const { h, anna, bruno } = await setup();
    const res = await h.call(userCaller(anna, ['Calendars.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody([bruno.mail]),
      headers: { prefer: 'outlook.timezone="Local"' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TimeZoneNotSupportedException');
  });

  it('needs a calendar permission', async () => {
    const { h, anna, bruno } = await setup();
    const res = await h.call(userCaller(anna, ['User.Read']), {
      method: 'POST',
      url: '/v1.0/me/calendar/getSchedule',
      body: scheduleBody([bruno.mail]),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ErrorAccessDenied');
  });
});

describe('POST /findMeetingTimes', () => {
  it('refuses an application token with 403 ErrorAccessDenied', async () => {
    const { h, anna } = await setup();
    const res = await h.call(appCaller(['Calendars.ReadWrite']), {
      method: 'POST',
      url: `/v1.0/users/${anna.id}/findMeetingTimes`,
      body: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ErrorAccessDenied');
  });

  it('needs a .Shared calendar scope', async () => {
    const { h, anna } = await setup();
    const res = await h.call(userCaller(anna, ['Calendars.ReadWrite']), {
      method: 'POST',
      url: '/v1.0/me/findMeetingTimes',
      body: {},
    });
    expect(res.statusCode).toBe(403);
  });

  it("answers the documentation's sample request in the documented shape", async () => {
    const { h, anna, bruno } = await setup();
    const body = exampleJson('user-findmeetingtimes.request.json');
    (body.attendees as { emailAddress: { address: string } }[])[0]!.emailAddress.address = bruno.mail;
    (body.timeConstraint as { timeSlots: unknown[] }).timeSlots = [
      {
        start: { dateTime: '2026-03-16T09:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-03-18T17:00:00', timeZone: 'W. Europe Standard Time' },
      },
    ];
    const res = await h.call(userCaller(anna, ['Calendars.Read.Shared']), {
      method: 'POST',
      url: '/v1.0/me/findMeetingTimes',
      body,
      headers: { prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['preference-applied']).toBe('outlook.timezone="W. Europe Standard Time"');
    const result = res.json();
    const sample = exampleJson('user-findmeetingtimes.response.json');
    expect(Object.keys(result)).toEqual(Object.keys(sample));
    expect(result.emptySuggestionsReason).toBe('');
    const first = result.meetingTimeSuggestions[0];
    expect(Object.keys(first)).toEqual(Object.keys((sample.meetingTimeSuggestions as Record<string, unknown>[])[0]!));
    expect(first).toMatchObject({ confidence: 100, order: 1, locations: [{ displayName: 'Conf room Hood' }] });
    expect(first.attendeeAvailability).toEqual([
      { availability: 'free', attendee: { emailAddress: { address: bruno.mail } } },
    ]);
    expect(first.meetingTimeSlot.start.timeZone).toBe('W. Europe Standard Time');
  });

  it('gives the same suggestions for the same request', async () => {
    const { h, anna, carla } = await setup();
    const call = () =>
      h.call(userCaller(anna, ['Calendars.ReadWrite.Shared']), {
        method: 'POST',
        url: '/v1.0/me/findMeetingTimes',
        body: { attendees: [{ type: 'required', emailAddress: { address: carla.mail } }] },
      });
    expect((await call()).json()).toEqual((await call()).json());
  });
});
