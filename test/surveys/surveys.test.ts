import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { runEngagement } from '../../server/engagement/workers.js';
import type { PendingSurveys, Survey } from '../../server/surveys/schemas.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { owed, seedPair, seedProgramme } from '../helpers/engagement.js';
import { persona } from '../helpers/sandbox.js';
import { syncDirectory } from '../helpers/scheduling.js';

// Pulse surveys at a programme's start, midpoint and end: who is asked, once, in the activity
// feed; and answering one in the tab, once, through the real app and database. Time moves by
// the test's clock.

const DAY = 86_400_000;
let now = Date.parse('2027-01-11T08:00:00Z');
const clock = { now: () => now };
const PROGRAMME = 'digital-2027';

let h: TestApp;
let tenantId: string;
const id = (key: string) => persona(h.t, key).id;
const people = createPeopleReader({ onZoneFallback: () => undefined });
const run = () => runEngagement({ db: h.db, clock, people }, [tenantId]);

const call = async (key: string, method: 'GET' | 'POST', url: string, payload?: object) => {
  const res = await h.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${await h.t.ssoToken(id(key))}` },
    ...(payload !== undefined ? { payload } : {}),
  });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
const asked = async (moment: string) =>
  (
    await h.db.query<{ person_id: string; role: string; skills: string[] }>(
      `SELECT person_id, role, skills FROM survey_requests WHERE tenant_id = $1 AND programme_id = $2 AND moment = $3
       ORDER BY person_id`,
      [tenantId, PROGRAMME, moment],
    )
  ).map((r) => ({ ...r, person_id: KEYS.find((k) => id(k) === r.person_id) ?? r.person_id }));
const pending = async (key: string) => ((await call(key, 'GET', '/api/surveys')).body as PendingSurveys).surveys;
const answers = (extra: object = {}) => ({
  confidence: { generative_ai: 2, data_visualisation: 3 },
  motivation: 4,
  recommend: 9,
  ...extra,
});

const KEYS = ['ceo', 'intern', 'london', 'junior-dev', 'director-rome', 'bangalore'];

beforeAll(async () => {
  h = await buildTestApp({ size: 120, sandbox: { clock }, deps: { clock } });
  tenantId = h.t.sandbox.tenantId;
  await syncDirectory(h.db, h.t.identity, tenantId, '2027-01-11');
  // A programme that runs from 11 January to 12 March: midpoint 10 February.
  await seedProgramme(h.db, tenantId, { id: PROGRAMME, startsOn: '2027-01-11', endsOn: '2027-03-12' });
  // The CEO mentors two mentees (Sofia, Emily); the director mentors Giulia. A proposed pair is not asked.
  await seedPair(h.db, tenantId, {
    programmeId: PROGRAMME,
    mentorId: id('ceo'),
    menteeId: id('intern'),
    at: now - 3 * DAY,
  });
  await seedPair(h.db, tenantId, {
    programmeId: PROGRAMME,
    mentorId: id('ceo'),
    menteeId: id('london'),
    at: now - 2 * DAY,
    wants: ['negotiation'],
  });
  await seedPair(h.db, tenantId, {
    programmeId: PROGRAMME,
    mentorId: id('director-rome'),
    menteeId: id('junior-dev'),
    at: now - DAY,
  });
  await seedPair(h.db, tenantId, {
    programmeId: PROGRAMME,
    mentorId: id('director-rome'),
    menteeId: id('bangalore'),
    at: now - DAY,
    status: 'proposed',
  });
}, 120_000);
afterAll(async () => h?.close());

describe('the start survey', () => {
  it('asks each person of a running pair once, about the skills the mentee wants and the mentor offers', async () => {
    await run();
    expect(await asked('start')).toEqual(
      [
        { person_id: 'ceo', role: 'mentor', skills: ['generative_ai', 'data_visualisation'] },
        { person_id: 'intern', role: 'mentee', skills: ['generative_ai', 'data_visualisation'] },
        { person_id: 'london', role: 'mentee', skills: ['negotiation'] },
        { person_id: 'junior-dev', role: 'mentee', skills: ['generative_ai', 'data_visualisation'] },
        { person_id: 'director-rome', role: 'mentor', skills: ['generative_ai', 'data_visualisation'] },
      ].sort((a, b) => id(a.person_id).localeCompare(id(b.person_id))),
    );
  });

  it('asks nobody twice, however often the job runs, one run after another or two at once', async () => {
    await run();
    await Promise.all([run(), run()]);
    expect(await asked('start')).toHaveLength(5);
    expect(await owed(h.db, tenantId, 'surveyRequested')).toHaveLength(5);
  });

  it('asks in the activity feed, in each person’s language, opening the survey in the tab', async () => {
    const [survey] = await pending('intern');
    const notes = (await owed(h.db, tenantId, 'surveyRequested')).filter((n) => n.person_id === id('intern'));
    expect(notes).toEqual([
      expect.objectContaining({ subject: `surveys/${survey!.id}`, params: { programme: 'Competenze digitali 2027' } }),
    ]);
    const london = (await owed(h.db, tenantId, 'surveyRequested')).find((n) => n.person_id === id('london'));
    expect(london?.params).toEqual({ programme: 'Digital skills 2027' });
  });

  it('asks a pair that starts later in the running programme when it starts', async () => {
    now += 7 * DAY;
    await seedPair(h.db, tenantId, {
      programmeId: PROGRAMME,
      mentorId: id('hr-admin'),
      menteeId: id('bangalore'),
      at: now - DAY,
    });
    await run();
    expect((await asked('start')).map((r) => r.person_id)).toEqual(
      expect.arrayContaining([id('hr-admin'), 'bangalore']),
    );
    expect(await asked('start')).toHaveLength(7);
  });
});

describe('answering a survey', () => {
  it('lists my pending surveys only, with the programme named in both languages', async () => {
    const mine = await pending('intern');
    expect(mine).toEqual([
      expect.objectContaining({
        programmeId: PROGRAMME,
        programmeName: { en: 'Digital skills 2027', it: 'Competenze digitali 2027' },
        moment: 'start',
      }),
    ]);
    expect(await pending('senior-exec')).toEqual([]);
  });

  it('shows the skills it asks about with their catalogue names', async () => {
    const [s] = await pending('intern');
    const res = await call('intern', 'GET', `/api/surveys/${s!.id}`);
    expect(res.status).toBe(200);
    expect(res.body as Survey).toMatchObject({
      status: 'open',
      answeredAt: null,
      skills: [
        { id: 'generative_ai', label: { en: 'Generative AI', it: 'Intelligenza artificiale generativa' } },
        { id: 'data_visualisation', label: { en: 'Data visualisation', it: 'Visualizzazione dei dati' } },
      ],
    });
  });

  it('refuses someone else’s survey, and says so for a survey that does not exist', async () => {
    const [s] = await pending('intern');
    expect(await call('london', 'GET', `/api/surveys/${s!.id}`)).toMatchObject({
      status: 403,
      body: { code: 'not_your_survey' },
    });
    expect(await call('london', 'POST', `/api/surveys/${s!.id}/answers`, answers())).toMatchObject({
      status: 403,
      body: { code: 'not_your_survey' },
    });
    expect(await call('london', 'GET', '/api/surveys/6b1d3f7e-0000-4000-8000-000000000000')).toMatchObject({
      status: 404,
      body: { code: 'survey_not_found' },
    });
  });

  it('refuses answers out of range, and ratings of skills it did not ask about or missing ones', async () => {
    const [s] = await pending('intern');
    const url = `/api/surveys/${s!.id}/answers`;
    expect(await call('intern', 'POST', url, answers({ motivation: 6 }))).toMatchObject({
      status: 400,
      body: { code: 'invalid_request' },
    });
    expect(await call('intern', 'POST', url, answers({ recommend: 11 }))).toMatchObject({
      status: 400,
      body: { code: 'invalid_request' },
    });
    expect(
      await call('intern', 'POST', url, answers({ confidence: { generative_ai: 2, negotiation: 3 } })),
    ).toMatchObject({
      status: 400,
      body: {
        code: 'survey_skills_mismatch',
        details: { missing: ['data_visualisation'], unexpected: ['negotiation'] },
      },
    });
    expect(await pending('intern')).toHaveLength(1);
  });

  it('records the answers once; a second answer is refused', async () => {
    const [s] = await pending('intern');
    const url = `/api/surveys/${s!.id}/answers`;
    const first = await call('intern', 'POST', url, answers({ comment: '  More time with the tools, please.  ' }));
    expect(first).toMatchObject({ status: 201, body: { id: s!.id, status: 'answered' } });
    expect(await call('intern', 'POST', url, answers())).toMatchObject({
      status: 409,
      body: { code: 'survey_answered' },
    });
    expect(await pending('intern')).toEqual([]);
    expect((await call('intern', 'GET', `/api/surveys/${s!.id}`)).body).toMatchObject({ status: 'answered' });
    const [row] = await h.db.query(`SELECT motivation, recommend FROM survey_answers WHERE survey_id = $1`, [s!.id]);
    expect(row).toEqual({ motivation: 4, recommend: 9 });
  });

  it('answers two answers sent at once with one success and one survey_answered', async () => {
    const [s] = await pending('junior-dev');
    const url = `/api/surveys/${s!.id}/answers`;
    const results = await Promise.all([
      call('junior-dev', 'POST', url, answers()),
      call('junior-dev', 'POST', url, answers()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const [n] = await h.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_answers WHERE survey_id = $1`, [
      s!.id,
    ]);
    expect(n!.n).toBe(1);
  });

  it('keeps the free-text answer for HR with nothing that links it to its author', async () => {
    const comments = await h.db.query(`SELECT * FROM survey_comments WHERE tenant_id = $1`, [tenantId]);
    expect(comments).toHaveLength(1);
    expect(Object.keys(comments[0]!).sort()).toEqual([
      'body',
      'created_on',
      'id',
      'moment',
      'programme_id',
      'tenant_id',
    ]);
    expect(comments[0]).toMatchObject({
      body: 'More time with the tools, please.',
      moment: 'start',
      programme_id: PROGRAMME,
    });
    const [s] = await h.db.query<{ id: string }>(
      `SELECT id FROM survey_requests WHERE person_id = $1 AND moment = 'start'`,
      [id('intern')],
    );
    expect(JSON.stringify((await call('intern', 'GET', `/api/surveys/${s!.id}`)).body)).not.toContain('More time');
  });

  it('refuses an answer once the survey has closed, and no longer lists it', async () => {
    const [s] = await pending('london');
    now += 15 * DAY;
    expect(await pending('london')).toEqual([]);
    expect(
      await call('london', 'POST', `/api/surveys/${s!.id}/answers`, answers({ confidence: { negotiation: 3 } })),
    ).toMatchObject({
      status: 409,
      body: { code: 'survey_closed' },
    });
    expect((await call('london', 'GET', `/api/surveys/${s!.id}`)).body).toMatchObject({ status: 'closed' });
  });
});

