import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinInvitationsSent, ProgrammeEnrolments } from '../../server/hr/schemas.js';
import { STANDARD } from '../../server/programmes/standard.js';
import { insertProgramme } from '../../server/programmes/store/programmes.js';
import { composeGraph } from '../../server/compose.js';
import { sendNotifications } from '../../server/notify/sender.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import type { ErrorBody } from '../../server/schemas.js';
import { tabDeepLink } from '../../server/teams-app.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { syncDirectory } from '../helpers/scheduling.js';
import { persona } from '../helpers/sandbox.js';
import { DAY, seeder } from './seed.js';

// Who joined a programme, as HR lists them, and HR inviting people to join one, through the real
// app on a clock moved by hand. The expected lists are worked out here from the people seeded and
// the directory copy.

let now = Date.parse('2026-12-07T12:00:00Z');
const clock = { now: () => now };
let h: TestApp;
let tenantId: string;

interface Person {
  id: string;
  display_name: string;
  department: string | null;
  office_location: string | null;
  preferred_language: string | null;
  level: number | null;
}
let everyone: Person[];
/** Enrolled in mentoring, in the order they joined: mentors, mentees, one in both roles. */
let mentors: Person[];
let mentees: Person[];
let both: Person;

const call = async <T>(key: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers };
};
const list = (query = '') =>
  call<ProgrammeEnrolments>('hr-admin', 'GET', `/api/admin/programmes/mentoring/enrolments${query}`);
const invite = (programmeId: string, personIds: string[]) =>
  call<JoinInvitationsSent & ErrorBody>('hr-admin', 'POST', `/api/admin/programmes/${programmeId}/invitations`, {
    personIds,
  });

