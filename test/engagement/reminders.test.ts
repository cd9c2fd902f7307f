import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compose, composeGraph } from '../../server/compose.js';
import { sendReminders } from '../../server/engagement/reminders.js';
import { ENGAGEMENT_QUEUE, startEngagementWorkers } from '../../server/engagement/workers.js';
import { sendNotifications } from '../../server/notify/sender.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { tabDeepLink } from '../../server/teams-app.js';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { addSessions, owed, seedPair, seedProgramme, seedRequest, seedSessions } from '../helpers/engagement.js';
import { persona } from '../helpers/sandbox.js';
import { syncDirectory } from '../helpers/scheduling.js';

// Engagement reminders in the Teams activity feed: check in after a session, answer a request
// waiting 3 days, meet again after 4 quiet weeks, answer a survey, and thanks when a programme
// ends. Each at most once per occasion, whether the job runs twice, in two workers at once or
// through the job queue; and within the feed's rate limit. Time moves by the test's clock.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let now = Date.parse('2027-01-11T08:00:00Z');
const clock = { now: () => now };
const PROGRAMME = 'buddies';

let h: TestApp;
let tenantId: string;
const id = (key: string) => persona(h.t, key).id;
const name = (key: string) => persona(h.t, key).displayName;
const people = createPeopleReader({ onZoneFallback: () => undefined });
const remind = (perRun?: number) =>
  sendReminders({ db: h.db, clock, people, ...(perRun !== undefined ? { perRun } : {}) }, tenantId);
/** Who is owed a reminder of this kind, by persona key, with what it opens and says. */
const told = async (kind: string) =>
  (await owed(h.db, tenantId, kind)).map((n) => ({
    to: KEYS.find((k) => id(k) === n.person_id) ?? n.person_id,
    subject: n.subject,
    params: n.params,
  }));
/** As if the sender had delivered everything owed so far. */
const delivered = () => h.db.query(`UPDATE notifications SET sent_at = now(), attempts = 1 WHERE sent_at IS NULL`);

const KEYS = ['ceo', 'intern', 'london', 'junior-dev', 'director-rome', 'bangalore', 'manager', 'hr-admin', 'new-york'];

beforeAll(async () => {
  h = await buildTestApp({
    size: 120,
    sandbox: { clock },
    // The app runs the job workers, with a schedule that does not fire during the test: jobs are sent by hand.
    deps: { clock, workers: { pollingIntervalSeconds: 0.5, followCron: '0 0 1 1 *', engagementCron: '0 0 1 1 *' } },
  });
  tenantId = h.t.sandbox.tenantId;
  await syncDirectory(h.db, h.t.identity, tenantId, '2027-01-11');
  // A programme like the two old tracks: no dates, no surveys, so only the reminders under test.
  await seedProgramme(h.db, tenantId, {
    id: PROGRAMME,
    surveys: [],
    names: { en: 'Onboarding buddies', it: 'Buddy per i nuovi arrivati' },
  });
}, 120_000);
afterAll(async () => h?.close());

describe('checking in after a session', () => {
  let series: { seriesId: string; occurrenceIds: string[] };

  beforeAll(async () => {
    const pair = { mentorId: id('ceo'), menteeId: id('intern') };
    const pairId = await seedPair(h.db, tenantId, { programmeId: PROGRAMME, ...pair, at: now - 20 * DAY });
    // Ten days ago, an hour ago (ended), and next week.
    series = await seedSessions(h.db, tenantId, { id: pairId, ...pair }, [
      now - 10 * DAY,
      now - 90 * 60_000,
      now + 7 * DAY,
    ]);
    // Sofia has checked in on the last session already.
    await h.db.query(
      `INSERT INTO checkins (tenant_id, occurrence_id, person_id, happened, usefulness) VALUES ($1, $2, $3, true, 4)`,
      [tenantId, series.occurrenceIds[1], id('intern')],
    );
  });

  it('reminds the person who has not checked in on a session that ended, opening that session', async () => {
    await remind();
    expect(await told('checkinDue')).toEqual([
      {
        to: 'ceo',
        subject: `meetings/${series.seriesId}/sessions/${series.occurrenceIds[1]}`,
        params: { person: name('intern'), programme: 'Buddy per i nuovi arrivati' },
      },
    ]);
  });

  it('reaches their activity feed in their language, with a link to the session', async () => {
    const result = await sendNotifications({ db: h.db, graph: composeGraph(h.t.identity), people });
    expect(result).toEqual({ sent: 1, failed: 0 });
    const feed = (
      (await (await h.t.admin(`/sandbox/v1/users/${id('ceo')}/activities`)).json()) as {
        value: { activityType: string; previewText: { content: string }; topic: { webUrl: string } }[];
      }
    ).value;
    expect(feed).toEqual([
      expect.objectContaining({
        activityType: 'checkinDue',
        previewText: { content: `Com'è andata la sessione con ${name('intern')}? Fai il check-in` },
        topic: expect.objectContaining({
          webUrl: tabDeepLink(`meetings/${series.seriesId}/sessions/${series.occurrenceIds[1]}`),
        }),
      }),
    ]);
  });

  it('reminds once, however often the job runs, one run after another or two at once', async () => {
    await remind();
    await Promise.all([remind(), remind()]);
    expect(await told('checkinDue')).toHaveLength(1);
  });

  it('does not remind of sessions a week past, nor of one not over yet', async () => {
    now += 3 * DAY;
    await remind();
    expect(await told('checkinDue')).toHaveLength(1);
  });
});

