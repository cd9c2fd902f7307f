import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, type DemoApp } from '../demo/demo-app.js';
import { browserMissing, launchBrowser, openPage, TAB_DIR, type OpenPage } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { expectNoSeriousViolations } from './axe.js';
import { expectSignedInAs, pickPerson, picker } from './tab.js';

// The living first run as `npm start` gives it: the sandbox tenant starts on a programme in
// progress, and the sign-in picker starts it again from the beginning.

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('the demo programme in a browser', { timeout: 240_000 }, () => {
  let h: DemoApp;
  let url: string;
  let browser: Browser;
  let open: OpenPage | undefined;

  beforeAll(async () => {
    [h, browser] = await Promise.all([startDemoApp({ tabDir: TAB_DIR }), launchBrowser()]);
    await h.demo.start();
    url = await h.app.listen({ port: 0, host: '127.0.0.1' });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });
  afterEach(async () => {
    expect(open?.problems ?? []).toEqual([]);
    await open?.context.close();
    open = undefined;
  });

  it('opens onto a programme in progress: a persona finds their mentee and their meetings on Home', async () => {
    open = await openPage(browser);
    const { page } = open;
    await page.goto(url);
    await picker(page).heading.waitFor();
    await expectNoSeriousViolations(page, 'the sign-in picker with the demo');
    const paired = persona(h.t, 'new-york');
    await pickPerson(page, paired);
    await expectSignedInAs(page, paired);
    // Home is not an empty programme: the person's pairing links to its own page, and Meetings
    // lists the sessions the demo booked in both calendars.
    await expect.poll(() => page.locator('a[href^="/pairs/"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.goto(`${url}/meetings`);
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Join/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('starts the demo again from the picker, after asking, and shows how far it got', async () => {
    open = await openPage(browser);
    const { page } = open;
    await page.goto(url);
    const section = page.getByRole('region', { name: 'The demo programme' });
    await section.getByText(/^Ready since/).waitFor();

    await section.getByRole('button', { name: 'Reset the demo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start the demo again?' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page, 'the demo reset dialog');
    await dialog.getByRole('button', { name: 'Reset the demo' }).click();
    await section.getByText(/^Preparing the demo programme: step \d+ of \d+\.$/).waitFor();
    await section.getByText(/^Ready since/).waitFor({ timeout: 200_000 });
    expect(h.demo.status()).toMatchObject({ state: 'done' });
  });
});
