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

describe('GET /mailboxSettings', () => {
  it("answers with the documentation sample's members, for /me with its context", async () => {
    const { h, anna } = await setup();
    const res = await h.call(userCaller(anna, ['MailboxSettings.Read']), {
      method: 'GET',
      url: '/v1.0/me/mailboxSettings',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(Object.keys(exampleJson('user-mailboxsettings.response.json')));
    expect(body['@odata.context']).toBe(`${ORIGIN}/v1.0/$metadata#Me/mailboxSettings`);
    expect(body).toMatchObject({
      timeZone: 'W. Europe Standard Time',
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '09:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: 'W. Europe Standard Time' },
      },
      language: { locale: 'en-US', displayName: 'English (United States)' },
    });
  });

  it("serves a part-timer's own working days to an application", async () => {
    const { h, dario } = await setup();
    const res = await h.call(appCaller(['MailboxSettings.Read']), {
      method: 'GET',
      url: `/v1.0/users/${dario.id}/mailboxSettings/workingHours`,
    });
    expect(res.json()).toEqual({
      '@odata.context': `${ORIGIN}/v1.0/$metadata#users('${dario.id}')/mailboxSettings/workingHours`,
      daysOfWeek: ['monday', 'tuesday', 'wednesday'],
      startTime: '09:00:00.0000000',
      endTime: '17:00:00.0000000',
      timeZone: { name: 'W. Europe Standard Time' },
    });
  });

  it('answers the timeZone part as a single value', async () => {
    const { h, anna } = await setup();
    const res = await h.call(appCaller(['MailboxSettings.ReadWrite']), {
      method: 'GET',
      url: `/v1.0/users/${anna.mail}/mailboxSettings/timeZone`,
    });
    expect(res.json()).toEqual({
      '@odata.context': `${ORIGIN}/v1.0/$metadata#users('${anna.mail}')/mailboxSettings/timeZone`,
      value: 'W. Europe Standard Time',
    });
  });

  it('answers the language part', async () => {
    const { h, anna } = await setup();
    const res = await h.call(userCaller(anna, ['MailboxSettings.Read']), {
      method: 'GET',
      url: '/v1.0/me/mailboxSettings/language',
    });
    expect(res.json()).toMatchObject({ locale: 'en-US', displayName: 'English (United States)' });
  });

  it('answers an unknown part with 400', async () => {
    const { h, anna } = await setup();
    const res = await h.call(userCaller(anna, ['MailboxSettings.Read']), {
      method: 'GET',
      url: '/v1.0/me/mailboxSettings/shoeSize',
    });
    expect(res.statusCode).toBe(400);
  });

  it("refuses a delegated read of someone else's settings", async () => {
    const { h, anna, bruno } = await setup();
    const res = await h.call(userCaller(anna, ['MailboxSettings.Read']), {
      method: 'GET',
      url: `/v1.0/users/${bruno.id}/mailboxSettings`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ErrorAccessDenied');
  });

  it('refuses a token without MailboxSettings permissions', async () => {
    const { h, anna } = await setup();
    const res = await h.call(appCaller(['Calendars.Read']), {
      method: 'GET',
      url: `/v1.0/users/${anna.id}/mailboxSettings`,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /calendar', () => {
  it("lists Teams as the allowed and default online meeting provider, in the sample's shape", async () => {
    const { h, anna } = await setup();
    const res = await h.call(userCaller(anna, ['Calendars.Read']), { method: 'GET', url: '/v1.0/me/calendar' });
    const body = res.json();
    expect(Object.keys(body)).toEqual(Object.keys(exampleJson('calendar-get-online-meeting-providers.response.json')));
    expect(body).toMatchObject({
      '@odata.context': `${ORIGIN}/v1.0/$metadata#users('${anna.id}')/calendar/$entity`,
      allowedOnlineMeetingProviders: ['teamsForBusiness'],
      defaultOnlineMeetingProvider: 'teamsForBusiness',
      owner: { name: anna.displayName, address: anna.mail },
      canEdit: true,
    });
  });
});