describe('a request waiting for an answer', () => {
  let requestId: string;

  beforeAll(async () => {
    requestId = await seedRequest(h.db, tenantId, {
      programmeId: PROGRAMME,
      mentorId: id('director-rome'),
      menteeId: id('london'),
      requestedBy: id('london'),
      at: now - 2 * DAY,
    });
  });

  it('is not reminded of before three days', async () => {
    await remind();
    expect(await told('requestWaiting')).toEqual([]);
  });

  it('reminds the one who must answer after three days, once, opening the request', async () => {
    now += DAY + HOUR;
    await Promise.all([remind(), remind()]);
    await remind();
    expect(await told('requestWaiting')).toEqual([
      {
        to: 'director-rome',
        subject: `requests/${requestId}`,
        params: { person: name('london'), programme: 'Buddy per i nuovi arrivati' },
      },
    ]);
  });

  it('says nothing of a request that was answered', async () => {
    const other = await seedRequest(h.db, tenantId, {
      programmeId: PROGRAMME,
      mentorId: id('manager'),
      menteeId: id('london'),
      requestedBy: id('london'),
      at: now - 5 * DAY,
    });
    await h.db.query(`UPDATE match_requests SET status = 'declined' WHERE id = $1`, [other]);
    await remind();
    expect(await told('requestWaiting')).toHaveLength(1);
  });
});

describe('an idle pair', () => {
  let quiet: string;
  let quietSeries: string;

  beforeAll(async () => {
    const pair = { mentorId: id('manager'), menteeId: id('junior-dev') };
    quiet = await seedPair(h.db, tenantId, { programmeId: PROGRAMME, ...pair, at: now - 60 * DAY });
    ({ seriesId: quietSeries } = await seedSessions(h.db, tenantId, { id: quiet, ...pair }, [now - 30 * DAY]));
    // Just as quiet, but meeting in three days: no reminder.
    const soon = { mentorId: id('hr-admin'), menteeId: id('bangalore') };
    const soonId = await seedPair(h.db, tenantId, { programmeId: PROGRAMME, ...soon, at: now - 60 * DAY });
    await seedSessions(h.db, tenantId, { id: soonId, ...soon }, [now - 30 * DAY, now + 3 * DAY]);
  });

  it('reminds both people after four weeks without a session, once, opening the pair', async () => {
    await remind();
    await Promise.all([remind(), remind()]);
    expect(await told('pairIdle')).toEqual(
      expect.arrayContaining([
        {
          to: 'manager',
          subject: `pairs/${quiet}`,
          params: { person: name('junior-dev'), programme: 'Buddy per i nuovi arrivati' },
        },
        {
          to: 'junior-dev',
          subject: `pairs/${quiet}`,
          params: { person: name('manager'), programme: 'Buddy per i nuovi arrivati' },
        },
      ]),
    );
    expect(await told('pairIdle')).toHaveLength(2);
  });

  it('reminds them again after another quiet spell that follows a session', async () => {
    await addSessions(h.db, tenantId, quietSeries, [now + DAY]);
    now += 2 * DAY;
    await remind();
    expect(await told('pairIdle')).toHaveLength(2);
    now += 28 * DAY;
    await remind();
    await remind();
    expect(await told('pairIdle')).toHaveLength(4);
  });
});

