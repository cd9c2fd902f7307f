import { Client, ResponseType, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';
import { example, shapeDiff } from '../helpers/shape.js';

// Contract tests: the sandbox answers with the shapes of the bodies Microsoft documents, copied
// into test/fixtures/graph (sources in its README.md).

let t: TestSandbox;
const raw = async (
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; headers?: Record<string, string> } = {},
) => {
  let req = t.graph
    .api(path)
    .responseType(ResponseType.RAW)
    .middlewareOptions([new RetryHandlerOptions(0, 0)]);
  if (init.headers) req = req.headers(init.headers);
  const res = (await (init.method === 'POST' ? req.post(init.body) : req.get())) as Response;
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
};

describe('the sandbox against documented Graph and Entra payloads', () => {
  beforeAll(async () => {
    t = await startTestSandbox({ size: 450, limits: { directoryRu: { small: 8_000, medium: 8_000, large: 8_000 } } });
  });
  afterAll(async () => t?.close());

  it('GET /users has the shape of users-list', async () => {
    const res = await raw('/users');
    expect(res.status).toBe(200);
    expect(shapeDiff(res.body, example('users-list.response.json'))).toEqual([]);
  });

  it('GET /users/{id}/manager has the shape of user-manager', async () => {
    const res = await raw(`/users/${persona(t, 'junior-dev').id}/manager`);
    expect(res.status).toBe(200);
    expect(shapeDiff(res.body, example('user-manager.response.json'))).toEqual([]);
  });

  it('$expand=manager($levels=max) nests the chain like user-expand-manager-levels-max', async () => {
    const res = await raw(
      `/users/${persona(t, 'junior-dev').id}?$expand=manager($levels=max;$select=id,displayName)&$select=id,displayName`,
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(res.status).toBe(200);
    expect(shapeDiff(res.body, example('user-expand-manager-levels-max.response.json'))).toEqual([]);
  });

  it('GET /users/{id}/directReports has the shape of user-directreports', async () => {
    const res = await raw(`/users/${persona(t, 'manager').id}/directReports`);
    expect(res.status).toBe(200);
    expect(shapeDiff(res.body, example('user-directreports.response.json'))).toEqual([]);
  });

  it('delta pages, removals, manager@delta and empty rounds have the documented shapes', async () => {
    const first = await raw('/users/delta?$select=displayName,givenName,surname');
    // Someone removed while the round is under way is reported as @removed later in the round.
    const last = t.sandbox.state.directory.all().at(-1)!;
    await t.admin(`/sandbox/v1/users/${last.id}/leave`, { method: 'POST', body: { permanent: true } });
    const pages = [first.body as { value: unknown[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string }];
    while (pages.at(-1)!['@odata.nextLink'])
      pages.push((await raw(pages.at(-1)!['@odata.nextLink']!)).body as (typeof pages)[number]);
    const everything = { ...pages[0], value: pages.flatMap((p) => p.value) };
    expect(shapeDiff(everything, example('users-delta-initial-page-with-removed.response.json'))).toEqual([]);
    expect(shapeDiff(pages.at(-1), example('users-delta-final-page-deltalink.response.json'))).toEqual([]);

    const managed = await raw(
      '/users/delta?$select=businessPhones,displayName,givenName,jobTitle,mail,officeLocation,preferredLanguage,surname,userPrincipalName,manager',
    );
    let link = (managed.body as { '@odata.nextLink'?: string })['@odata.nextLink'];
    let deltaLink = (managed.body as { '@odata.deltaLink'?: string })['@odata.deltaLink'];
    while (link) {
      const p = (await raw(link)).body as { '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
      link = p['@odata.nextLink'];
      deltaLink = p['@odata.deltaLink'];
    }
    const mover = persona(t, 'london');
    await t.admin(`/sandbox/v1/users/${mover.id}`, { method: 'PATCH', body: { managerId: persona(t, 'manager').id } });
    const leaver = t.sandbox.state.directory.all().at(-1)!;
    await t.admin(`/sandbox/v1/users/${leaver.id}/leave`, { method: 'POST', body: {} });
    const changes = await raw(deltaLink!);
    expect(shapeDiff(changes.body, example('users-delta-manager-delta.response.json'))).toEqual([]);
    const quiet = await raw((changes.body as { '@odata.deltaLink': string })['@odata.deltaLink']);
    expect(shapeDiff(quiet.body, example('users-delta-deltalink-no-changes.response.json'))).toEqual([]);
  });

  it('delta with Prefer: return=minimal returns only the changed properties', async () => {
    const start = await raw('/users/delta?$deltatoken=latest&$select=displayName,jobTitle,mobilePhone');
    const someone = persona(t, 'bangalore');
    await t.admin(`/sandbox/v1/users/${someone.id}`, {
      method: 'PATCH',
      body: { displayName: 'Priya S. Sharma', jobTitle: 'Lead Analyst' },
    });
    const res = await raw((start.body as { '@odata.deltaLink': string })['@odata.deltaLink'], {
      headers: { Prefer: 'return=minimal' },
    });
    const item = (res.body as { value: Record<string, unknown>[] }).value.find((v) => v.id === someone.id)!;
    expect(Object.keys(item).sort()).toEqual(['displayName', 'id', 'jobTitle']);
    expect(
      shapeDiff(res.body, example('users-delta-select-minimal.response.json'), '$', ['$.@odata.nextLink']),
    ).toEqual([]);
  });

  it('errors have the documented error shape, including 501 and 429 with Retry-After', async () => {
    const notImplemented = await raw('/users?$select=skills');
    expect(notImplemented.status).toBe(501);
    expect(shapeDiff(notImplemented.body, example('error-501-notimplemented.response.json'))).toEqual([]);
    expect(shapeDiff(notImplemented.body, example('error-generic-format.response.json'))).toEqual([]);

    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate429: 1, retryAfterSeconds: 2.128 } });
    const throttled = await raw('/users');
    await t.admin('/sandbox/v1/faults', { method: 'PUT', body: { rate429: 0 } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2.128');
    expect(shapeDiff(throttled.body, example('error-429-throttled.response.json'))).toEqual([]);
  });

  it('Entra metadata, keys, tokens and the consent error have the documented shapes', async () => {
    const tid = t.sandbox.tenantId;
    const common = await (await fetch(`${t.sandbox.origin}/common/v2.0/.well-known/openid-configuration`)).json();
    expect(shapeDiff(common, example('entra-openid-configuration-common-v2.response.json'))).toEqual([]);
    expect((common as { issuer: string }).issuer).toBe(`${t.sandbox.origin}/{tenantid}/v2.0`);
    const keys = await (await fetch(`${t.sandbox.origin}/common/discovery/v2.0/keys`)).json();
    expect(shapeDiff(keys, example('entra-discovery-v2-keys-common.response.json'))).toEqual([]);
    const discovery = await (
      await fetch(
        `${t.sandbox.origin}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${t.sandbox.origin}/${tid}/oauth2/v2.0/authorize`)}`,
      )
    ).json();
    expect(shapeDiff(discovery, example('entra-instance-discovery.response.json'))).toEqual([]);

    const junior = persona(t, 'junior-dev');
    const sso = await t.ssoToken(junior.id);
    const claims = JSON.parse(Buffer.from(sso.split('.')[1]!, 'base64url').toString()) as unknown;
    expect(shapeDiff(claims, example('entra-teams-sso-access-token-claims.example.json'), '$', ['$.e_exp'])).toEqual(
      [],
    );

    const form = (extra: Record<string, string>) =>
      new URLSearchParams({
        client_id: t.identity.clientId,
        client_secret: t.identity.clientSecret!,
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        assertion: sso,
        scope: 'https://graph.microsoft.com/User.Read offline_access',
        ...extra,
      });
    const obo = await fetch(`${t.sandbox.origin}/${tid}/oauth2/v2.0/token`, { method: 'POST', body: form({}) });
    expect(obo.status).toBe(200);
    expect(shapeDiff(await obo.json(), example('entra-obo-token.response.json'))).toEqual([]);

    await t.admin(`/sandbox/v1/users/${junior.id}/consent`, { method: 'PUT', body: { consented: false } });
    const refused = await fetch(`${t.sandbox.origin}/${tid}/oauth2/v2.0/token`, { method: 'POST', body: form({}) });
    expect(refused.status).toBe(400);
    expect(shapeDiff(await refused.json(), example('entra-obo-consent-required.error.json'))).toEqual([]);
  });

  it('mailbox settings, the calendar and getSchedule have the documented shapes', async () => {
    const mentor = persona(t, 'senior-exec');
    const settings = await raw(`/users/${mentor.id}/mailboxSettings`);
    expect(settings.status).toBe(200);
    expect(shapeDiff(settings.body, example('user-mailboxsettings.response.json'))).toEqual([]);
    const calendar = await raw(`/users/${mentor.id}/calendar`);
    expect(shapeDiff(calendar.body, example('calendar-get-online-meeting-providers.response.json'))).toEqual([]);

    const request = example('calendar-getschedule.request.json') as { schedules: string[] };
    const people = [persona(t, 'junior-dev'), persona(t, 'manager')];
    const schedule = await raw(`/users/${mentor.id}/calendar/getSchedule`, {
      method: 'POST',
      body: {
        ...request,
        schedules: people.map((p) => p.userPrincipalName),
        startTime: { dateTime: '2026-12-07T08:00:00', timeZone: 'Pacific Standard Time' },
        endTime: { dateTime: '2026-12-07T17:00:00', timeZone: 'Pacific Standard Time' },
      },
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(schedule.status).toBe(200);
    // Optional members (subject, location, isPrivate of a busy item) appear only when an item has them.
    expect(
      shapeDiff(schedule.body, example('calendar-getschedule.response.json'), '$', [
        '$.value[].scheduleItems[].subject',
        '$.value[].scheduleItems[].location',
        '$.value[].scheduleItems[].isPrivate',
        '$.value[].workingHours.timeZone.@odata.type',
        '$.value[].workingHours.timeZone.bias',
        '$.value[].workingHours.timeZone.standardOffset',
        '$.value[].workingHours.timeZone.daylightOffset',
      ]),
    ).toEqual([]);
  });

  it('creating an online meeting answers 201 in the documented shape', async () => {
    const res = await raw(`/users/${persona(t, 'manager').id}/events`, {
      method: 'POST',
      body: example('user-post-event-online-meeting.request.json'),
      headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(res.status).toBe(201);
    expect(shapeDiff(res.body, example('user-post-event-online-meeting.response.json'))).toEqual([]);
  });

  it('findMeetingTimes answers suggestions and empty results in the documented shapes', async () => {
    const organiser = persona(t, 'manager');
    const obo = await t.msal.acquireTokenOnBehalfOf({
      oboAssertion: await t.ssoToken(organiser.id),
      scopes: ['https://graph.microsoft.com/Calendars.Read.Shared'],
    });
    const delegated = Client.initWithMiddleware({
      baseUrl: `${t.sandbox.origin}/`,
      customHosts: new Set(['localhost']),
      authProvider: { getAccessToken: async () => obo!.accessToken },
    });
    const ask = async (body: unknown) => {
      const res = (await delegated.api('/me/findMeetingTimes').responseType(ResponseType.RAW).post(body)) as Response;
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const sample = example('user-findmeetingtimes.request.json') as Record<string, unknown>;
    const attendees = [
      { type: 'required', emailAddress: { name: 'Giulia', address: persona(t, 'junior-dev').userPrincipalName } },
    ];
    const found = await ask({
      ...sample,
      attendees,
      timeConstraint: {
        activityDomain: 'work',
        timeSlots: [
          {
            start: { dateTime: '2026-12-07T09:00:00', timeZone: 'W. Europe Standard Time' },
            end: { dateTime: '2026-12-09T18:00:00', timeZone: 'W. Europe Standard Time' },
          },
        ],
      },
    });
    expect(found.status).toBe(200);
    expect(shapeDiff(found.body, example('user-findmeetingtimes.response.json'))).toEqual([]);

    const impossible = await ask({
      ...(example('findmeetingtimes-concept-empty.request.json') as Record<string, unknown>),
      attendees,
      meetingDuration: 'PT12H',
    });
    expect(impossible.status).toBe(200);
    expect(
      shapeDiff(impossible.body, example('findmeetingtimes-concept-empty-attendeesunavailable.response.json')),
    ).toEqual([]);
  });
});
