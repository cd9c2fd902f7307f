import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeGraph } from '../../server/compose.js';
import { roleOpening } from '../../server/matching/enrol.js';
import type * as S from '../../server/matching/schemas.js';
import { sendNotifications } from '../../server/notify/sender.js';
import type { Me } from '../../server/org/schemas.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { tabDeepLink } from '../../server/teams-app.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { persona } from '../helpers/sandbox.js';

// The roles of each programme as they stand for a person, said before they try, and inviting a
// colleague to mentor (the first mentee's way out of an empty programme), through the real app on
// a clock moved by hand.

let now = Date.parse('2026-05-04T08:00:00Z');
const clock = { now: () => now };
const HOUR = 60 * 60 * 1000;
let h: TestApp;

const call = async <T = Record<string, unknown>>(
  key: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(persona(h.t, key).id)}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as T, headers: res.headers };
};
const invite = (key: string, personId: string, programmeId: S.ProgrammeId = 'mentoring') =>
  call<S.Invitation>(key, 'POST', '/api/invitations', { personId, programmeId });
const sync = async () => {
  await call('hr-admin', 'POST', '/api/admin/org-sync', {});
  for (let i = 0; i < 200; i++) {
    if ((await call<{ status: string }>('hr-admin', 'GET', '/api/admin/org-sync')).body.status !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
};
const levelOf = async (key: string) => (await call<Me>(key, 'GET', '/api/me')).body.level?.value ?? null;

beforeAll(async () => {
  h = await buildTestApp({ size: 300, sandbox: { clock }, deps: { clock } });
});
afterAll(async () => h?.close());

describe('the roles open to a person', () => {
  it('are all closed, saying why, until the directory has placed the person', async () => {
    const res = await call<S.Enrolments>('intern', 'GET', '/api/enrolments');
    expect(res.body.roles.map((r) => [r.programmeId, r.mentor.reason, r.mentee.reason])).toEqual([
      ['mentoring', 'not_placed_yet', 'not_placed_yet'],
      ['reverse', 'not_placed_yet', 'not_placed_yet'],
    ]);
  });

  it('say which role each programme opens to a junior and to the chief executive, and why the other is closed', async () => {
    await sync();
    const intern = await call<S.Enrolments>('intern', 'GET', '/api/enrolments');
    expect(intern.body.roles).toEqual([
      {
        programmeId: 'mentoring',
        mentor: { open: false, reason: 'mentors_more_senior', params: { kind: 'mentoring', role: 'mentor' } },
        mentee: { open: true, reason: null, params: { kind: 'mentoring', role: 'mentee' } },
      },
      {
        programmeId: 'reverse',
        mentor: { open: true, reason: null, params: { kind: 'reverse', role: 'mentor' } },
        mentee: { open: false, reason: 'mentees_more_senior', params: { kind: 'reverse', role: 'mentee' } },
      },
    ]);
    const ceo = await call<S.Enrolments>('ceo', 'GET', '/api/enrolments');
    expect(ceo.body.roles).toMatchObject([
      { programmeId: 'mentoring', mentor: { open: true }, mentee: { open: false, reason: 'mentees_more_junior' } },
      { programmeId: 'reverse', mentor: { open: false, reason: 'mentors_more_junior' }, mentee: { open: true } },
    ]);
  });

  it('match what joining then allows, for every persona', async () => {
    for (const key of ['manager', 'director-rome', 'junior-dev', 'london']) {
      const level = await levelOf(key);
      const { roles } = (await call<S.Enrolments>(key, 'GET', '/api/enrolments')).body;
      for (const r of roles)
        for (const role of ['mentor', 'mentee'] as const)
          expect(r[role], `${key} ${r.programmeId} ${role}`).toEqual(
            roleOpening(r.programmeId as 'mentoring' | 'reverse', role, level),
          );
    }
  });

  it('start a senior person’s draft as a mentor', async () => {
    expect(await levelOf('senior-exec')).toBeGreaterThanOrEqual(6);
    const drafts = (await call<S.Enrolments>('senior-exec', 'GET', '/api/enrolments')).body.drafts;
    expect(drafts.find((d) => d.programmeId === 'mentoring')).toMatchObject({ asMentor: true, asMentee: false });
    const intern = (await call<S.Enrolments>('intern', 'GET', '/api/enrolments')).body.drafts;
    expect(intern.find((d) => d.programmeId === 'mentoring')).toMatchObject({ asMentor: false, asMentee: true });
  });
});

describe('inviting a colleague to mentor', () => {
  it('sends them a Teams notification that opens the programme', async () => {
    const colleague = persona(h.t, 'director-rome');
    const res = await invite('intern', colleague.id);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      personId: colleague.id,
      programmeId: 'mentoring',
      createdAt: new Date(now).toISOString(),
    });
    const people = createPeopleReader({ onZoneFallback: () => undefined });
    expect((await sendNotifications({ db: h.db, graph: composeGraph(h.t.identity), people })).failed).toBe(0);
    const feed = (await (await h.t.admin(`/sandbox/v1/users/${colleague.id}/activities`)).json()) as {
      value: {
        activityType: string;
        previewText: { content: string };
        topic: { webUrl: string };
        templateParameters: { name: string; value: string }[];
      }[];
    };
    const told = feed.value.find((n) => n.activityType === 'mentorInvited')!;
    const inviter = persona(h.t, 'intern').displayName;
    // The director reads Italian.
    expect(told.previewText.content).toBe(`${inviter} ti propone di fare da mentor in Mentoring`);
    expect(told.topic.webUrl).toBe(tabDeepLink('programmes?programmeId=mentoring'));
    expect(told.templateParameters).toEqual(
      expect.arrayContaining([
        { name: 'person', value: inviter },
        { name: 'programme', value: 'mentoring' },
      ]),
    );
  });

  it('refuses yourself, someone of another organisation or nobody, and a malformed id', async () => {
    expect((await invite('intern', persona(h.t, 'intern').id)).body).toMatchObject({
      code: 'cannot_invite_yourself',
      statusCode: 400,
    });
    const stranger = randomUUID();
    await h.db.query(`INSERT INTO people (tenant_id, id, display_name, level) VALUES ($1, $2, 'Someone Else', 7)`, [
      randomUUID(),
      stranger,
    ]);
    for (const id of [stranger, randomUUID()])
      expect((await invite('intern', id)).body).toMatchObject({ code: 'person_not_found', statusCode: 404 });
    expect((await invite('intern', 'director')).body).toMatchObject({ code: 'invalid_request' });
  });

  it('refuses someone who cannot mentor there, and someone already mentoring there', async () => {
    const refused = await invite('london', persona(h.t, 'intern').id);
    expect(refused.body).toMatchObject({
      code: 'invitee_not_eligible',
      statusCode: 409,
      details: { reason: 'mentors_more_senior' },
    });
    expect((await invite('intern', persona(h.t, 'ceo').id, 'reverse')).body).toMatchObject({
      code: 'invitee_not_eligible',
      details: { reason: 'mentors_more_junior' },
    });
    const joined = await call('new-york', 'PUT', '/api/enrolments/mentoring', {
      asMentor: true,
      asMentee: false,
      offers: ['negotiation'],
      wants: [],
      goals: [],
      languages: ['en-US'],
      cadence: 'monthly',
      meetingMinutes: 30,
    });
    expect(joined.status).toBe(200);
    expect((await invite('intern', persona(h.t, 'new-york').id)).body).toMatchObject({
      code: 'already_mentoring',
      statusCode: 409,
    });
  });

  it('refuses the same invitation again for 14 days', async () => {
    const colleague = persona(h.t, 'director-rome').id;
    now += 13 * 24 * HOUR;
    expect((await invite('intern', colleague)).body).toMatchObject({ code: 'already_invited', statusCode: 409 });
    // Someone else may invite them; and after two weeks, the intern again.
    expect((await invite('bangalore', colleague)).status).toBe(201);
    now += 1 * 24 * HOUR + HOUR;
    expect((await invite('intern', colleague)).status).toBe(201);
  });

  it('lets one person send 10 invitations a day, then answers 429 with when to try again', async () => {
    const inviter = persona(h.t, 'junior-dev').id;
    const colleagues = (
      await h.db.query<{ id: string }>(
        `SELECT id FROM people WHERE tenant_id = $1 AND level BETWEEN 3 AND 10 AND removed_at IS NULL AND id <> $2
         AND id NOT IN (SELECT person_id FROM enrolments WHERE as_mentor) ORDER BY id LIMIT 12`,
        [h.t.sandbox.tenantId, inviter],
      )
    ).map((r) => r.id);
    const start = now;
    for (const [i, id] of colleagues.slice(0, 10).entries()) {
      now = start + i * HOUR;
      expect((await invite('junior-dev', id)).status, `invitation ${i + 1}`).toBe(201);
    }
    const eleventh = await invite('junior-dev', colleagues[10]!);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body).toMatchObject({ code: 'too_many_invitations' });
    // The first went nine hours ago: a place frees up in fifteen.
    expect(eleventh.headers['retry-after']).toBe(String(15 * 60 * 60));
    now = start + 24 * HOUR + 1000;
    expect((await invite('junior-dev', colleagues[10]!)).status).toBe(201);
  });
});
