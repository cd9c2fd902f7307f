import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.js';
import { AppError } from '../../server/errors.js';
import type { Graph } from '../../server/graph/facade.js';
import { createMailboxRefresher, type MailboxRefresher } from '../../server/org/mailboxes.js';
import type { PeopleReader } from '../../server/org/people.js';
import { createPeopleReader, type PeopleReaderOptions } from '../../server/org/store/people-reader.js';
import { syncTenant } from '../../server/org/sync.js';
import type { SandboxUser } from '../../server/sandbox/org/model.js';
import { ROMA_CUSTOM_ZONE } from '../../server/sandbox/org/offices.js';
import { windowsToIana } from '../../server/time/zones.js';
import { createTestDb } from '../helpers/db.js';
import { persona, sandboxGraph, startTestSandbox, type TestSandbox } from '../helpers/sandbox.js';

// Org's people reader and mailbox refresher on the real database, filled by org sync from the
// sandbox tenant over HTTPS, with mailbox facts read from it as the app reads them.

type Fallback = Parameters<PeopleReaderOptions['onZoneFallback']>[0];

const DAY = 24 * 3600_000;
let t: TestSandbox;
let db: Db;
let graph: Graph;
let people: PeopleReader;
let mailboxes: MailboxRefresher;
/** How far the refresher's clock is ahead of the database's, which stamps when facts were read. */
let ahead = 0;
const fallbacks: Fallback[] = [];
const quiet = { info: () => undefined, warn: () => undefined };

const tenant = () => t.sandbox.tenantId;
const user = (id: string): SandboxUser => t.sandbox.state.directory.get(id)!;
const sync = async () => {
  const g = graph.forTenant(tenant());
  const deps = {
    db,
    readPage: g.directory.readDeltaPage,
    graphRequests: g.requests,
    clock: { now: () => Date.now() },
    log: quiet,
  };
  if ((await syncTenant(deps, tenant(), { owner: 'test' })) === 'busy') throw new Error('unexpectedly busy');
};
/** Roma individual contributors who are neither personas nor the one with a customised zone. */
const romaColleagues = (): SandboxUser[] =>
  t.sandbox.state.directory
    .all()
    .filter(
      (u) =>
        u.officeLocation?.startsWith('Roma') &&
        !u.persona &&
        !('bias' in u.mailbox.workingHours.timeZone) &&
        t.sandbox.state.directory.directReports(u.id).length === 0,
    );
/** Rome's rules with a daylight change in a week no month has: a custom zone nobody can read. */
const brokenZone = () => ({
  ...structuredClone(ROMA_CUSTOM_ZONE),
  daylightOffset: { ...ROMA_CUSTOM_ZONE.daylightOffset, dayOccurrence: 9 },
});

beforeAll(async () => {
  [t, db] = await Promise.all([startTestSandbox({ size: 150 }), createTestDb()]);
  graph = sandboxGraph(t);
  people = createPeopleReader({ onZoneFallback: (f) => fallbacks.push(f) });
  mailboxes = createMailboxRefresher({ db, graph, clock: { now: () => Date.now() + ahead } });
  await sync();
});
afterAll(async () => {
  await db?.close();
  await t?.close();
});
afterEach(async () => {
  ahead = 0;
  fallbacks.length = 0;
  await t.admin('/sandbox/v1/faults/scripted', { method: 'DELETE' });
});

