import { describe, expect, it } from 'vitest';
import { parseEventPatch } from '../../../server/sandbox/calendar/event-input.js';
import { CalendarStore } from '../../../server/sandbox/calendar/store.js';
import { FixtureDirectory, TestClock, romeTeam } from './fixtures.js';

const NOW = Date.UTC(2026, 2, 2, 8);
const HOUR = 3_600_000;

function setup() {
  const team = romeTeam();
  const clock = new TestClock(NOW);
  const directory = new FixtureDirectory(team.people);
  const store = new CalendarStore({ directory, clock });
  const body = (b: Record<string, unknown>) => parseEventPatch(b, (a) => directory.get(a)?.displayName);
  const meeting = (extra: Record<string, unknown> = {}) =>
    body({
      subject: 'Mentoring: first session',
      start: { dateTime: '2026-03-10T14:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-03-10T15:00:00', timeZone: 'W. Europe Standard Time' },
      attendees: [
        { type: 'required', emailAddress: { address: team.bruno.mail } },
        { type: 'required', emailAddress: { address: 'guest@fabrikam.example', name: 'Guest' } },
      ],
      ...extra,
    });
  return { ...team, clock, store, body, meeting };
}

describe('creating events', () => {
  it('returns the first event again for a repeated transactionId in the same mailbox', () => {
    const { store, anna, meeting } = setup();
    const first = store.create(anna, meeting({ transactionId: 'retry-1' }));
    const again = store.create(anna, meeting({ transactionId: 'retry-1', subject: 'changed on retry' }));
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.event.id).toBe(first.event.id);
    expect(again.event.subject).toBe('Mentoring: first session');
    expect(store.list(anna)).toHaveLength(1);
  });

  it('does not send a second invitation for a repeated transactionId', () => {
    const { store, anna, bruno, meeting } = setup();
    store.create(anna, meeting({ transactionId: 'retry-1' }));
    store.create(anna, meeting({ transactionId: 'retry-1' }));
    expect(store.list(bruno)).toHaveLength(1);
  });

  it('treats the same transactionId in another mailbox as a different event', () => {
    const { store, anna, carla, meeting } = setup();
    const a = store.create(anna, meeting({ transactionId: 'shared-id' }));
    const c = store.create(carla, meeting({ transactionId: 'shared-id' }));
    expect(c.created).toBe(true);
    expect(c.event.id).not.toBe(a.event.id);
  });

  it("puts a copy in each attendee's calendar who is a person of the tenant", () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    const [copy] = store.list(bruno);
    expect(copy).toMatchObject({
      iCalUId: event.iCalUId,
      isOrganizer: false,
      subject: 'Mentoring: first session',
      start: event.start,
      responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
      showAs: 'tentative',
      organizer: { address: anna.mail },
    });
    expect(copy!.id).not.toBe(event.id);
  });

  it("fills in an attendee's display name from the directory and starts them at response none", () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    expect(event.attendees[0]).toEqual({
      type: 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: bruno.displayName, address: bruno.mail },
    });
  });

  it('makes a Teams meeting with a join URL and appends the join blob to the body', () => {
    const { store, anna, meeting } = setup();
    const { event } = store.create(
      anna,
      meeting({
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        body: { contentType: 'HTML', content: 'Agenda: goals' },
      }),
    );
    expect(event.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
    expect(event.onlineMeeting?.conferenceId).toMatch(/^\d{9}$/);
    expect(event.body.content).toContain('Agenda: goals');
    expect(event.body.content).toContain(event.onlineMeeting!.joinUrl);
  });

  it('refuses an end before the start', () => {
    const { store, anna, body } = setup();
    expect(() =>
      store.create(
        anna,
        body({
          start: { dateTime: '2026-03-10T15:00:00', timeZone: 'UTC' },
          end: { dateTime: '2026-03-10T14:00:00', timeZone: 'UTC' },
        }),
      ),
    ).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});

describe('responses', () => {
  it("records an acceptance on the attendee's copy and on the organiser's attendee list", () => {
    const { store, anna, bruno, meeting, clock } = setup();
    const { event } = store.create(anna, meeting());
    clock.ms += HOUR;
    store.respond(bruno, store.list(bruno)[0]!.id, 'accepted', true);
    expect(store.list(bruno)[0]).toMatchObject({
      responseStatus: { response: 'accepted', time: '2026-03-02T09:00:00.0000000Z' },
      showAs: 'busy',
    });
    expect(store.get(anna, event.id).attendees[0]!.status).toEqual({
      response: 'accepted',
      time: '2026-03-02T09:00:00.0000000Z',
    });
  });

  it('keeps a decline sent without a response from the organiser', () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    store.respond(bruno, store.list(bruno)[0]!.id, 'declined', false);
    expect(store.list(bruno)[0]).toMatchObject({ responseStatus: { response: 'declined' }, showAs: 'free' });
    expect(store.get(anna, event.id).attendees[0]!.status.response).toBe('none');
  });

  it('shows a tentative acceptance as tentative time', () => {
    const { store, anna, bruno, meeting } = setup();
    store.create(anna, meeting());
    store.respond(bruno, store.list(bruno)[0]!.id, 'tentativelyAccepted', true);
    expect(store.list(bruno)[0]!.showAs).toBe('tentative');
  });
});

