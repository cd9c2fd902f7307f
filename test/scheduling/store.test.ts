import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { goalsWithProgress } from '../../server/scheduling/progress.js';
import { checkinsOf, saveCheckin } from '../../server/scheduling/store/checkins.js';
import { insertBookedSessions, sessionsOfPairs } from '../../server/scheduling/store/occurrences.js';
import {
  insertSeries,
  latestSeriesOfPerson,
  liveSeriesOfPair,
  markBooked,
  setSeriesStatus,
} from '../../server/scheduling/store/series.js';
import { tandemSessions } from '../../server/scheduling/store/sessions.js';
import { createTestDb } from '../helpers/db.js';

// Scheduling's store on the real database: what it reads back is what the meetings list, the
// planner and the check-ins rely on.

const DAY = 86_400_000;
const NOW = Date.parse('2027-03-01T07:00:00Z');
const tenant = randomUUID();
const [mentor, mentee, other] = [randomUUID(), randomUUID(), randomUUID()];

let db: Db;

/** A series of the pair in its own generation, booked unless told otherwise, with sessions at these starts. */
async function series(
  pairId: string,
  generation: number,
  starts: number[],
  people = { organizerId: mentor, attendeeId: mentee },
): Promise<string> {
  const id = randomUUID();
  await insertSeries(db, tenant, {
    id,
    pairId,
    generation,
    ...people,
    cadence: 'weekly',
    durationMinutes: 30,
    transactionId: `tandem-${id}`,
    avoid: [],
  });
  await markBooked(
    db,
    tenant,
    id,
    {
      eventId: `event-${id}`,
      joinUrl: null,
      timeZone: 'Europe/Rome',
      localStart: '2027-03-01T09:00:00',
      start: starts[0] ?? NOW,
      recurrence: {},
    },
    NOW,
  );
  await insertBookedSessions(
    db,
    tenant,
    id,
    starts.map((start) => ({ originalStart: start, start, end: start + 30 * 60_000, skipped: false })),
  );
  return id;
}

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

describe('the scheduling store', () => {
  it('lists the newest series of each of a person’s pairs, whether they organize or attend', async () => {
    const pairA = randomUUID();
    const pairB = randomUUID();
    const old = await series(pairA, 1, [NOW - 3 * DAY]);
    await setSeriesStatus(db, tenant, old, 'replaced');
    const newer = await series(pairA, 2, [NOW + DAY]);
    const attended = await series(pairB, 1, [NOW + 2 * DAY], { organizerId: other, attendeeId: mentor });
    const mine = await latestSeriesOfPerson(db, tenant, mentor);
    expect(mine.map((s) => s.id).sort()).toEqual([newer, attended].sort());
    expect((await liveSeriesOfPair(db, tenant, pairA))?.id).toBe(newer);
    expect((await latestSeriesOfPerson(db, tenant, mentee)).map((s) => s.id)).toEqual([newer]);
  });

  it('gives a pair’s sessions of every generation that started in the last 120 days, soonest first', async () => {
    const pair = randomUUID();
    const first = await series(pair, 1, [NOW - 200 * DAY, NOW - 10 * DAY]);
    await setSeriesStatus(db, tenant, first, 'replaced');
    const second = await series(pair, 2, [NOW + 7 * DAY, NOW - DAY]);
    const sessions = await sessionsOfPairs(db, tenant, [pair], NOW);
    expect(sessions.map((s) => [s.seriesId, s.start])).toEqual([
      [first, NOW - 10 * DAY],
      [second, NOW - DAY],
      [second, NOW + 7 * DAY],
    ]);
    expect(sessions.every((s) => s.pairId === pair && s.status === 'scheduled' && s.lastChange === null)).toBe(true);
    expect(await sessionsOfPairs(db, tenant, [], NOW)).toEqual([]);
  });

  it('keeps the sessions of booked series in each person’s way, and no others', async () => {
    const person = randomUUID();
    const partner = randomUUID();
    await series(randomUUID(), 1, [NOW + DAY], { organizerId: person, attendeeId: partner });
    const cancelled = await series(randomUUID(), 1, [NOW + 2 * DAY], { organizerId: partner, attendeeId: person });
    await setSeriesStatus(db, tenant, cancelled, 'cancelled');
    const busy = await tandemSessions(db, tenant, [person, partner], NOW, NOW + 56 * DAY);
    expect(busy.get(person)).toEqual([{ start: NOW + DAY, end: NOW + DAY + 30 * 60_000 }]);
    expect(busy.get(partner)).toEqual([{ start: NOW + DAY, end: NOW + DAY + 30 * 60_000 }]);
  });

  it('books a series that is booking once: a second booking finds it booked already', async () => {
    const id = randomUUID();
    await insertSeries(db, tenant, {
      id,
      pairId: randomUUID(),
      generation: 1,
      organizerId: mentor,
      attendeeId: mentee,
      cadence: 'monthly',
      durationMinutes: 60,
      transactionId: `tandem-${id}`,
      avoid: [],
    });
    const booked = {
      eventId: 'e1',
      joinUrl: 'https://teams.example/1',
      timeZone: 'Europe/Rome',
      localStart: '2027-03-02T09:00:00',
      start: NOW + DAY,
      recurrence: {},
    };
    expect(await markBooked(db, tenant, id, booked, NOW)).toBe(true);
    expect(await markBooked(db, tenant, id, { ...booked, eventId: 'e2' }, NOW)).toBe(false);
  });

  it('reads check-ins back to their author only', async () => {
    const occurrenceId = randomUUID();
    await saveCheckin(db, tenant, mentee, occurrenceId, { happened: true, usefulness: 5, confidence: 4, note: 'mine' });
    await saveCheckin(db, tenant, mentor, occurrenceId, {
      happened: true,
      usefulness: 2,
      confidence: null,
      note: null,
    });
    expect((await checkinsOf(db, tenant, mentee, [occurrenceId])).get(occurrenceId)).toMatchObject({
      usefulness: 5,
      note: 'mine',
    });
    expect((await checkinsOf(db, tenant, mentor, [occurrenceId])).get(occurrenceId)).toMatchObject({
      usefulness: 2,
      note: null,
    });
    expect(await checkinsOf(db, tenant, other, [occurrenceId])).toEqual(new Map());
  });
});

describe('goals with their progress', () => {
  it('names each goal from the catalogue, leaves out ids it no longer has, and starts at 0', () => {
    expect(goalsWithProgress(['grow_as_leader', 'time_travel'], new Map([['grow_as_leader', 40]]))).toEqual([
      { id: 'grow_as_leader', label: { en: 'Grow as a leader', it: 'Crescere come leader' }, progress: 40 },
    ]);
    expect(goalsWithProgress(['grow_as_leader'], undefined)).toEqual([expect.objectContaining({ progress: 0 })]);
  });
});