describe('the midpoint and end surveys', () => {
  it('asks the live pairs made before the midpoint, from the midpoint on', async () => {
    // 2027-02-02: before the midpoint.
    await run();
    expect(await asked('midpoint')).toEqual([]);
    now = Date.parse('2027-02-10T08:00:00Z');
    await seedPair(h.db, tenantId, {
      programmeId: PROGRAMME,
      mentorId: id('manager'),
      menteeId: id('senior-exec'),
      at: now,
    });
    await run();
    const mid = (await asked('midpoint')).map((r) => r.person_id);
    expect(mid).toHaveLength(7);
    expect(mid).not.toContain(id('manager'));
  });

  it('asks at the end everyone whose pair ran, and thanks everyone who took part, once', async () => {
    // James joined and is still waiting for a mentor: he took part too.
    await h.db.query(
      `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, cadence, meeting_minutes, capacity)
       VALUES ($1, $2, $3, false, true, 'monthly', 30, 1)`,
      [tenantId, id('new-york'), PROGRAMME],
    );
    now = Date.parse('2027-03-12T08:00:00Z');
    await run();
    await run();
    expect(await asked('end')).toHaveLength(9);
    const thanked = await owed(h.db, tenantId, 'programmeClosed');
    // The nine in pairs that ran, and James, who waited for a mentor.
    expect(new Set(thanked.map((n) => n.person_id)).size).toBe(thanked.length);
    expect(thanked).toHaveLength(10);
    expect(thanked.find((n) => n.person_id === id('intern'))?.params).toEqual({
      programme: 'Competenze digitali 2027',
    });
  });

  it('asks only the moments the programme has on', async () => {
    await seedProgramme(h.db, tenantId, {
      id: 'end-only',
      startsOn: '2027-03-01',
      endsOn: '2027-06-01',
      surveys: ['end'],
    });
    await seedPair(h.db, tenantId, { programmeId: 'end-only', mentorId: id('ceo'), menteeId: id('manager'), at: now });
    await run();
    const [n] = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM survey_requests WHERE programme_id = 'end-only'`,
    );
    expect(n!.n).toBe(0);
  });
});
