import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import type { Graph } from '../../server/graph/facade.js';
import { notify } from '../../server/notify/outbox.js';
import { sendNotifications } from '../../server/notify/sender.js';
import type { PeopleReader } from '../../server/org/people.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { syncTenant } from '../../server/org/sync.js';
import { tabDeepLink } from '../../server/teams-app.js';
import { createTestDb } from '../helpers/db.js';
import { persona, sandboxGraph, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Notifications owed in the transaction of the change that caused them, and sent to the sandbox
// tenant's Teams activity feeds over HTTPS, each previewed in its recipient's language.

let t: TestSandbox;
let db: Db;
let graph: Graph;
let people: PeopleReader;

const tenant = () => t.sandbox.tenantId;
const send = () => sendNotifications({ db, graph, people });
const feed = async (id: string) =>
  (
    (await (await t.admin(`/sandbox/v1/users/${id}/activities`)).json()) as {
      value: {
        activityType: string;
        previewText: { content: string };
        topic: { source: string; value: string; webUrl?: string };
      }[];
    }
  ).value;
const owed = async () =>
  db.query<{ person_id: string; sent_at: Date | null; attempts: number }>(
    'SELECT person_id, sent_at, attempts FROM notifications WHERE tenant_id = $1 ORDER BY created_at',
    [tenant()],
  );

beforeAll(async () => {
  [t, db] = await Promise.all([startTestSandbox({ size: 40 }), createTestDb()]);
  graph = sandboxGraph(t);
  people = createPeopleReader({ onZoneFallback: () => undefined });
  const g = graph.forTenant(tenant());
  const quiet = { info: () => undefined, warn: () => undefined };
  const deps = {
    db,
    readPage: g.directory.readDeltaPage,
    graphRequests: g.requests,
    clock: { now: () => Date.now() },
    log: quiet,
  };
  await syncTenant(deps, tenant(), { owner: 'test' });
});
afterAll(async () => {
  await db?.close();
  await t?.close();
});
afterEach(async () => {
  await t.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
  await db.query('DELETE FROM notifications');
});

describe('the outbox', () => {
  it('owes a notification if and only if the change that caused it commits', async () => {
    const junior = persona(t, 'junior-dev').id;
    await db
      .transaction(async (tx) => {
        await notify(tx, tenant(), junior, 'pairEnded', { person: 'Marco Ricci', programme: 'Mentoring' });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect(await owed()).toEqual([]);
    await db.transaction((tx) =>
      notify(tx, tenant(), junior, 'pairEnded', { person: 'Marco Ricci', programme: 'Mentoring' }),
    );
    expect(await owed()).toMatchObject([{ person_id: junior, sent_at: null, attempts: 0 }]);
  });
});

describe('the sender', () => {
  it("sends each owed notification once, previewed in its recipient's language", async () => {
    const junior = persona(t, 'junior-dev').id;
    const london = persona(t, 'london').id;
    await db.transaction(async (tx) => {
      await notify(tx, tenant(), junior, 'requestReceived', { person: 'Emily Clarke', programme: 'Reverse mentoring' });
      await notify(tx, tenant(), london, 'requestAccepted', {
        person: 'Giulia Esposito',
        programme: 'Reverse mentoring',
      });
    });
    expect(await send()).toEqual({ sent: 2, failed: 0 });
    expect(await send()).toEqual({ sent: 0, failed: 0 });

    const toJunior = (await feed(junior)).filter((n) => n.activityType === 'requestReceived');
    expect(toJunior.map((n) => n.previewText.content)).toEqual([
      'Emily Clarke ti ha chiesto di fare tandem in Reverse mentoring',
    ]);
    const toLondon = (await feed(london)).filter((n) => n.activityType === 'requestAccepted');
    expect(toLondon.map((n) => n.previewText.content)).toEqual([
      'Giulia Esposito accepted your request in Reverse mentoring',
    ]);
    expect((await owed()).every((n) => n.sent_at !== null && n.attempts === 1)).toBe(true);
  });

  it('links each notification to what it is about, and one without a subject to the tab', async () => {
    const junior = persona(t, 'junior-dev').id;
    await db.transaction(async (tx) => {
      await notify(tx, tenant(), junior, 'meetingBooked', { person: 'With subject' }, 'meetings/series-1');
      await notify(tx, tenant(), junior, 'meetingBooked', { person: 'Without subject' });
    });
    expect(await send()).toEqual({ sent: 2, failed: 0 });
    // The outbox sends in no promised order: read each notification by its text.
    const linkOf = async (text: string) =>
      (await feed(junior)).find((n) => n.previewText.content.includes(text))?.topic;
    expect(await linkOf('With subject')).toEqual({
      source: 'text',
      value: 'Tandem',
      webUrl: tabDeepLink('meetings/series-1'),
    });
    expect(await linkOf('Without subject')).toEqual({ source: 'text', value: 'Tandem', webUrl: tabDeepLink() });
  });

  it('tries again what Teams refused, and gives it up after 5 attempts', async () => {
    const intern = persona(t, 'intern').id;
    await db.transaction((tx) => notify(tx, tenant(), intern, 'meetingNeedsAttention', { person: 'Marco Ricci' }));
    await t.script({
      method: 'POST',
      path: `/users/${intern}/teamwork/sendActivityNotification`,
      status: 404,
      times: 5,
    });
    for (let attempt = 1; attempt <= 5; attempt++) expect(await send()).toEqual({ sent: 0, failed: 1 });
    expect(await send()).toEqual({ sent: 0, failed: 0 });
    expect(await owed()).toMatchObject([{ sent_at: null, attempts: 5 }]);
  });

  it('never sends one notification twice when two senders run at once', async () => {
    const recipients = t.sandbox.state.directory.all().slice(0, 30);
    await db.transaction(async (tx) => {
      for (const r of recipients) await notify(tx, tenant(), r.id, 'meetingBooked', { person: `Colleague of ${r.id}` });
    });
    const [a, b] = await Promise.all([send(), send()]);
    // Each notification was claimed by one sender (the sandbox may throttle a few into a later pass).
    expect(a.sent + a.failed + b.sent + b.failed).toBe(30);
    const received = await Promise.all(
      recipients.map(
        async (r) => (await feed(r.id)).filter((n) => n.previewText.content.includes(`Colleague of ${r.id}`)).length,
      ),
    );
    expect(Math.max(...received)).toBe(1);
    expect(received.reduce((x, y) => x + y, 0)).toBe(a.sent + b.sent);
  });
});