describe('a survey waiting for an answer', () => {
  let surveyId: string;

  beforeAll(async () => {
    surveyId = randomUUID();
    await h.db.query(
      `INSERT INTO survey_requests (tenant_id, id, programme_id, person_id, moment, skills, created_at, closes_at)
       VALUES ($1, $2, $3, $4, 'start', '{negotiation}', $5, $6)`,
      [tenantId, surveyId, PROGRAMME, id('london'), new Date(now), new Date(now + 14 * DAY)],
    );
  });

  it('is asked in the activity feed once, and reminded of once five days later', async () => {
    await remind();
    await remind();
    expect(await told('surveyRequested')).toEqual([
      { to: 'london', subject: `surveys/${surveyId}`, params: { programme: 'Onboarding buddies' } },
    ]);
    now += 4 * DAY;
    await remind();
    expect(await told('surveyRequested')).toHaveLength(1);
    now += DAY + HOUR;
    await Promise.all([remind(), remind()]);
    await remind();
    expect(await told('surveyRequested')).toHaveLength(2);
  });

  it('is not reminded of once answered', async () => {
    const other = randomUUID();
    await h.db.query(
      `INSERT INTO survey_requests (tenant_id, id, programme_id, person_id, moment, skills, created_at, closes_at, answered_at)
       VALUES ($1, $2, $3, $4, 'midpoint', '{}', $5, $6, $5)`,
      [tenantId, other, PROGRAMME, id('london'), new Date(now), new Date(now + 14 * DAY)],
    );
    await remind();
    expect(await told('surveyRequested')).toHaveLength(2);
  });
});

describe('the end of a programme', () => {
  it('thanks everyone enrolled or paired there once, in their language, when it closes', async () => {
    await remind();
    expect(await told('programmeClosed')).toEqual([]);
    await h.db.query(`UPDATE programmes SET status = 'closed', updated_at = $2 WHERE id = $1`, [
      PROGRAMME,
      new Date(now),
    ]);
    await Promise.all([remind(), remind()]);
    await remind();
    const thanks = await told('programmeClosed');
    expect(thanks.map((n) => n.to).sort()).toEqual(
      ['bangalore', 'ceo', 'hr-admin', 'intern', 'junior-dev', 'manager'].sort(),
    );
    expect(thanks.find((n) => n.to === 'intern')).toEqual({
      to: 'intern',
      subject: null,
      params: { programme: 'Buddy per i nuovi arrivati' },
    });
    expect(thanks.find((n) => n.to === 'bangalore')?.params).toEqual({ programme: 'Onboarding buddies' });
  });
});

describe('the feed’s rate limit', () => {
  beforeEach(delivered);

  it('queues no more reminders a run than its budget, less what the outbox still holds; the rest come later', async () => {
    await seedProgramme(h.db, tenantId, {
      id: 'burst',
      surveys: [],
      status: 'running',
      names: { en: 'Burst', it: 'Burst' },
    });
    for (const key of ['ceo', 'intern', 'london', 'new-york'])
      await h.db.query(
        `INSERT INTO enrolments (tenant_id, person_id, programme_id, as_mentor, as_mentee, cadence, meeting_minutes, capacity)
         VALUES ($1, $2, 'burst', false, true, 'monthly', 30, 1)`,
        [tenantId, id(key)],
      );
    await h.db.query(`UPDATE programmes SET status = 'closed', updated_at = $1 WHERE id = 'burst'`, [new Date(now)]);
    const burst = async () =>
      (await owed(h.db, tenantId, 'programmeClosed')).filter((n) => n.params.programme === 'Burst');
    expect((await remind(3)).closing).toBe(3);
    // Three still unsent: the next run's budget of 3 is spent already.
    expect((await remind(3)).closing).toBe(0);
    await delivered();
    expect((await remind(3)).closing).toBe(1);
    expect(await burst()).toHaveLength(4);
  });
});

describe('the engagement job', () => {
  it('runs from the job queue in two worker processes, and runs queued at once still remind once', async () => {
    const pair = { mentorId: id('director-rome'), menteeId: id('new-york') };
    await seedProgramme(h.db, tenantId, { id: 'queue', surveys: [], status: 'running' });
    const pairId = await seedPair(h.db, tenantId, { programmeId: 'queue', ...pair, at: now - 5 * DAY });
    const { occurrenceIds } = await seedSessions(h.db, tenantId, { id: pairId, ...pair }, [now - 2 * HOUR]);
    // A second server process beside the app's own workers, on the same database.
    const other = await compose({
      db: h.db,
      identity: h.t.identity,
      clock,
      onError: (err, what) => console.error(`worker: ${what} failed`, err),
      warn: () => {},
    });
    try {
      await startEngagementWorkers(other, { pollingIntervalSeconds: 0.5, engagementCron: '0 0 1 1 *' });
      await Promise.all([0, 1, 2, 3].map(() => other.jobs.send(h.db, ENGAGEMENT_QUEUE, {})));
      for (let i = 0; i < 150 && (await other.jobs.pending(ENGAGEMENT_QUEUE)) > 0; i++)
        await new Promise((r) => setTimeout(r, 200));
      expect(await other.jobs.pending(ENGAGEMENT_QUEUE)).toBe(0);
    } finally {
      await other.stop();
    }
    const reminded = (await owed(h.db, tenantId, 'checkinDue')).filter((n) => n.subject?.endsWith(occurrenceIds[0]!));
    expect(reminded.map((n) => n.person_id).sort()).toEqual([id('director-rome'), id('new-york')].sort());
  });
});
