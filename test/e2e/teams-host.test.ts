import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { Browser, FrameLocator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launchBrowser, serveTab, type TabServer } from '../helpers/browser.js';
import { persona } from '../helpers/sandbox.js';
import { fakeEntraConsent } from './teams-host/entra.js';
import { expectNoSeriousViolationsInTeams } from './teams-host/axe.js';
import {
  openInTeams,
  TAB_ORIGIN,
  userOfBearer,
  type InTeams,
  type TeamsHostOptions,
  type TeamsUser,
} from './teams-host/host.js';
import { enrol, MENTOR_OF_LEADERS, syncOrganisation } from './teams-host/people.js';
import { joinMentoringAsMentee } from './tab.js';
import type { Requests } from '../../server/matching/schemas.js';

// The tab as Teams runs it: framed by a host page at teams.microsoft.com that answers the TeamsJS
// messages (teams-host/protocol.ts), against the real app and the sandbox tenant. What the plain
// browser tests cannot see: no sandbox picker, single sign-on through getAuthToken, Teams'
// language and theme (changed live), notifySuccess once the first view is up, consent.

const missing = browserMissing();
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('Tandem inside Teams', { timeout: 120_000 }, () => {
  let server: TabServer;
  let browser: Browser;
  const open: InTeams[] = [];

  beforeAll(async () => {
    server = await serveTab();
    browser = await launchBrowser();
    // Matching needs everyone's place in the organisation: HR starts a directory sync first.
    await syncOrganisation(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const o of open.splice(0)) {
      expect(
        o.problems.filter((p) => !noPhoto(p)),
        'console errors, uncaught exceptions or CSP violations',
      ).toEqual([]);
      await o.close();
    }
  });

  async function inTeams(user: TeamsUser, options: Partial<TeamsHostOptions> = {}): Promise<InTeams> {
    const o = await openInTeams(browser, server, {
      user,
      tenantId: server.t.sandbox.tenantId,
      token: (id) => server.t.ssoToken(id),
      ...options,
    });
    open.push(o);
    return o;
  }

  it('signs in the Teams user with getAuthToken, with no sandbox picker, and speaks Italian for it-IT', async () => {
    const person = persona(server.t, 'junior-dev');
    const teams = await inTeams(person, { locale: 'it-IT' });
    const { tab } = teams;

    await tab.getByRole('heading', { level: 1, name: 'Ti diamo il benvenuto in Tandem' }).waitFor();
    const nav = tab.getByRole('navigation', { name: 'Tandem' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining(['Home', 'Partecipa', 'Richieste']),
    );
    const whoYouAre = tab.getByRole('region', { name: 'Chi sei' });
    await whoYouAre.getByText(person.displayName, { exact: true }).waitFor();
    await whoYouAre.getByText(person.userPrincipalName, { exact: true }).waitFor();
    expect(await teams.frame().evaluate(() => document.documentElement.lang)).toBe('it-IT');

    // The Teams path: no picker, no sandbox banner, no sandbox sign-in.
    expect(await tab.getByRole('heading', { name: 'Accedi alla sandbox' }).count()).toBe(0);
    expect(await tab.getByRole('banner').count()).toBe(0);
    expect(teams.api.filter((c) => c.path.startsWith('/api/sandbox/'))).toEqual([]);

    // Every call carries a token Teams gave for that person, asked for each time.
    const calls = teams.api.filter((c) => c.path !== '/api/config');
    expect(calls.length).toBeGreaterThan(1);
    expect(new Set(calls.map((c) => userOfBearer(c.authorization)))).toEqual(new Set([person.id]));
    const tokenRequests = (await teams.calls()).filter((c) => c.func === 'authentication.getAuthToken');
    expect(tokenRequests.length).toBeGreaterThanOrEqual(calls.length);
  });

  it('speaks English when Teams is in a language Tandem does not have', async () => {
    const teams = await inTeams(persona(server.t, 'london'), { locale: 'fr-FR', context: { locale: 'it-IT' } });
    await teams.tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    expect(await teams.frame().evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('tells Teams it is ready once its first view is on screen, and only once', async () => {
    const teams = await inTeams(persona(server.t, 'manager'));
    await teams.tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    await expect
      .poll(async () => (await teams.calls()).filter((c) => c.func === 'appInitialization.success').length)
      .toBe(1);

    const calls = await teams.calls();
    const firstView = await teams.firstViewAt();
    const success = calls.find((c) => c.func === 'appInitialization.success')!;
    expect(firstView).not.toBeNull();
    expect(success.at).toBeGreaterThanOrEqual(firstView!);
    expect(success.from).toBe('content');
    // The handshake came first, and the tab listens for theme changes.
    expect(calls.slice(0, 2).map((c) => c.func)).toEqual(['initialize', 'getContext']);
    expect(calls.filter((c) => c.func === 'registerHandler').map((c) => c.args[0])).toContain('themeChange');
    expect(await teams.unhandled()).toEqual([]);
  });

  it('follows Teams’ theme live: light, then dark, then high contrast', async () => {
    const teams = await inTeams(persona(server.t, 'new-york'), { theme: 'default' });
    await teams.tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    expect(await colours(teams)).toEqual(themeColours(teamsLightTheme));

    await teams.setTheme('dark');
    await expect.poll(() => colours(teams)).toEqual(themeColours(teamsDarkTheme));
    await expectNoSeriousViolationsInTeams(teams.page, 'Home in Teams, dark');

    await teams.setTheme('contrast');
    await expect.poll(() => colours(teams)).toEqual(themeColours(teamsHighContrastTheme));
    await expectNoSeriousViolationsInTeams(teams.page, 'Home in Teams, high contrast');
  });

  it('starts in the theme Teams is in', async () => {
    const teams = await inTeams(persona(server.t, 'bangalore'), { theme: 'dark' });
    await teams.tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    expect(await colours(teams)).toEqual(themeColours(teamsDarkTheme));
  });

  it('takes a mentee from Home to joining, to suggestions with reasons, to a request sent', async () => {
    const mentor = persona(server.t, 'director-rome');
    const mentee = persona(server.t, 'junior-dev');
    await enrol(server, mentor.id, 'mentoring', MENTOR_OF_LEADERS);
    const teams = await inTeams(mentee);
    const { tab } = teams;

    await tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    await tab.getByRole('link', { name: 'Join a programme', exact: true }).click();
    await joinMentoringAsMentee(tab);
    await tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    const card = suggestionOf(tab, 'Mentors for you in Mentoring', mentor.displayName);
    // Suggestions load after the view: wait for the reasons before reading them.
    const why = card.getByRole('list', { name: 'Why this match' });
    await why.waitFor();
    const reasons = await why.getByRole('listitem').allInnerTexts();
    expect(reasons).toContain('They can teach you the skill you asked for: Leadership.');
    await expectNoSeriousViolationsInTeams(teams.page, 'Home in Teams, with suggestions');

    await card.getByRole('button', { name: `Send a request to ${mentor.displayName}` }).click();
    await card
      .getByRole('textbox', { name: `Message to ${mentor.displayName} (optional)` })
      .fill('Mi aiuti a crescere come leader?');
    await card.getByRole('button', { name: 'Send request' }).click();
    await card.getByRole('status').getByText(`Request sent to ${mentor.displayName}.`, { exact: false }).waitFor();

    // The mentor sees it, sent by the person Teams signed in.
    const token = await server.t.ssoToken(mentor.id);
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/requests',
      headers: { authorization: `Bearer ${token}` },
    });
    const received = res.json<Requests>().requests;
    expect(received).toEqual([
      expect.objectContaining({ menteeId: mentee.id, message: 'Mi aiuti a crescere come leader?', status: 'pending' }),
    ]);
  });

  it('asks a person to consent when the server may not act for them yet, and carries on once they have', async () => {
    // Someone who joined after the last sync: Tandem reads their profile on their behalf, which
    // needs their consent, withdrawn here.
    const hired = await server.t.admin('/sandbox/v1/users', {
      method: 'POST',
      body: { givenName: 'Nuova', surname: 'Assunta', managerId: persona(server.t, 'manager').id, jobTitle: 'Analyst' },
    });
    const newcomer = server.t.sandbox.state.directory.get(((await hired.json()) as { id: string }).id)!;
    expect(
      (await server.t.admin(`/sandbox/v1/users/${newcomer.id}/consent`, { method: 'PUT', body: { consented: false } }))
        .status,
    ).toBeLessThan(300);

    const teams = await inTeams(newcomer);
    const authorize = await fakeEntraConsent(teams.context, {
      tenantId: server.t.sandbox.tenantId,
      clientId: server.t.identity.clientId,
      redirectUris: [`${TAB_ORIGIN}/consent/end`],
      grant: async (loginHint, scopes) => {
        const user = server.t.sandbox.state.directory.get(loginHint);
        if (!user) throw new Error(`no one signs in as ${loginHint}`);
        await server.t.admin(`/sandbox/v1/users/${user.id}/consent`, {
          method: 'PUT',
          body: { consented: true, scopes },
        });
      },
    });
    const { tab } = teams;
    const banner = tab.getByRole('banner');
    await banner.getByText('Tandem needs your permission.').waitFor();
    await expectNoSeriousViolationsInTeams(teams.page, 'Home in Teams, consent needed');

    // Closing the window is no answer: the banner stays, to try again.
    const [first] = await Promise.all([
      teams.page.waitForEvent('popup'),
      banner.getByRole('button', { name: 'Give permission' }).click(),
    ]);
    await first.getByRole('button', { name: 'Accept' }).waitFor();
    await first.close();
    await banner.getByText('Permission was not given. You can try again.').waitFor();

    const [popup] = await Promise.all([
      teams.page.waitForEvent('popup'),
      banner.getByRole('button', { name: 'Give permission' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Accept' }).click();
    await popup.waitForEvent('close');

    await tab.getByRole('region', { name: 'Who you are' }).getByText(newcomer.displayName, { exact: true }).waitFor();
    expect(await banner.count()).toBe(0);
    expect(authorize.at(-1)?.params).toMatchObject({
      client_id: server.t.identity.clientId,
      prompt: 'consent',
      login_hint: newcomer.userPrincipalName,
      scope: 'https://graph.microsoft.com/User.Read openid profile',
    });
    const auth = (await teams.calls()).filter((c) => c.func.startsWith('authentication.authenticate'));
    expect(auth.map((c) => `${c.from} ${c.func}`)).toEqual([
      'content authentication.authenticate',
      'content authentication.authenticate',
      'authentication authentication.authenticate.success',
    ]);
    // The browser logs the server's 403 answers to /api/me: expected here, and only those.
    const refused = (p: string) =>
      p.startsWith('console: Failed to load resource: the server responded with a status of 403') &&
      p.endsWith(`(${TAB_ORIGIN}/api/me)`);
    expect(teams.problems.filter(refused).length).toBeGreaterThan(0);
    teams.problems.splice(0, teams.problems.length, ...teams.problems.filter((p) => !refused(p)));
  });
});

/**
 * A person without a profile photo: the server answers 404 photo_not_found by design and the tab
 * shows initials, but Chromium logs the 404.
 */
function noPhoto(problem: string): boolean {
  return /^console: Failed to load resource: .* 404 .*\/api\/people\/[\w-]+\/photo\)$/.test(problem);
}

/** The background and text colours of the tab's Fluent provider, as the browser computed them. */
async function colours(teams: InTeams): Promise<{ background: string; foreground: string }> {
  return teams.frame().evaluate(() => {
    const style = getComputedStyle(document.querySelector('.fui-FluentProvider')!);
    return { background: style.backgroundColor, foreground: style.color };
  });
}

function themeColours(theme: { colorNeutralBackground1: string; colorNeutralForeground1: string }) {
  return { background: rgb(theme.colorNeutralBackground1), foreground: rgb(theme.colorNeutralForeground1) };
}

/** "#1f1f1f" → "rgb(31, 31, 31)", as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function suggestionOf(tab: FrameLocator, list: string, name: string) {
  return tab
    .getByRole('region', { name: list })
    .getByRole('listitem')
    .filter({ has: tab.getByRole('heading', { name, exact: true }) });
}
