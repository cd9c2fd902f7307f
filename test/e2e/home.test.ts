import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeGraph } from '../../server/compose.js';
import { sendNotifications } from '../../server/notify/sender.js';
import { createPeopleReader } from '../../server/org/store/people-reader.js';
import { browserMissing, launchBrowser, RESULTS_DIR, serveTab, type TabServer } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolations } from './axe.js';
import { expectView, signedInPages } from './tab.js';
import { nextStep } from './home-pages.js';
import { enrol, MENTOR_OF_LEADERS, pair, syncOrganisation, WOULD_BE_LEADER } from './teams-host/people.js';

// Home in a real browser, against the real app and a sandbox tenant that starts empty: the first
// mentee of a programme (no mentor has joined) is told they are on the list and invites a
// colleague, who gets a Teams activity notification; a paired person's next step is their pair.

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Home in a browser', { timeout: 120_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  let firstMentee: { id: string; displayName: string };
  let colleague: { id: string; displayName: string };
  let mentor: { id: string; displayName: string };
  let mentee: { id: string; displayName: string };

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
    // The intern has no profile photo in the sandbox; the others have one.
    firstMentee = persona(server.t, 'intern');
    colleague = persona(server.t, 'director-rome');
    mentor = persona(server.t, 'senior-exec');
    mentee = persona(server.t, 'junior-dev');
    await syncOrganisation(server);
    await enrol(server, firstMentee.id, 'mentoring', WOULD_BE_LEADER);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // One refusal is asked for on purpose, and Chromium logs it: inviting the same colleague twice.
  const pages = signedInPages(
    () => browser,
    () => server.url,
    [/409 \(Conflict\).*\/api\/invitations\)$/],
  );
  afterEach(() => pages.closeAll());

  it('tells the first mentee they are on the list, and lets them invite a colleague, who is notified in Teams', async () => {
    const page = await pages.signIn(firstMentee);
    const step = nextStep(page);
    await step.getByText('You are on the list for a mentor in Mentoring').waitFor();
    await step.getByText('We will tell you in Teams when one joins who fits you.', { exact: false }).waitFor();
    expect(await page.getByText(/No mentor fits you right now/).count()).toBe(0);
    await expectNoSeriousViolations(page, 'Home, the first mentee');
    await screenshot(page, 'e2e-home-first-mentee');

    await step.getByRole('searchbox', { name: 'Find a colleague' }).fill(colleague.displayName.split(' ')[0]!);
    const found = step.getByRole('list', { name: 'Colleagues' });
    const row = found.getByRole('listitem').filter({ hasText: colleague.displayName });
    // Their Microsoft 365 photo, fetched with the person's token, beside their name.
    await expect.poll(() => row.locator('img').getAttribute('src')).toMatch(/^data:image\//);
    await expectNoSeriousViolations(page, 'Home, inviting a colleague');
    await row.getByRole('button', { name: `Invite ${colleague.displayName} to mentor` }).click();
    await step.getByRole('status').getByText(`We let ${colleague.displayName} know.`, { exact: false }).waitFor();
    await row.getByRole('button', { name: 'Invited' }).waitFor();
    await screenshot(page, 'e2e-home-invited');

    const people = createPeopleReader({ onZoneFallback: () => undefined });
    const sent = await sendNotifications({ db: server.db, graph: composeGraph(server.t.identity), people });
    expect(sent.failed).toBe(0);
    const feed = (await (await server.t.admin(`/sandbox/v1/users/${colleague.id}/activities`)).json()) as {
      value: { activityType: string; templateParameters: { name: string; value: string }[] }[];
    };
    const told = feed.value.filter((n) => n.activityType === 'mentorInvited');
    expect(told).toHaveLength(1);
    expect(told[0]!.templateParameters).toContainEqual({ name: 'person', value: firstMentee.displayName });
  });

  it('says why the same colleague cannot be invited twice', async () => {
    const page = await pages.signIn(firstMentee);
    const step = nextStep(page);
    await step.getByRole('searchbox', { name: 'Find a colleague' }).fill(colleague.displayName.split(' ')[0]!);
    const row = step.getByRole('listitem').filter({ hasText: colleague.displayName });
    await row.getByRole('button', { name: `Invite ${colleague.displayName} to mentor` }).click();
    await step
      .getByRole('alert')
      .getByText(`You invited ${colleague.displayName} in the last two weeks.`, { exact: false })
      .waitFor();
  });

  it('shows who you are without the organisation’s id or a level, with initials when there is no photo', async () => {
    const page = await pages.signIn(firstMentee);
    const who = page.getByRole('region', { name: 'Who you are' });
    await who.getByText(firstMentee.displayName, { exact: true }).waitFor();
    const text = await who.innerText();
    expect(text).not.toMatch(/Organisation ID|Level/);
    expect(text).not.toContain(server.t.sandbox.tenantId);
    const initials = firstMentee.displayName
      .split(' ')
      .map((w) => w[0])
      .join('');
    await who.getByText(initials.slice(0, 1) + initials.slice(-1), { exact: true }).waitFor();
  });

  it('puts a paired person’s pair first on Home, with the other’s photo, and opens it', async () => {
    await enrol(server, mentor.id, 'mentoring', MENTOR_OF_LEADERS);
    await enrol(server, mentee.id, 'mentoring', WOULD_BE_LEADER);
    await pair(server, 'mentoring', mentor.id, mentee.id);

    const page = await pages.signIn(mentee);
    const step = nextStep(page);
    // Until the workers book the meetings, the pair itself; once booked, its next session.
    await step.getByText(new RegExp(`^(You are paired with|Next session with) ${mentor.displayName}$`)).waitFor();
    await expect.poll(() => step.locator('img').first().getAttribute('src')).toMatch(/^data:image\//);
    expect(await page.getByRole('region', { name: 'Mentors for you in Mentoring' }).count()).toBe(0);
    await expectNoSeriousViolations(page, 'Home, paired');
    await screenshot(page, 'e2e-home-paired');

    await step.getByRole('link', { name: /^(See the pairing|See the session)$/ }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: mentor.displayName }).waitFor();
  });

  it('lays Home out in two columns on a desktop and in one, without sideways scrolling, on a phone', async () => {
    const page = await pages.signIn(firstMentee, { viewport: { width: 1280, height: 900 } });
    await nextStep(page).waitFor();
    const step = (await nextStep(page).boundingBox())!;
    const who = (await page.getByRole('region', { name: 'Who you are' }).boundingBox())!;
    expect(who.x).toBeGreaterThan(step.x + step.width - 1);
    expect(step.width).toBeGreaterThan(600);

    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const narrow = (await page.getByRole('region', { name: 'Who you are' }).boundingBox())!;
      expect(narrow.x).toBeLessThan(width / 4);
    }
    await expectView(page, 'Welcome to Tandem');
  });
});

/** Kept in test-results/ (gitignored; CI can keep it as an artifact) to look at what was tested. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}
