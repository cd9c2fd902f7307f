import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jobs } from '../../server/jobs/queue.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import {
  calendarView,
  insideHours,
  overlaps,
  seedActivePairs,
  syncDirectory,
  testJobs,
  waitForQuiet,
  workingHours,
  type Hours,
} from '../helpers/scheduling.js';

// Booking through the real workers, against sandbox calendars that are full of realistic busy
// time, in the weeks when Rome and New York are an hour closer than usual: the US moves its
// clocks on 2027-03-14, Europe on 2027-03-28, and the 56 days read from 2027-03-01 span both.

const NOW = Date.parse('2027-03-01T07:00:00Z');
const HORIZON = 56 * 86_400_000;

let h: TestApp;
let jobs: Jobs;
let pairIds: string[];
const people = new Map<string, Hours>();

beforeAll(async () => {
  h = await buildTestApp({
    size: 300,
    sandbox: { clock: { now: () => NOW } },
    deps: { clock: { now: () => NOW }, workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *' } },
  });
  await syncDirectory(h.db, h.t.identity, h.t.sandbox.tenantId, '2027-03-01');
  jobs = await testJobs(h.db);
  const everyone = h.t.sandbox.state.directory.all().filter((p) => p.accountEnabled && p.mailbox.workingHours);
  const inCity = (city: string) => everyone.filter((p) => p.city === city);
  const italy = [...inCity('Milano'), ...inCity('Roma')];
  const ny = inCity('New York');
  const london = inCity('London');
  const bangalore = inCity('Bangalore');
  const pairs = [
    // Rome/Milan mentors with New York mentees, and the other way round.
    ...Array.from({ length: 2 }, (_, i) => ({
      mentorId: italy[i]!.id,
      menteeId: ny[i]!.id,
      cadence: 'weekly' as const,
    })),
    ...Array.from({ length: 2 }, (_, i) => ({
      mentorId: ny[2 + i]!.id,
      menteeId: italy[2 + i]!.id,
      cadence: 'biweekly' as const,
      minutes: 60 as const,
    })),
    // Same office; London and Bangalore with Italy.
    ...Array.from({ length: 4 }, (_, i) => ({
      mentorId: italy[10 + i]!.id,
      menteeId: italy[20 + i]!.id,
      minutes: 30 as const,
    })),
    ...Array.from({ length: 3 }, (_, i) => ({
      mentorId: london[i]!.id,
      menteeId: italy[30 + i]!.id,
      cadence: 'monthly' as const,
    })),
    ...Array.from({ length: 2 }, (_, i) => ({
      mentorId: italy[35 + i]!.id,
      menteeId: bangalore[i]!.id,
      cadence: 'weekly' as const,
    })),
    // One mentor with three mentees: never stacked back to back.
    ...Array.from({ length: 3 }, (_, i) => ({
      mentorId: italy[40]!.id,
      menteeId: italy[41 + i]!.id,
      cadence: 'weekly' as const,
    })),
  ];
  pairIds = await seedActivePairs(h.db, jobs, h.t.sandbox.tenantId, pairs);
  await waitForQuiet(h.db, jobs);
  for (const id of new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId])))
    people.set(id, await workingHours(h.t.graph, id));
}, 120_000);
afterAll(async () => {
  await jobs?.stop();
  await h?.close();
});

const series = () =>
  h.db.query<{
    id: string;
    pair_id: string;
    status: string;
    problem: string | null;
    organizer_id: string;
    attendee_id: string;
    event_id: string | null;
    join_url: string | null;
    transaction_id: string;
  }>(
    `SELECT id, pair_id, status, problem, organizer_id, attendee_id, event_id, join_url, transaction_id FROM meeting_series`,
  );
const sessions = (seriesId: string) =>
  h.db.query<{ starts_at: Date; ends_at: Date }>(
    `SELECT starts_at, ends_at FROM meeting_occurrences WHERE series_id = $1 AND status = 'scheduled' ORDER BY starts_at`,
    [seriesId],
  );

