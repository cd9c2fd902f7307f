import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewSeries } from '../../server/graph/calendar.js';
import { DeltaExpired } from '../../server/graph/directory.js';
import type { Graph, TenantGraph } from '../../server/graph/facade.js';
import { persona, sandboxGraph, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Tandem's Graph facade against the sandbox tenant over HTTPS: the directory, mailboxes,
// calendars and the activity feed answer in Tandem's own types, as the functions before it did.

let t: TestSandbox;
let graph: Graph;
let tenant: TenantGraph;
let mentor: { id: string; userPrincipalName: string; displayName: string };
let mentee: { id: string; userPrincipalName: string; displayName: string };
beforeAll(async () => {
  t = await startTestSandbox({ size: 60 });
  graph = sandboxGraph(t);
  tenant = graph.forTenant(t.sandbox.tenantId);
  mentor = persona(t, 'senior-exec');
  mentee = persona(t, 'junior-dev');
});
afterAll(async () => t?.close());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const newSeries = (transactionId: string): NewSeries => ({
  organizerId: mentor.id,
  transactionId,
  subject: 'Tandem: mentoring',
  bodyHtml: '<p>Goals: public speaking</p>',
  timeZone: 'Europe/Rome',
  // 5 January 2027 is a Tuesday, after the sandbox's today.
  localStart: '2027-01-05T16:00:00',
  localEnd: '2027-01-05T16:45:00',
  recurrence: {
    pattern: { type: 'weekly', interval: 2, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
    range: { type: 'numbered', startDate: '2027-01-05', numberOfOccurrences: 4, recurrenceTimeZone: 'Europe/Rome' },
  },
  attendee: { address: mentee.userPrincipalName, name: mentee.displayName },
});

const WINDOW = { start: Date.parse('2027-01-01T00:00:00Z'), end: Date.parse('2027-03-01T00:00:00Z') };
const FIRST_START = Date.parse('2027-01-05T15:00:00Z');

describe("a tenant's Graph", () => {
  it('is made once per tenant', () => {
    expect(graph.forTenant(t.sandbox.tenantId)).toBe(tenant);
  });

  it('reads the whole directory in a delta round, ending with a delta link', async () => {
    const seen = new Set<string>();
    let url: string | undefined = tenant.directory.initialDeltaUrl();
    let deltaLink: string | undefined;
    while (url) {
      const page = await tenant.directory.readDeltaPage(url, true);
      for (const c of page.changes) if (c.kind === 'upsert') seen.add(c.person.id);
      url = page.nextLink;
      deltaLink = page.deltaLink;
    }
    expect(seen.size).toBe(t.sandbox.state.directory.all().length);
    expect(deltaLink).toMatch(/deltatoken/i);
  });

  it('says when a saved delta link has expired, so the directory is read again in full', async () => {
    let url: string | undefined = tenant.directory.initialDeltaUrl();
    let deltaLink: string | undefined;
    while (url) {
      const page = await tenant.directory.readDeltaPage(url, true);
      url = page.nextLink;
      deltaLink = page.deltaLink;
    }
    await t.script({ method: 'GET', path: '/users/delta', status: 400, code: 'syncStateNotFound' });
    await expect(tenant.directory.readDeltaPage(deltaLink!, false)).rejects.toBeInstanceOf(DeltaExpired);
    await t.script({ method: 'GET', path: '/users/delta', status: 410 });
    await expect(tenant.directory.readDeltaPage(deltaLink!, false)).rejects.toBeInstanceOf(DeltaExpired);
    expect((await tenant.directory.readDeltaPage(deltaLink!, false)).deltaLink).toBeTruthy();
  });

  it('reads mailbox settings of many people in one go, and of one, the same', async () => {
    const many = await tenant.mailboxes.readSettings([mentor.id, mentee.id]);
    expect([...many.keys()]).toEqual([mentor.id, mentee.id]);
    expect(await tenant.mailboxes.readOne(mentor.id)).toEqual(many.get(mentor.id));
    expect(many.get(mentor.id)?.workingHours?.startTime).toMatch(/^\d\d:\d\d/);
  });

  it('reads the skills a person lists in their profile', async () => {
    const skills = await tenant.mailboxes.readSkills(mentor.id);
    expect(Array.isArray(skills)).toBe(true);
    expect(skills.every((s) => typeof s === 'string')).toBe(true);
  });

  it('books a series once however often its create is sent, and finds it by its transactionId', async () => {
    const [first] = await tenant.calendar.createSeries([newSeries('facade-1')]);
    const [again] = await tenant.calendar.createSeries([newSeries('facade-1')]);
    if (!first?.ok || !again?.ok) throw new Error('the create was refused');
    expect(again.eventId).toBe(first.eventId);
    expect(first.start).toBe(FIRST_START);
    expect(first.end).toBe(FIRST_START + 45 * MINUTE);
    expect(first.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    const found = await tenant.calendar.findSeriesByTransaction(mentor.id, 'facade-1', {
      start: FIRST_START,
      end: FIRST_START + 45 * MINUTE,
    });
    expect(found).toBe(first.eventId);
  });

  it('follows a series: its instances, a moved one, and its cancellation', async () => {
    const [created] = await tenant.calendar.createSeries([newSeries('facade-2')]);
    if (!created?.ok) throw new Error('the create was refused');
    const series = [{ organizerId: mentor.id, eventId: created.eventId, attendeeAddress: mentee.userPrincipalName }];
    const [state] = await tenant.calendar.readSeriesStates(series, WINDOW);
    expect(state?.gone).toBe(false);
    expect(state?.instances.map((i) => i.originalStart)).toEqual([0, 14, 28, 42].map((d) => FIRST_START + d * DAY));

    const second = state!.instances[1]!;
    const moved = await tenant.calendar.moveOccurrence(mentor.id, second.eventId, {
      start: second.start + 60 * MINUTE,
      end: second.end + 60 * MINUTE,
    });
    expect(moved).toEqual({ ok: true, code: null });
    const changed = await tenant.calendar.changeOccurrences([
      {
        organizerId: mentor.id,
        eventId: created.eventId,
        changes: [{ originalStart: FIRST_START + 28 * DAY, move: null }],
      },
    ]);
    expect(changed).toBe(1);
    const [after] = await tenant.calendar.readSeriesStates(series, WINDOW);
    expect(after?.instances[1]?.start).toBe(second.start + 60 * MINUTE);
    expect(after?.instances.find((i) => i.originalStart === FIRST_START + 28 * DAY)?.cancelled ?? true).toBe(true);

    await tenant.calendar.cancelEvent(mentor.id, created.eventId, 'The pair has ended');
    await tenant.calendar.cancelEvent(mentor.id, created.eventId, 'Once more: already done');
    const [gone] = await tenant.calendar.readSeriesStates(series, WINDOW);
    expect(gone?.gone).toBe(true);
  });

  it('reads free/busy over a window, keyed by address, with the booked series as busy', async () => {
    const [created] = await tenant.calendar.createSeries([newSeries('facade-3')]);
    if (!created?.ok) throw new Error('the create was refused');
    const schedules = await tenant.calendar.readSchedules(
      [
        { id: mentor.id, address: mentor.userPrincipalName },
        { id: mentee.id, address: mentee.userPrincipalName },
      ],
      WINDOW,
    );
    const busy = schedules.get(mentor.userPrincipalName.toLowerCase())?.busy ?? [];
    expect(busy).toContainEqual({ start: FIRST_START, end: FIRST_START + 45 * MINUTE });
    expect(schedules.get(mentee.userPrincipalName.toLowerCase())?.error).toBeNull();
  });

  it('sends activity notifications and says which Teams took', async () => {
    const delivered = await tenant.activity.send(
      [mentor, mentee].map((p) => ({
        recipientId: p.id,
        activityType: 'meetingBooked',
        previewText: 'Tandem booked your session',
        topic: { text: 'Tandem', webUrl: 'https://teams.microsoft.com/l/entity/x/home' },
        parameters: { actor: 'Tandem', person: 'Someone' },
      })),
    );
    expect(delivered).toEqual([true, true]);
    const feed = (await (await t.admin(`/sandbox/v1/users/${mentee.id}/activities`)).json()) as {
      value: { activityType: string; templateParameters: unknown }[];
    };
    expect(feed.value.at(-1)).toMatchObject({
      activityType: 'meetingBooked',
      templateParameters: [
        { name: 'actor', value: 'Tandem' },
        { name: 'person', value: 'Someone' },
      ],
    });
  });

  it('reads a profile photo as bytes with its content type, and null for someone without one', async () => {
    const photo = await tenant.photos.read(mentee.id);
    expect(photo?.contentType).toBe('image/png');
    expect(photo?.bytes).toEqual(t.sandbox.state.photos.photoOf(t.sandbox.state.directory.get(mentee.id)!));
    expect(await tenant.photos.read(persona(t, 'intern').id)).toBeNull();
  });

  it('turns a photo read Graph refuses into Tandem’s error, not into "no photo"', async () => {
    await t.script({ method: 'GET', path: `/users/${mentee.id}/photo/$value`, status: 403 });
    await expect(tenant.photos.read(mentee.id)).rejects.toMatchObject({ code: 'graph_unavailable', statusCode: 502 });
    await t.script({ method: 'GET', path: `/users/${mentee.id}/photo/$value`, status: 429, retryAfterSeconds: 1 });
    // A 429 is waited out and asked again, as every read is.
    expect((await tenant.photos.read(mentee.id))?.contentType).toBe('image/png');
  });

  it('counts its requests and answers whether Graph is reachable', async () => {
    const before = tenant.requests();
    await tenant.reachable();
    expect(tenant.requests()).toBe(before + 1);
  });
});

describe("a person's Graph", () => {
  it('reads their own directory entry on their behalf', async () => {
    const me = await graph
      .asPerson(
        {
          tenantId: t.sandbox.tenantId,
          userId: mentee.id,
          name: mentee.displayName,
          username: mentee.userPrincipalName,
          roles: [],
        },
        await t.ssoToken(mentee.id),
      )
      .me();
    expect(me.id).toBe(mentee.id);
    expect(me.userPrincipalName).toBe(mentee.userPrincipalName);
    expect(me.managerId).toEqual(expect.any(String));
  });
});