describe('the people reader', () => {
  it('sums people up by id, and leaves out ids it does not know', async () => {
    const junior = persona(t, 'junior-dev');
    const stranger = '00000000-0000-4000-8000-000000000000';
    const found = await people.summaries(db, tenant(), [junior.id, junior.id, stranger]);
    expect([...found.keys()]).toEqual([junior.id]);
    expect(found.get(junior.id)).toEqual({
      id: junior.id,
      displayName: 'Giulia Esposito',
      jobTitle: user(junior.id).jobTitle,
      department: 'Engineering',
      officeLocation: 'Milano - Porta Nuova',
    });
    expect((await people.summaries(db, tenant(), [])).size).toBe(0);
  });

  it('gives contacts with the address, the language and working hours in a zone Tandem reads', async () => {
    const junior = persona(t, 'junior-dev');
    await mailboxes.refresh(tenant(), [junior.id], DAY);
    const contact = (await people.contacts(db, tenant(), [junior.id])).get(junior.id)!;
    expect(contact).toMatchObject({
      id: junior.id,
      displayName: 'Giulia Esposito',
      address: user(junior.id).mail,
      language: 'it-IT',
      current: true,
    });
    expect(contact.hours).toMatchObject({ timeZone: windowsToIana('W. Europe Standard Time'), days: [1, 2, 3, 4, 5] });
    expect(contact.hours?.start).toMatch(/^\d{2}:\d{2}$/);
    expect(contact.mailboxFetchedAt).toBeGreaterThan(Date.now() - 60_000);
    expect(fallbacks).toEqual([]);
  });

  it('reads the working hours of a customised Outlook zone as its rule, with no fallback', async () => {
    const custom = t.sandbox.state.directory.all().find((u) => 'bias' in u.mailbox.workingHours.timeZone)!;
    await mailboxes.refresh(tenant(), [custom.id], DAY);
    const contact = (await people.contacts(db, tenant(), [custom.id])).get(custom.id)!;
    expect(contact.hours?.timeZone).toMatch(/^</);
    expect(fallbacks).toEqual([]);
  });

  it("reads working hours whose own zone is unreadable in the mailbox's zone, and says so", async () => {
    const colleague = romaColleagues()[0]!;
    user(colleague.id).mailbox.workingHours.timeZone = brokenZone();
    await mailboxes.refresh(tenant(), [colleague.id], DAY);
    const contact = (await people.contacts(db, tenant(), [colleague.id])).get(colleague.id)!;
    const rome = windowsToIana('W. Europe Standard Time');
    expect(contact.hours?.timeZone).toBe(rome);
    expect(fallbacks).toEqual([
      // Graph's answer is read once (server/graph/mailbox.ts): what could not be read is not kept.
      { unreadable: null, usedSource: 'mailbox', usedZone: rome, tenantId: tenant(), personId: colleague.id },
    ]);
  });

  it("falls back to the office's most common zone when the mailbox's is unreadable too, and says so", async () => {
    const bangalore = t.sandbox.state.directory.all().filter((u) => u.officeLocation === 'Bangalore - Whitefield');
    const odd = bangalore.find((u) => !u.persona)!;
    user(odd.id).mailbox.timeZone = 'Customized Time Zone';
    user(odd.id).mailbox.workingHours.timeZone = brokenZone();
    await mailboxes.refresh(
      tenant(),
      bangalore.map((u) => u.id),
      DAY,
    );
    const contact = (await people.contacts(db, tenant(), [odd.id])).get(odd.id)!;
    const india = windowsToIana('India Standard Time');
    expect(contact.hours?.timeZone).toBe(india);
    expect(fallbacks).toEqual([
      { unreadable: null, usedSource: 'office', usedZone: india, tenantId: tenant(), personId: odd.id },
    ]);
  });

  it('places a current person, and nobody it does not know', async () => {
    const junior = persona(t, 'junior-dev');
    const placement = await people.placement(db, tenant(), junior.id);
    expect(placement).toMatchObject({ preferredLanguage: 'it-IT' });
    expect(placement?.level).toBeGreaterThanOrEqual(1);
    expect(await people.placement(db, tenant(), '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('gives matching facts of placed people, with their manager and hours', async () => {
    const junior = persona(t, 'junior-dev');
    await mailboxes.refresh(tenant(), [junior.id], DAY);
    const facts = (await people.matchingFacts(db, tenant(), [junior.id])).get(junior.id)!;
    expect(facts).toMatchObject({
      id: junior.id,
      managerId: persona(t, 'manager').id,
      department: 'Engineering',
      officeLocation: 'Milano - Porta Nuova',
    });
    expect(facts.level).toBeGreaterThanOrEqual(1);
    expect(facts.hireDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.hours?.timeZone).toBe(windowsToIana('W. Europe Standard Time'));
  });

  it('keeps the org index until a sync changes the organisation', async () => {
    const first = await people.orgIndex(db, tenant());
    expect(first.people.length).toBe(150);
    expect(await people.orgIndex(db, tenant())).toBe(first);
    const manager = persona(t, 'manager');
    await t.admin('/sandbox/v1/users', {
      method: 'POST',
      body: { givenName: 'Nuova', surname: 'Collega', managerId: manager.id, jobTitle: 'Analista' },
    });
    await sync();
    const second = await people.orgIndex(db, tenant());
    expect(second).not.toBe(first);
    expect(second.people.length).toBe(151);
  });

  describe('of someone who left', () => {
    let leaver: SandboxUser;
    beforeAll(async () => {
      leaver = romaColleagues()[1]!;
      await mailboxes.refresh(tenant(), [leaver.id], DAY);
      expect((await t.admin(`/sandbox/v1/users/${leaver.id}/leave`, { method: 'POST', body: {} })).status).toBe(204);
      await sync();
    });

    it('still names them, as the copy last had them', async () => {
      expect((await people.summaries(db, tenant(), [leaver.id])).get(leaver.id)?.displayName).toBe(leaver.displayName);
    });

    it('gives their contact as not current, without hours', async () => {
      const contact = (await people.contacts(db, tenant(), [leaver.id])).get(leaver.id)!;
      expect(contact).toMatchObject({ current: false, hours: null, address: leaver.mail });
    });

    it('neither places them nor gives matching facts of them, nor counts them in the org index', async () => {
      expect(await people.placement(db, tenant(), leaver.id)).toBeUndefined();
      expect((await people.matchingFacts(db, tenant(), [leaver.id])).size).toBe(0);
      expect((await people.orgIndex(db, tenant())).positionOf.has(leaver.id)).toBe(false);
    });

    it('is not refreshed by the mailbox refresher', async () => {
      ahead = 2 * DAY;
      const before = graph.forTenant(tenant()).requests();
      expect(await mailboxes.refresh(tenant(), [leaver.id], DAY)).toEqual(new Set());
      expect(graph.forTenant(tenant()).requests()).toBe(before);
    });
  });
});

describe('the mailbox refresher', () => {
  it('reads only the people whose copy is stale or was never read, in one batch for several', async () => {
    const [a, b, c] = t.sandbox.state.directory
      .all()
      .filter((u) => u.officeLocation?.startsWith('Milano') && !u.persona);
    await mailboxes.refresh(tenant(), [a!.id], DAY);
    const requests = graph.forTenant(tenant()).requests;
    let before = requests();
    expect(await mailboxes.refresh(tenant(), [a!.id, b!.id, c!.id], DAY)).toEqual(new Set([b!.id, c!.id]));
    expect(requests() - before).toBe(1);

    before = requests();
    expect(await mailboxes.refresh(tenant(), [a!.id, b!.id, c!.id], DAY)).toEqual(new Set());
    expect(requests()).toBe(before);

    ahead = DAY + 60_000;
    expect(await mailboxes.refresh(tenant(), [a!.id, b!.id], DAY)).toEqual(new Set([a!.id, b!.id]));
  });

  it("fails with Tandem's own error when Graph cannot give the settings", async () => {
    const london = persona(t, 'london');
    ahead = 2 * DAY;
    await t.script({ method: 'GET', path: `/users/${london.id}/mailboxSettings`, status: 404 });
    const err = await mailboxes.refresh(tenant(), [london.id], DAY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'graph_unavailable', statusCode: 502 });
  });

  it('fails as graph_throttled, with the wait, when Graph keeps throttling', async () => {
    const london = persona(t, 'london');
    ahead = 2 * DAY;
    // The first answer and the Graph client's 8 retries, each after a Retry-After of 0.
    await t.script({
      method: 'GET',
      path: `/users/${london.id}/mailboxSettings`,
      status: 429,
      retryAfterSeconds: 0,
      times: 9,
    });
    const err = await mailboxes.refresh(tenant(), [london.id], DAY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'graph_throttled', statusCode: 503, retryAfterSeconds: 1 });
  });
});