describe('booking new pairs', () => {
  it('books one series per pair, with a Teams link, or says why not', async () => {
    const all = await series();
    expect(all).toHaveLength(pairIds.length);
    expect(new Set(all.map((s) => s.pair_id)).size).toBe(pairIds.length);
    for (const s of all) {
      if (s.status === 'needs_attention') expect(s.problem).toMatch(/no_free_slot|no_shared_hours|no_working_hours/);
      else
        expect(s).toMatchObject({
          status: 'booked',
          event_id: expect.any(String),
          join_url: expect.stringMatching(/^https:\/\//),
        });
    }
    expect(all.filter((s) => s.status === 'booked').length).toBe(pairIds.length);
  });

  it('puts the series in the mentor calendar as organizer, with the mentee invited and a recurrence', async () => {
    for (const s of (await series()).filter((x) => x.status === 'booked')) {
      const event = (await h.t.graph.api(`/users/${s.organizer_id}/events/${s.event_id}`).get()) as {
        subject: string;
        recurrence: { pattern: { type: string } };
        attendees: { emailAddress: { address: string } }[];
      };
      expect(event).toMatchObject({
        type: 'seriesMaster',
        isOrganizer: true,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        transactionId: s.transaction_id,
      });
      expect(event.recurrence.pattern.type).toMatch(/weekly|relativeMonthly/);
      const mentee = h.t.sandbox.state.directory.get(s.attendee_id)!;
      expect(event.attendees.map((a) => a.emailAddress.address.toLowerCase())).toEqual([mentee.mail.toLowerCase()]);
      expect(event.subject).toMatch(/^Tandem/);
      // The mentee's own calendar has the invitation, at the same times.
      const theirs = (await calendarView(h.t.graph, s.attendee_id, NOW, NOW + HORIZON)).filter(
        (e) => e.subject === event.subject && !e.isCancelled,
      );
      const ours = await sessions(s.id);
      // Sessions someone was busy for were moved or skipped, as exceptions of the series.
      expect(theirs.map((e) => e.start).sort()).toEqual(ours.map((o) => o.starts_at.getTime()));
    }
  });

  it('overlaps nobody’s busy time, for every session in the next 56 days', async () => {
    for (const s of (await series()).filter((x) => x.status === 'booked')) {
      const ours = await sessions(s.id);
      expect(ours.length).toBeGreaterThan(0);
      for (const person of [s.organizer_id, s.attendee_id]) {
        const busy = (await calendarView(h.t.graph, person, NOW, NOW + HORIZON)).filter(
          (e) =>
            !e.subject.startsWith('Tandem') && !e.isCancelled && e.showAs !== 'free' && e.showAs !== 'workingElsewhere',
        );
        for (const o of ours) {
          const clash = busy.find((b) => overlaps(b, { start: o.starts_at.getTime(), end: o.ends_at.getTime() }));
          expect(clash, `${person} at ${o.starts_at.toISOString()}`).toBeUndefined();
        }
      }
    }
  });

  it('keeps every session inside both people’s working hours in their own zones, through both DST changes', async () => {
    let crossing = 0;
    for (const s of (await series()).filter((x) => x.status === 'booked')) {
      for (const o of await sessions(s.id)) {
        for (const person of [s.organizer_id, s.attendee_id]) {
          expect(
            insideHours(people.get(person)!, o.starts_at.getTime(), o.ends_at.getTime()),
            `${person} at ${o.starts_at.toISOString()}`,
          ).toBe(true);
        }
        if (
          o.starts_at.getTime() > Date.parse('2027-03-14T12:00:00Z') &&
          o.starts_at.getTime() < Date.parse('2027-03-28T00:00:00Z')
        )
          crossing++;
      }
    }
    // The gap weeks were really checked, not skipped.
    expect(crossing).toBeGreaterThan(5);
  });

  it('never stacks one person’s sessions closer than 30 minutes', async () => {
    const byPerson = new Map<string, { start: number; end: number }[]>();
    for (const s of (await series()).filter((x) => x.status === 'booked')) {
      for (const o of await sessions(s.id)) {
        for (const p of [s.organizer_id, s.attendee_id])
          byPerson.set(p, [...(byPerson.get(p) ?? []), { start: o.starts_at.getTime(), end: o.ends_at.getTime() }]);
      }
    }
    const mentorOfThree = [...byPerson.values()].reduce((a, b) => (b.length > a.length ? b : a));
    expect(mentorOfThree.length).toBeGreaterThan(20);
    for (const list of byPerson.values()) {
      list.sort((a, b) => a.start - b.start);
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.start - list[i - 1]!.end).toBeGreaterThanOrEqual(30 * 60_000);
    }
  });

  it('tells both people, in the outbox written with the booking', async () => {
    const booked = (await series()).filter((x) => x.status === 'booked');
    const [n] = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'meetingBooked'`,
    );
    expect(n!.n).toBe(2 * booked.length);
  });
});