beforeAll(async () => {
  h = await buildTestApp({ size: 120, sandbox: { clock }, deps: { clock } });
  tenantId = h.t.sandbox.tenantId;
  await syncDirectory(h.db, h.t.identity, tenantId, '2026-12-07');
  const staff = new Set([persona(h.t, 'hr-admin').id, persona(h.t, 'junior-dev').id]);
  everyone = (
    await h.db.query<Person>(
      `SELECT id, display_name, department, office_location, preferred_language, level FROM people
       WHERE removed_at IS NULL AND level IS NOT NULL ORDER BY id`,
    )
  ).filter((p) => !staff.has(p.id));
  const s = seeder(h.db, tenantId);
  mentors = everyone.slice(0, 4);
  mentees = everyone.slice(4, 10);
  both = everyone[10]!;
  // Joined one a minute apart, so "newest first" is known.
  let joined = now - 30 * DAY;
  const at = async (id: string) => {
    joined += 60_000;
    await h.db.query(`UPDATE enrolments SET created_at = $3 WHERE tenant_id = $1 AND person_id = $2`, [
      tenantId,
      id,
      new Date(joined),
    ]);
  };
  for (const m of mentors) await s.enrol(m.id, { mentor: true, capacity: 3 }).then(() => at(m.id));
  for (const m of mentees) await s.enrol(m.id, { mentee: true }).then(() => at(m.id));
  await s.enrol(both.id, { mentor: true, mentee: true, capacity: 2 }).then(() => at(both.id));
  await seeder(h.db, tenantId, 'reverse').enrol(everyone[11]!.id, { mentor: true });
  await s.pair({ mentorId: mentors[0]!.id, menteeId: mentees[0]!.id, createdAt: now - DAY });
  await s.pair({ mentorId: mentors[0]!.id, menteeId: mentees[1]!.id, createdAt: now - DAY, status: 'ended' });
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('who joined a programme', () => {
  it('lists everyone enrolled in the programme, newest first, with their roles and live pairs', async () => {
    const res = await list('?limit=100');
    expect(res.status).toBe(200);
    const newestFirst = [both, ...[...mentees].reverse(), ...[...mentors].reverse()];
    expect(res.body.enrolments.map((e) => e.person.id)).toEqual(newestFirst.map((p) => p.id));
    expect(res.body.counts).toEqual({ people: 11, mentors: 5, mentees: 7 });
    expect(res.body.total).toBe(11);
    const byId = new Map(res.body.enrolments.map((e) => [e.person.id, e]));
    expect(byId.get(mentors[0]!.id)).toMatchObject({
      person: { displayName: mentors[0]!.display_name, department: mentors[0]!.department },
      asMentor: true,
      asMentee: false,
      capacity: 3,
      livePairs: 1,
      current: true,
    });
    expect(byId.get(mentees[1]!.id)).toMatchObject({ asMentee: true, capacity: null, livePairs: 0 });
    const enrolled = [...mentors, ...mentees, both];
    expect(res.body.departments).toEqual(
      [...new Set(enrolled.map((p) => p.department).filter((d): d is string => d !== null))].sort(),
    );
    expect(res.body.offices).toEqual(
      [...new Set(enrolled.map((p) => p.office_location).filter((d): d is string => d !== null))].sort(),
    );
  });

  it('filters by role: someone in both roles is in either list', async () => {
    const asMentor = await list('?role=mentor&limit=100');
    expect(new Set(asMentor.body.enrolments.map((e) => e.person.id))).toEqual(
      new Set([...mentors, both].map((p) => p.id)),
    );
    expect(asMentor.body.total).toBe(5);
    expect((await list('?role=mentee&limit=100')).body.total).toBe(7);
  });

  it('finds people by the start of a name, and filters by department and by office', async () => {
    const someone = mentees[2]!;
    const word = someone.display_name.split(' ').at(-1)!;
    const found = await list(`?search=${encodeURIComponent(word.slice(0, 3))}&limit=100`);
    const expected = [...mentors, ...mentees, both].filter((p) =>
      p.display_name
        .toLowerCase()
        .split(' ')
        .some((w) => w.startsWith(word.slice(0, 3).toLowerCase())),
    );
    expect(new Set(found.body.enrolments.map((e) => e.person.id))).toEqual(new Set(expected.map((p) => p.id)));
    const dept = someone.department!;
    const inDept = await list(`?department=${encodeURIComponent(dept)}&limit=100`);
    expect(inDept.body.enrolments.every((e) => e.person.department === dept)).toBe(true);
    expect(inDept.body.total).toBe([...mentors, ...mentees, both].filter((p) => p.department === dept).length);
    const office = someone.office_location!;
    const inOffice = await list(`?office=${encodeURIComponent(office)}&role=mentee&limit=100`);
    expect(inOffice.body.total).toBe([...mentees, both].filter((p) => p.office_location === office).length);
    expect((await list('?search=%25')).body.total).toBe(0);
  });

  it('pages through the list', async () => {
    const pages = [await list('?limit=4'), await list('?limit=4&offset=4'), await list('?limit=4&offset=8')];
    const ids = pages.flatMap((p) => p.body.enrolments.map((e) => e.person.id));
    expect(ids).toEqual((await list('?limit=100')).body.enrolments.map((e) => e.person.id));
    expect(pages.map((p) => p.body.enrolments.length)).toEqual([4, 4, 3]);
  });
});

describe('inviting people to join', () => {
  const programmeId = 'milano-buddies';
  /** People of the busiest office, the one the programme is for. */
  let milano: Person[];
  let elsewhere: Person;

  beforeAll(async () => {
    const notEnrolled = everyone.slice(12);
    const sizes = new Map<string, number>();
    for (const p of notEnrolled)
      if (p.office_location) sizes.set(p.office_location, (sizes.get(p.office_location) ?? 0) + 1);
    const office = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
    expect(office).toMatch(/^Milano/);
    await insertProgramme(h.db, tenantId, programmeId, 'open', {
      ...STANDARD.mentoring,
      names: { en: 'Milano buddies', it: 'Buddy di Milano' },
      eligibility: { levels: [], departments: [], offices: [office], countries: [], inviteOnly: true },
    });
    milano = notEnrolled.filter((p) => p.office_location === office);
    elsewhere = notEnrolled.find((p) => p.office_location !== office && p.office_location !== null)!;
  });

  it('tells each person in Teams, in their language, with a link to the programme', async () => {
    const chosen = milano.slice(0, 2);
    const res = await invite(
      programmeId,
      chosen.map((p) => p.id),
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      programmeId,
      invited: chosen.map((p) => ({ personId: p.id, createdAt: new Date(now).toISOString() })),
    });
    const told = await h.db.query<{ person_id: string; params: { programme: string }; subject: string }>(
      `SELECT person_id, params, subject FROM notifications WHERE kind = 'programmeInvitation' ORDER BY person_id`,
    );
    expect(told).toEqual(
      chosen
        .map((p) => ({
          person_id: p.id,
          params: {
            programme: p.preferred_language?.toLowerCase().startsWith('it') ? 'Buddy di Milano' : 'Milano buddies',
          },
          subject: `programmes?programmeId=${programmeId}`,
        }))
        .sort((a, b) => a.person_id.localeCompare(b.person_id)),
    );
  });

  it('reaches their Teams activity feed, opening the programme in the tab', async () => {
    const people = createPeopleReader({ onZoneFallback: () => undefined });
    expect((await sendNotifications({ db: h.db, graph: composeGraph(h.t.identity), people })).failed).toBe(0);
    const invited = milano[0]!;
    const feed = (await (await h.t.admin(`/sandbox/v1/users/${invited.id}/activities`)).json()) as {
      value: { activityType: string; previewText: { content: string }; topic: { webUrl: string } }[];
    };
    const told = feed.value.find((n) => n.activityType === 'programmeInvitation')!;
    expect(told.topic.webUrl).toBe(tabDeepLink(`programmes?programmeId=${programmeId}`));
    expect(told.previewText.content).toBe(
      invited.preferred_language?.toLowerCase().startsWith('it')
        ? 'Il team HR ti invita a partecipare a Buddy di Milano: scopri se fa per te'
        : 'Your HR team invites you to join Milano buddies: see if it is for you',
    );
  });

  it('lets whom HR invited join the invite-only programme, and nobody else from there', async () => {
    const join = async (p: Person) => {
      const res = await h.app.inject({
        method: 'PUT',
        url: `/api/enrolments/${programmeId}`,
        headers: { authorization: `Bearer ${await h.t.ssoToken(p.id)}` },
        payload: {
          asMentor: p.level! >= 10,
          asMentee: p.level! < 10,
          offers: [],
          wants: [],
          goals: [],
          languages: ['en-GB'],
          cadence: 'biweekly',
          meetingMinutes: 45,
          capacity: 1,
          paused: false,
        },
      });
      return [res.statusCode, (res.json() as { code?: string }).code ?? 'joined'];
    };
    expect(await join(milano[1]!)).toEqual([200, 'joined']);
    expect(await join(milano[3]!)).toEqual([403, 'programme_not_eligible']);
  });

  it('invites nobody when anyone chosen cannot be, and says who and why', async () => {
    const fresh = milano[2]!;
    const res = await invite(programmeId, [fresh.id, milano[0]!.id, elsewhere.id, randomUUID()]);
    expect([res.status, res.body.code]).toEqual([409, 'invitees_refused']);
    expect(res.body.details).toEqual({
      people: [
        { personId: milano[0]!.id, reason: 'invited_recently' },
        { personId: elsewhere.id, reason: 'not_eligible' },
        { personId: expect.any(String), reason: 'person_not_found' },
      ],
    });
    const [row] = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM programme_invitations WHERE person_id = $1`,
      [fresh.id],
    );
    expect(row!.n).toBe(0);
  });

  it('refuses someone already in the programme', async () => {
    const res = await invite('mentoring', [mentees[0]!.id]);
    expect(res.body.details).toEqual({ people: [{ personId: mentees[0]!.id, reason: 'already_enrolled' }] });
  });

  it('invites the same person to the same programme once a week', async () => {
    now += 7 * DAY - 1;
    expect((await invite(programmeId, [milano[0]!.id])).status).toBe(409);
    now += 1;
    expect((await invite(programmeId, [milano[0]!.id])).status).toBe(201);
  });

  it('refuses a programme that is not open for joining, and one the tenant does not have', async () => {
    await h.db.query(`UPDATE programmes SET status = 'closed' WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      programmeId,
    ]);
    const closed = await invite(programmeId, [milano[3]!.id]);
    expect([closed.status, closed.body.code]).toEqual([409, 'programme_closed']);
    const unknown = await invite('no-such-programme', [milano[3]!.id]);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'programme_not_found']);
    const none = await call<ErrorBody>('hr-admin', 'GET', '/api/admin/programmes/no-such-programme/enrolments');
    expect([none.status, none.body.code]).toEqual([404, 'programme_not_found']);
  });
});
