import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeGraph } from '../../server/compose.js';
import { takesMentees } from '../../server/matching/mentor-joined.js';
import type * as S from '../../server/matching/schemas.js';
import { sendNotifications } from '../../server/notify/sender.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { tabDeepLink } from '../../server/teams-app.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// The tab tells a mentee with no mentor free that Tandem will tell them in Teams when one joins who
// fits them: the promise kept, through the real app, the outbox and the sandbox's activity feed.

const now = Date.parse('2026-05-04T08:00:00Z');
const clock = { now: () => now };
const DAY = 24 * 60 * 60 * 1000;
let h: TestApp;

const id = (key: string) => persona(h.t, key).id;
const call = async (key: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(id(key))}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const join = async (
  key: string,
  programmeId: S.ProgrammeId,
  roles: { asMentor: boolean; asMentee: boolean },
  extra = {},
) => {
  const res = await call(key, 'PUT', `/api/enrolments/${programmeId}`, {
    ...roles,
    offers: ['negotiation'],
    wants: ['negotiation'],
    goals: [],
    // Everyone shares a language, so that only the rules under test keep people apart.
    languages: ['en-US', 'it-IT'],
    cadence: 'monthly',
    meetingMinutes: 30,
    capacity: 2,
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};
const sync = async () => {
  await call('hr-admin', 'POST', '/api/admin/org-sync', {});
  for (let i = 0; i < 200; i++) {
    if ((await call('hr-admin', 'GET', '/api/admin/org-sync')).body.status !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** Who is owed a "mentor joined" notification, by persona key, in the order they were owed. */
const told = async (keys: readonly string[]) => {
  const rows = await h.db.query<{ person_id: string }>(
    `SELECT person_id FROM notifications WHERE kind = 'mentorJoined' ORDER BY created_at, person_id`,
  );
  return rows.map((r) => keys.find((k) => id(k) === r.person_id) ?? r.person_id);
};
/** As if a day had passed since every notification so far (they are stamped by the database's clock). */
const aDayLater = () => h.db.query(`UPDATE notifications SET created_at = created_at - make_interval(hours => 25)`);
const feed = async (key: string) =>
  (
    (await (await h.t.admin(`/sandbox/v1/users/${id(key)}/activities`)).json()) as {
      value: { activityType: string; previewText: { content: string }; topic: { webUrl: string } }[];
    }
  ).value.filter((n) => n.activityType === 'mentorJoined');

const KEYS = ['intern', 'london', 'junior-dev', 'bangalore', 'director-rome'];

beforeAll(async () => {
  h = await buildTestApp({ size: 300, sandbox: { clock }, deps: { clock } });
  await sync();
  // Waiting in mentoring: the intern and London; Bangalore has a mentor, Giulia asked one and waits
  // for the answer. The director waits too, before becoming a mentor himself.
  for (const key of ['intern', 'london', 'junior-dev', 'bangalore', 'director-rome'])
    await join(key, 'mentoring', { asMentor: false, asMentee: true });
  // Waiting in the other programme.
  await join('senior-exec', 'reverse', { asMentor: false, asMentee: true });
  const tenantId = h.t.sandbox.tenantId;
  await h.db.query(
    `INSERT INTO pairs (tenant_id, id, programme_id, mentor_id, mentee_id, status, source, score, reasons)
     VALUES ($1, $2, 'mentoring', $3, $4, 'active', 'request', 50, '[]')`,
    [tenantId, randomUUID(), id('ceo'), id('bangalore')],
  );
  await h.db.query(
    `INSERT INTO match_requests (tenant_id, id, programme_id, mentor_id, mentee_id, requested_by, status, score, reasons,
                                 created_at, expires_at)
     VALUES ($1, $2, 'mentoring', $3, $4, $4, 'pending', 50, '[]', $5, $6)`,
    [tenantId, randomUUID(), id('ceo'), id('junior-dev'), new Date(now), new Date(now + 14 * DAY)],
  );
});
afterAll(async () => h?.close());

describe('a mentor joining a programme', () => {
  it('tells each mentee waiting there once, in their language, with a link to the Home', async () => {
    await join('director-rome', 'mentoring', { asMentor: true, asMentee: true });
    expect(await told(KEYS)).toEqual(['intern', 'london']);
    const people = createPeopleReader({ onZoneFallback: () => undefined });
    expect((await sendNotifications({ db: h.db, graph: composeGraph(h.t.identity), people })).failed).toBe(0);
    const intern = await feed('intern');
    expect(intern).toHaveLength(1);
    expect(intern[0]!.previewText.content).toBe(
      "In Mentoring c'è una persona in più che fa da mentor: guarda chi fa per te",
    );
    expect(intern[0]!.topic.webUrl).toBe(tabDeepLink());
    expect((await feed('london'))[0]!.previewText.content).toBe(
      'A new mentor is available in mentoring: see who fits you',
    );
  });

  it('does not tell a mentee who has a mentor, one who asked one and waits for the answer, or the mentor', async () => {
    for (const key of ['bangalore', 'junior-dev', 'director-rome']) expect(await feed(key), key).toEqual([]);
  });

  it('does not tell the mentees of another programme', async () => {
    expect(await feed('senior-exec')).toEqual([]);
  });

  it('tells a waiting mentee once a day, however many mentors join', async () => {
    await join('hr-admin', 'mentoring', { asMentor: true, asMentee: false });
    expect(await told(KEYS)).toEqual(['intern', 'london']);
  });

  it('does not tell anyone when a mentor only changes their skills or pauses', async () => {
    await aDayLater();
    await join('director-rome', 'mentoring', { asMentor: true, asMentee: true }, { offers: ['coaching'] });
    await join('hr-admin', 'mentoring', { asMentor: true, asMentee: false }, { paused: true });
    expect(await told(KEYS)).toEqual(['intern', 'london']);
  });

  it('tells them again, a day later, when a mentor comes back from a pause', async () => {
    await join('hr-admin', 'mentoring', { asMentor: true, asMentee: false });
    expect(await told(KEYS)).toEqual(['intern', 'london', 'intern', 'london']);
  });

  it('tells only the waiting mentees the new mentor fits', async () => {
    await aDayLater();
    // The manager leads the intern's team: never her mentor (one reporting line).
    await join('manager', 'mentoring', { asMentor: true, asMentee: false });
    expect(await told(KEYS)).toEqual(['intern', 'london', 'intern', 'london', 'london']);
  });
});

describe('a mentor begins to take mentees', () => {
  const mentor = { asMentor: true, paused: false, capacity: 2 };

  it('when they join or come back from a pause, with a free place', () => {
    expect(takesMentees(undefined, 0)).toBe(false);
    expect(takesMentees(mentor, 0)).toBe(true);
    expect(takesMentees({ ...mentor, paused: true }, 0)).toBe(false);
    expect(takesMentees({ ...mentor, asMentor: false }, 0)).toBe(false);
  });

  it('when a full mentor raises their capacity', () => {
    expect(takesMentees(mentor, 2)).toBe(false);
    expect(takesMentees({ ...mentor, capacity: 3 }, 2)).toBe(true);
  });
});