describe('cancelling', () => {
  it("refuses a cancel by an attendee with Outlook's message", () => {
    const { store, anna, bruno, meeting } = setup();
    store.create(anna, meeting());
    expect(() => store.cancel(bruno, store.list(bruno)[0]!.id)).toThrow(
      expect.objectContaining({
        statusCode: 400,
        message: "Your request can't be completed. You need to be an organizer to cancel a meeting.",
      }),
    );
  });

  it("removes the organiser's event and marks the attendees' copies cancelled", () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    store.cancel(anna, event.id);
    expect(() => store.get(anna, event.id)).toThrow(
      expect.objectContaining({ statusCode: 404, code: 'ErrorItemNotFound' }),
    );
    expect(store.list(bruno)[0]).toMatchObject({ isCancelled: true, subject: 'Canceled: Mentoring: first session' });
  });

  it("frees the time of a cancelled meeting on the attendee's calendar", () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    store.cancel(anna, event.id);
    const busy = store.busy(bruno, event.start, event.end);
    expect(busy.some((b) => b.subject?.includes('Mentoring'))).toBe(false);
  });
});

describe('updating', () => {
  it("changes the changeKey and carries the organiser's new time to the attendees", () => {
    const { store, anna, bruno, meeting, body } = setup();
    const { event } = store.create(anna, meeting());
    const updated = store.update(
      anna,
      event.id,
      body({
        start: { dateTime: '2026-03-11T14:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-03-11T15:00:00', timeZone: 'W. Europe Standard Time' },
      }),
    );
    expect(updated.changeKey).not.toBe(event.changeKey);
    expect(store.list(bruno)[0]!.start).toBe(Date.UTC(2026, 2, 11, 13));
  });

  it('refuses to turn an online meeting back into an ordinary one', () => {
    const { store, anna, meeting, body } = setup();
    const { event } = store.create(anna, meeting({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }));
    expect(() => store.update(anna, event.id, body({ isOnlineMeeting: false }))).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });

  it('refuses to change the provider of an online meeting', () => {
    const { store, anna, meeting, body } = setup();
    const { event } = store.create(anna, meeting({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }));
    expect(() => store.update(anna, event.id, body({ onlineMeetingProvider: 'skypeForBusiness' }))).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });

  it('invites people added later and cancels the copies of people removed', () => {
    const { store, anna, bruno, carla, meeting, body } = setup();
    const { event } = store.create(anna, meeting());
    store.update(anna, event.id, body({ attendees: [{ emailAddress: { address: carla.mail } }] }));
    expect(store.list(carla)).toHaveLength(1);
    expect(store.list(bruno)[0]!.isCancelled).toBe(true);
  });

  it('refuses changes to generated baseline events', () => {
    const { store, bruno, body } = setup();
    const [generated] = store.calendarView(bruno, NOW, NOW + 7 * 24 * HOUR);
    expect(() => store.update(bruno, generated!.id, body({ subject: 'mine now' }))).toThrow(
      expect.objectContaining({ statusCode: 400 }),
    );
  });
});

