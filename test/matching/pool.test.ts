import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { loadPool } from '../../server/matching/context.js';
import type { StoredPair } from '../../server/matching/model.js';
import type { Enrolment, PairStatus } from '../../server/matching/schemas.js';
import { saveEnrolment } from '../../server/matching/store/enrolments.js';
import { insertPair } from '../../server/matching/store/pairs.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { createTestDb } from '../helpers/db.js';

// The pool a round or a suggestion draws from: matching's enrolments joined with org's facts about
// the people (through the people reader), on the real database.

const tenantId = randomUUID();
const ids = { mentor: '', mentee: '', both: '', paused: '', unplaced: '', left: '' };
let db: Db;

const enrolment = (over: Partial<Enrolment>): Enrolment => ({
  programmeId: 'mentoring',
  asMentor: false,
  asMentee: false,
  offers: [],
  wants: [],
  goals: [],
  languages: ['it-IT'],
  cadence: 'biweekly',
  meetingMinutes: 45,
  capacity: 2,
  paused: false,
  ...over,
});

const pair = (mentorId: string, menteeId: string, status: PairStatus): StoredPair => ({
  id: randomUUID(),
  programmeId: 'mentoring',
  mentorId,
  menteeId,
  status,
  source: 'request',
  score: 50,
  reasons: [],
  mentorConfirmed: true,
  menteeConfirmed: true,
  endedReason: null,
  flag: null,
  pausedUntil: null,
  createdAt: new Date().toISOString(),
});

async function person(level: number | null, removed = false): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO people (tenant_id, id, display_name, department, office_location, hire_date, level, manager_id, removed_at)
     VALUES ($1, $2, $3, 'Engineering', 'Milano', '2020-03-01', $4, NULL, $5)`,
    [tenantId, id, `Person ${id.slice(0, 4)}`, level, removed ? new Date() : null],
  );
  return id;
}

beforeAll(async () => {
  db = await createTestDb();
  ids.mentor = await person(6);
  ids.mentee = await person(2);
  ids.both = await person(4);
  ids.paused = await person(5);
  ids.unplaced = await person(null);
  ids.left = await person(7, true);
  await saveEnrolment(db, tenantId, ids.mentor, enrolment({ asMentor: true, capacity: 3, offers: ['leadership'] }));
  await saveEnrolment(
    db,
    tenantId,
    ids.mentee,
    enrolment({ asMentee: true, wants: ['leadership'], languages: ['en-GB'] }),
  );
  await saveEnrolment(db, tenantId, ids.both, enrolment({ asMentor: true, asMentee: true }));
  await saveEnrolment(db, tenantId, ids.paused, enrolment({ asMentor: true, paused: true }));
  await saveEnrolment(db, tenantId, ids.unplaced, enrolment({ asMentee: true }));
  await saveEnrolment(db, tenantId, ids.left, enrolment({ asMentor: true }));
  await db.transaction(async (tx) => {
    await insertPair(tx, tenantId, pair(ids.mentor, ids.mentee, 'active'));
    await insertPair(tx, tenantId, pair(ids.mentor, ids.both, 'ended'));
    await insertPair(tx, tenantId, pair(ids.mentor, ids.unplaced, 'proposed'));
  });
});
afterAll(async () => db?.close());

describe('the matching pool', () => {
  it('holds everyone enrolled and not paused who is placed and still in the organisation', async () => {
    const pool = await loadPool(db, createPeopleReader({ onZoneFallback: () => {} }), tenantId, 'mentoring');
    expect(pool.mentors.map((m) => m.participant.id).sort()).toEqual([ids.mentor, ids.both].sort());
    expect(pool.mentees.map((m) => m.id).sort()).toEqual([ids.mentee, ids.both].sort());
  });

  it('counts a mentor’s live pairs against their capacity, not the ended ones', async () => {
    const pool = await loadPool(db, createPeopleReader({ onZoneFallback: () => {} }), tenantId, 'mentoring');
    const mentor = pool.mentors.find((m) => m.participant.id === ids.mentor)!;
    expect(mentor).toMatchObject({ capacity: 3, load: 2 });
    expect(pool.mentors.find((m) => m.participant.id === ids.both)).toMatchObject({ capacity: 2, load: 0 });
  });

  it('takes the person’s place from org and what they enrolled with from matching', async () => {
    const pool = await loadPool(db, createPeopleReader({ onZoneFallback: () => {} }), tenantId, 'mentoring');
    expect(pool.mentees.find((m) => m.id === ids.mentee)).toEqual({
      id: ids.mentee,
      managerId: null,
      level: 2,
      department: 'Engineering',
      officeLocation: 'Milano',
      hireDate: '2020-03-01',
      languages: ['en-GB'],
      hours: null,
      offers: [],
      wants: ['leadership'],
      goals: [],
    });
  });

  it('is empty for a programmeId nobody joined', async () => {
    expect(await loadPool(db, createPeopleReader({ onZoneFallback: () => {} }), tenantId, 'reverse')).toEqual({
      mentors: [],
      mentees: [],
    });
  });
});
