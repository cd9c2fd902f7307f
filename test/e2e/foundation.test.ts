import type { Browser, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { browserMissing, launchBrowser } from '../helpers/browser.js';
import { expectNoSeriousViolationsInTeams } from './teams-host/axe.js';
import { openInTeams, TAB_ORIGIN, type HostTheme, type InTeams } from './teams-host/host.js';
import { notificationsTo, populated, type Populated } from './populated.js';
import { tabs } from './tab.js';

// The tab's foundation in Chromium, inside the Teams host page, on the real app and the sandbox:
// an activity notification's deep link opens the session it is about; reload and Back keep the
// place; no view scrolls sideways at phone, side-panel and desktop widths in any Teams theme; axe
// finds nothing serious on any view; and when the server cannot be reached, one banner says so
// while what was loaded stays on screen.

const missing = browserMissing();
if (missing) console.warn(missing);

const WIDTHS = [320, 375, 768, 1280];
const THEMES: { theme: HostTheme; background: string }[] = [
  { theme: 'default', background: teamsLightTheme.colorNeutralBackground1 },
  { theme: 'dark', background: teamsDarkTheme.colorNeutralBackground1 },
  { theme: 'contrast', background: teamsHighContrastTheme.colorNeutralBackground1 },
];

describe.skipIf(missing !== null)('The tab’s foundation in Teams', { timeout: 180_000 }, () => {
  let h: Populated;
  let browser: Browser;
  const open: InTeams[] = [];

  beforeAll(async () => {
    [h, browser] = await Promise.all([populated(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });
  afterEach(async () => {
    for (const o of open.splice(0)) {
      expect(o.problems, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
      await o.close();
    }
  });

  async function inTeams(options: { subEntityId?: string; theme?: HostTheme; path?: string; width?: number } = {}) {
    const { width = 1280, ...rest } = options;
    const teams = await openInTeams(browser, h, {
      user: h.mentor,
      tenantId: h.t.sandbox.tenantId,
      token: (id) => h.t.ssoToken(id),
      context: { viewport: { width, height: 800 } },
      ...rest,
    });
    open.push(teams);
    return teams;
  }

  /** The views of the tab and how to know each is ready, as the mentor sees them. */
  function views() {
    const sessionPath = `/meetings/${h.series.id}/sessions/${h.movedSessionId}`;
    return [
      { name: 'Home', path: '/', title: 'Welcome to Tandem' },
      { name: 'Programmes', path: '/programmes', title: 'My programmes' },
      { name: 'Requests', path: '/requests', title: 'Requests' },
      { name: 'a pair', path: `/pairs/${h.pairId}`, title: `Pairing with ${h.mentee.displayName}` },
      { name: 'Meetings', path: '/meetings', title: 'Meetings' },
      { name: 'a session', path: sessionPath, title: 'Meetings' },
    ];
  }

  it('opens the session an activity notification links to, from its deep link', async () => {
    const notice = notificationsTo(h, h.mentor.id).find((n) => n.topic.webUrl?.includes(h.movedSessionId));
    expect(notice, 'the mentor was told the session moved').toBeDefined();
    // The link Teams opens: /l/entity/<app>/home?context={"subEntityId": "<the tab's path>"}.
    const link = new URL(notice!.topic.webUrl!);
    expect(link.origin + link.pathname).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/entity\/[\w-]+\/home$/);
    const { subEntityId } = JSON.parse(link.searchParams.get('context')!) as { subEntityId: string };
    expect(subEntityId).toBe(`meetings/${h.series.id}/sessions/${h.movedSessionId}`);

    const teams = await inTeams({ subEntityId });
    await teams.tab.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe(`/${subEntityId}`);
    // The session itself has the focus, not the page's title: what the link was about.
    await expect
      .poll(() =>
        teams.frame().evaluate(() => {
          const active = document.activeElement;
          return !!active && active !== document.body && !!active.closest('main') && active.tagName !== 'H1';
        }),
      )
      .toBe(true);
    expect((await teams.calls()).filter((c) => c.func === 'appInitialization.success')).toHaveLength(1);
  });

  it('keeps the place on reload, and Back returns to the view before', async () => {
    const [home, , , pair, , session] = views();
    const teams = await inTeams({ subEntityId: session!.path.slice(1) });
    const { tab } = teams;
    await tab.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();

    await teams.frame().evaluate(() => location.reload());
    await tab.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe(session!.path);

    await tabs(tab).home.click();
    await tab.getByRole('heading', { level: 1, name: home!.title }).waitFor();
    await tab.getByRole('link', { name: h.mentee.displayName, exact: true }).first().click();
    await tab.getByRole('heading', { level: 1, name: pair!.title }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe(pair!.path);

    await teams.frame().evaluate(() => history.back());
    await tab.getByRole('heading', { level: 1, name: home!.title }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe('/');
    await teams.frame().evaluate(() => history.back());
    await tab.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe(session!.path);
    await teams.frame().evaluate(() => history.forward());
    await tab.getByRole('heading', { level: 1, name: home!.title }).waitFor();
  });

  for (const { theme, background } of THEMES) {
    it(`lets no view scroll sideways at ${WIDTHS.join(', ')} px in the ${theme} theme, and axe finds nothing`, async () => {
      const teams = await inTeams({ theme, width: WIDTHS[0] });
      const { tab, page } = teams;
      for (const view of views()) {
        await teams.frame().goto(new URL(view.path, TAB_ORIGIN).href);
        await tab.getByRole('heading', { level: 1, name: view.title }).waitFor();
        await loaded(teams);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await settle(teams);
          expect(await overflow(teams), `${view.name} at ${width} px, ${theme}`).toEqual({
            scrollWidth: width,
            wider: [],
          });
        }
        // At a desktop width the view is a centred column as wide as reads well, not a strip on the left.
        const column = await teams.frame().evaluate(() => {
          const box = document.querySelector('main h1')!.parentElement!.getBoundingClientRect();
          return { width: box.width, left: box.left, right: window.innerWidth - box.right };
        });
        expect(column.width, `${view.name}'s column at 1280 px`).toBeGreaterThan(900);
        expect(Math.abs(column.left - column.right), `${view.name}'s column at 1280 px`).toBeLessThanOrEqual(1);
        // The page behind the views wears the theme, so nothing that scrolls past shows white.
        expect(await pageBackground(teams), `${view.name}, ${theme}`).toEqual({
          html: rgb(background),
          body: 'rgba(0, 0, 0, 0)',
        });
        await page.setViewportSize({ width: 375, height: 800 });
        await settle(teams);
        await expectNoSeriousViolationsInTeams(page, `${view.name} at 375 px, ${theme}`);
        await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      }
    });
  }

  it('puts the views that do not fit a phone into "More", which opens them', async () => {
    const teams = await inTeams({ width: 320 });
    const { tab } = teams;
    await tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).waitFor();
    const nav = tabs(tab);
    await nav.more.waitFor();
    // The open view stays in the row.
    expect(await nav.home.getAttribute('aria-current')).toBe('page');
    await nav.more.click();
    const menu = tab.getByRole('menu');
    await menu.waitFor();
    // The menu is a layer over the view, not a page over it: the title beside it is still there.
    expect(
      await teams.frame().evaluate(() => {
        const title = document.querySelector('main h1')!.getBoundingClientRect();
        const seen = document.elementFromPoint(title.left + 8, title.top + title.height / 2);
        return !!seen?.closest('h1');
      }),
    ).toBe(true);
    const inMenu = await menu.getByRole('menuitem').allInnerTexts();
    expect(inMenu.length).toBeGreaterThan(0);
    expect(inMenu).toContain('Meetings');
    await menu.getByRole('menuitem', { name: 'Meetings' }).click();
    await tab.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(await teams.frame().evaluate(() => location.pathname)).toBe('/meetings');

    // At a desktop width every view has its link in the row and there is no "More".
    await teams.page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => nav.more.count()).toBe(0);
    expect(await nav.meetings.getAttribute('aria-current')).toBe('page');
  });

  it('says once that the server cannot be reached, keeps what was loaded, and recovers', async () => {
    const teams = await inTeams();
    const { tab, context } = teams;
    const pairs = tab.getByRole('region', { name: 'Your mentors and mentees' });
    await pairs.getByRole('link', { name: h.mentee.displayName, exact: true }).first().waitFor();

    // The network goes: every call to the API fails as it would offline.
    const down = (route: Route) => route.abort('internetdisconnected');
    await context.route(`${TAB_ORIGIN}/api/**`, down);
    // Back to the window after a while: the tab asks again for everything on screen.
    await teams.frame().evaluate(() => {
      const later = Date.now() + 60_000;
      Date.now = () => later;
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('visibilitychange'));
    });

    const banner = tab.getByText("Tandem can't reach its server.");
    await banner.waitFor({ timeout: 20_000 });
    expect(await tab.getByText(/can't reach its server/).count()).toBe(1);
    expect(await pairs.getByRole('link', { name: h.mentee.displayName, exact: true }).count()).toBeGreaterThan(0);
    expect(await tab.getByRole('heading', { level: 1, name: 'Welcome to Tandem' }).count()).toBe(1);

    await context.unroute(`${TAB_ORIGIN}/api/**`, down);
    await tab.getByRole('button', { name: 'Try again' }).click();
    await banner.waitFor({ state: 'detached' });
    // Chromium logs each refused request: expected here, and only those.
    const refused = (p: string) => p.startsWith('console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED');
    teams.problems.splice(0, teams.problems.length, ...teams.problems.filter((p) => !refused(p)));
  });
});

/** Nothing on screen is still loading (spinners: goal progress bars are content, not waiting). */
async function loaded(teams: InTeams): Promise<void> {
  await expect.poll(() => teams.tab.locator('.fui-Spinner').count(), { timeout: 20_000 }).toBe(0);
}

/** Lets a new width's layout and the navigation's overflow measurement settle. */
async function settle(teams: InTeams): Promise<void> {
  await teams
    .frame()
    .evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * How wide the tab's page is, and every visible element that reaches past the window's right or
 * left edge (described by tag, class and text), which would make the tab scroll sideways.
 */
function overflow(teams: InTeams): Promise<{ scrollWidth: number; wider: string[] }> {
  return teams.frame().evaluate(() => {
    const width = window.innerWidth;
    const wider = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        return box.right > width + 0.5 || box.left < -0.5;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} [${Math.round(box.left)}, ${Math.round(box.right)}] "${text}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, wider };
  });
}

function pageBackground(teams: InTeams): Promise<{ html: string; body: string }> {
  return teams.frame().evaluate(() => ({
    html: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
  }));
}

/** "#1f1f1f" → "rgb(31, 31, 31)", as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