describe('series', () => {
  const weekly = {
    start: { dateTime: '2026-03-16T09:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-03-16T09:30:00', timeZone: 'W. Europe Standard Time' },
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
      range: { type: 'numbered', startDate: '2026-03-16', numberOfOccurrences: 4 },
    },
  };
  const window = [Date.UTC(2026, 2, 1), Date.UTC(2026, 4, 1)] as const;

  it('creates a series master whose occurrences keep 09:00 Rome across the change to summer time', () => {
    const { store, anna, meeting } = setup();
    const { event } = store.create(anna, meeting(weekly));
    expect(event.type).toBe('seriesMaster');
    const occ = store.instances(anna, event.id, ...window);
    expect(occ.map((o) => o.type)).toEqual(['occurrence', 'occurrence', 'occurrence', 'occurrence']);
    expect(occ.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(occ.every((o) => o.seriesMasterId === event.id)).toBe(true);
  });

  it('gives each occurrence an id that stays the same whichever window finds it', () => {
    const { store, anna, meeting } = setup();
    const { event } = store.create(anna, meeting(weekly));
    const all = store.instances(anna, event.id, ...window);
    const late = store.instances(anna, event.id, Date.UTC(2026, 2, 29), window[1]);
    expect(late.map((o) => o.id)).toEqual(all.slice(2).map((o) => o.id));
    expect(store.get(anna, all[1]!.id).start).toBe(all[1]!.start);
  });

  it("gives the attendee's occurrences the organiser's per-occurrence iCalUIds", () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting(weekly));
    const hers = store.instances(anna, event.id, ...window).map((o) => o.iCalUId);
    const his = store.instances(bruno, store.list(bruno)[0]!.id, ...window).map((o) => o.iCalUId);
    expect(his).toEqual(hers);
    expect(new Set(hers).size).toBe(4);
  });

  it('cancels one occurrence for everyone when the organiser cancels it', () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting(weekly));
    const second = store.instances(anna, event.id, ...window)[1]!;
    store.cancel(anna, second.id);
    expect(store.instances(anna, event.id, ...window)).toHaveLength(3);
    const his = store.instances(bruno, store.list(bruno)[0]!.id, ...window);
    expect(his.map((o) => o.isCancelled)).toEqual([false, true, false, false]);
  });

  it('refuses to move an occurrence past the next one', () => {
    const { store, anna, meeting, body } = setup();
    const { event } = store.create(anna, meeting(weekly));
    const first = store.instances(anna, event.id, ...window)[0]!;
    expect(() =>
      store.update(
        anna,
        first.id,
        body({
          start: { dateTime: '2026-03-24T09:00:00', timeZone: 'W. Europe Standard Time' },
          end: { dateTime: '2026-03-24T09:30:00', timeZone: 'W. Europe Standard Time' },
        }),
      ),
    ).toThrow(expect.objectContaining({ statusCode: 400, code: 'ErrorOccurrenceCrossingBoundary' }));
  });

  it('moves an occurrence within its neighbours and marks it an exception', () => {
    const { store, anna, meeting, body } = setup();
    const { event } = store.create(anna, meeting(weekly));
    const first = store.instances(anna, event.id, ...window)[0]!;
    const moved = store.update(
      anna,
      first.id,
      body({
        start: { dateTime: '2026-03-17T11:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-03-17T11:30:00', timeZone: 'W. Europe Standard Time' },
      }),
    );
    expect(moved).toMatchObject({ id: first.id, type: 'exception', start: Date.UTC(2026, 2, 17, 10) });
  });
});

describe('reading calendars', () => {
  it('shows stored events and the generated baseline together in the calendar view', () => {
    const { store, anna, bruno, meeting } = setup();
    const { event } = store.create(anna, meeting());
    const view = store.calendarView(bruno, Date.UTC(2026, 2, 9), Date.UTC(2026, 2, 14));
    expect(view.some((e) => e.iCalUId === event.iCalUId)).toBe(true);
    expect(view.some((e) => e.subject === "Anna's team meeting")).toBe(true);
  });

  it("does not find an event through someone else's mailbox", () => {
    const { store, anna, carla, meeting } = setup();
    const { event } = store.create(anna, meeting());
    expect(() => store.get(carla, event.id)).toThrow(
      expect.objectContaining({ statusCode: 404, code: 'ErrorItemNotFound' }),
    );
  });
});
