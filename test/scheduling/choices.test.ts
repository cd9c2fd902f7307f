import { describe, expect, it } from 'vitest';
import { bestSlot, slotChoices } from '../../server/scheduling/choices.js';
import { freeSlots, type PersonWeek } from '../../server/scheduling/slots.js';
import { sessionLists, type ListedSession } from '../../server/scheduling/session-lists.js';
import type { Interval } from '../../server/time/ranges.js';

// Which free times are offered for moving a session, and what the Meetings view lists as coming.

const HOUR = 3_600_000;
const at = (iso: string): number => Date.parse(iso);
const weekdays = [1, 2, 3, 4, 5];
const rome = (busy: Interval[] = []): PersonWeek => ({
  timeZone: 'Europe/Rome',
  days: weekdays,
  start: '09:00',
  end: '18:00',
  busy,
});
const newYork = (busy: Interval[] = []): PersonWeek => ({
  timeZone: 'America/New_York',
  days: weekdays,
  start: '09:00',
  end: '17:00',
  busy,
});
const romeDay = (slot: Interval) => new Date(slot.start + HOUR).toISOString().slice(0, 10);

describe('slotChoices', () => {
  // Monday 7 to Friday 11 December 2026; Rome is UTC+1.
  const from = at('2026-12-07T00:00Z');
  const to = at('2026-12-12T00:00Z');
  const find = (weeks: PersonWeek[]) => freeSlots(weeks, { from, to, durationMinutes: 45, minNoticeMs: 0 });

  it('offers three times on three different days, the best first among them and soonest first in order', () => {
    const weeks = [rome(), rome()];
    const slots = find(weeks);
    const choices = slotChoices(slots, weeks, { timeZone: 'Europe/Rome' });
    expect(choices).toHaveLength(3);
    expect(new Set(choices.map(romeDay)).size).toBe(3);
    expect(choices).toContainEqual(bestSlot(slots, weeks));
    expect(choices.map((c) => c.start)).toEqual([...choices.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('takes the times that sit best in both working days: mid-afternoon in Rome is morning in New York', () => {
    const weeks = [rome(), newYork()];
    const choices = slotChoices(find(weeks), weeks, { timeZone: 'Europe/Rome' });
    // Shared hours: 15:00-18:00 Rome, 09:00-12:00 New York; the middle of that is best for both.
    for (const c of choices) {
      expect(c.start).toBeGreaterThanOrEqual(at(`${romeDay(c)}T14:00Z`));
      expect(c.end).toBeLessThanOrEqual(at(`${romeDay(c)}T17:00Z`));
    }
  });

  it('offers times at least an hour apart on one day when only that day is free', () => {
    // Busy every day but Wednesday the 9th.
    const busy = [
      { start: from, end: at('2026-12-09T00:00Z') },
      { start: at('2026-12-10T00:00Z'), end: to },
    ];
    const weeks = [rome(busy), rome()];
    const choices = slotChoices(find(weeks), weeks, { timeZone: 'Europe/Rome' });
    expect(choices).toHaveLength(3);
    expect(new Set(choices.map(romeDay))).toEqual(new Set(['2026-12-09']));
    for (let i = 1; i < choices.length; i++)
      expect(choices[i]!.start - choices[i - 1]!.start).toBeGreaterThanOrEqual(HOUR);
  });

  it('offers what there is when fewer times are free, and nothing when none is', () => {
    const weeks = [
      rome([
        { start: from, end: at('2026-12-09T16:30Z') },
        { start: at('2026-12-09T17:00Z'), end: to },
      ]),
      rome(),
    ];
    const slots = freeSlots(weeks, { from, to, durationMinutes: 30, minNoticeMs: 0 });
    expect(slotChoices(slots, weeks, { timeZone: 'Europe/Rome' })).toEqual([
      { start: at('2026-12-09T16:30Z'), end: at('2026-12-09T17:00Z') },
    ]);
    expect(slotChoices([], weeks, { timeZone: 'Europe/Rome' })).toEqual([]);
  });

  it('counts days in the zone it is given', () => {
    // 23:30-00:15 UTC is one day in Rome (00:30-01:15) but straddles two in UTC: days are Rome's.
    const weeks: PersonWeek[] = [
      { timeZone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00', busy: [] },
    ];
    const slots = [
      { start: at('2026-12-07T23:00Z'), end: at('2026-12-07T23:45Z') },
      { start: at('2026-12-08T01:00Z'), end: at('2026-12-08T01:45Z') },
    ];
    expect(slotChoices(slots, weeks, { timeZone: 'Europe/Rome', count: 2 })).toEqual(slots);
  });
});

describe('bestSlot', () => {
  it('is the slot nearest the middle of both days, the sooner of equals', () => {
    const weeks = [rome(), rome()];
    const slots = freeSlots(weeks, {
      from: at('2026-12-07T00:00Z'),
      to: at('2026-12-09T00:00Z'),
      durationMinutes: 60,
      minNoticeMs: 0,
    });
    // 09:00-18:00 Rome with lunch 12:30-14:00: the middle of the day, 13:30, is lunch, so 14:00-15:00
    // is nearest; Monday's and Tuesday's are equal, and Monday's is sooner.
    expect(bestSlot(slots, weeks)).toEqual({ start: at('2026-12-07T13:00Z'), end: at('2026-12-07T14:00Z') });
    expect(bestSlot([], weeks)).toBeUndefined();
  });
});

describe('sessionLists', () => {
  const now = at('2026-12-10T12:00Z');
  const session = (id: string, start: string, status: ListedSession['status'] = 'scheduled'): ListedSession => ({
    id,
    seriesId: 's1',
    start: at(start),
    end: at(start) + HOUR,
    status,
    lastChange: null,
  });
  const sessions = [
    session('past', '2026-12-03T09:00Z'),
    session('skipped', '2026-12-08T09:00Z', 'skipped'),
    session('coming', '2026-12-17T09:00Z'),
    session('later', '2026-12-24T09:00Z'),
  ];

  it('lists the coming sessions of a booked series, and the next one', () => {
    const lists = sessionLists(sessions, { id: 's1', status: 'booked' }, now);
    expect(lists.upcoming.map((x) => x.id)).toEqual(['coming', 'later']);
    expect(lists.next?.id).toBe('coming');
    expect(lists.past.map((x) => x.id)).toEqual(['past']);
  });

  for (const status of ['cancelling', 'cancelled', 'replaced'] as const)
    it(`lists nothing as coming once the series is ${status}, and keeps the past`, () => {
      const lists = sessionLists(sessions, { id: 's1', status }, now);
      expect(lists).toEqual({ next: undefined, upcoming: [], past: [sessions[0]] });
    });

  it('lists the past sessions of earlier series of the pair too', () => {
    const earlier = { ...session('earlier', '2026-11-26T09:00Z'), seriesId: 's0' };
    const lists = sessionLists([earlier, ...sessions], { id: 's1', status: 'booked' }, now);
    expect(lists.past.map((x) => x.id)).toEqual(['past', 'earlier']);
  });
});
