import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Browser, BrowserContextOptions, Frame, FrameLocator } from 'playwright-core';
import { openPage, type OpenPage, type TabServer } from '../../helpers/browser.js';
import type { HostCall, HostConfig, HostTheme } from './protocol.js';

// Tandem inside a stand-in for the Teams web client, in a real browser: a host page at Teams' own
// origin frames the tab and answers the TeamsJS messages the tab sends (protocol.ts), so the tab
// takes its Teams code path (app.initialize, getContext, getAuthToken, notifySuccess, themeChange).
//
// The browser sees the tab at an https origin of its own, proxied to the real app: teams-js only
// listens to hosts that are https and on its list of Microsoft origins (teams.microsoft.com is),
// a page at https cannot frame an http one, and the server's frame-ancestors must let Teams frame
// the tab. All three are then checked for real, by the browser.

export const HOST_ORIGIN = 'https://teams.microsoft.com';
export const TAB_ORIGIN = 'https://tandem.example';
const HOST_PATH = '/_test/tandem-host';

export type { HostCall, HostTheme };

export interface TeamsUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
}

export interface TeamsHostOptions {
  user: TeamsUser;
  tenantId: string;
  /** An SSO token for the user, as Teams' getAuthToken() gives it: TestSandbox.ssoToken. */
  token: (userId: string) => Promise<string>;
  /** Teams' language, e.g. "it-IT"; the browser's own stays en-GB, so the tab must follow Teams. */
  locale?: string;
  theme?: HostTheme;
  /** Path and query of the tab's content URL (the manifest's is "/?inTeams=1"). */
  path?: string;
  /**
   * The place a deep link opened the tab at: the link's `context.subEntityId`, which Teams gives
   * the tab as `page.subPageId` (server/teams-app.ts tabDeepLink builds such links).
   */
  subEntityId?: string;
  context?: BrowserContextOptions;
}

export interface ApiCall {
  method: string;
  path: string;
  authorization: string | undefined;
}

export interface InTeams extends OpenPage {
  /** The tab's frame, for locators. */
  tab: FrameLocator;
  /** The tab's frame, for evaluate. */
  frame(): Frame;
  /** Every request the host received, in order. */
  calls(): Promise<HostCall[]>;
  /** Requests the host had no answer for. */
  unhandled(): Promise<HostCall[]>;
  /** The user switches Teams' theme while the tab is open. */
  setTheme(theme: HostTheme): Promise<void>;
  /** Date.now() in the tab's frame when its navigation and first title were first in the DOM. */
  firstViewAt(): Promise<number | null>;
  /** Calls the tab made to /api/, with their Authorization header. */
  api: ApiCall[];
  /** Makes the window as tall as the tab's content, for a screenshot of all of it. */
  fitFrameToContent(): Promise<void>;
  /** Closes the browser context; requests still on their way are dropped, not failed. */
  close(): Promise<void>;
}

let compiled: string | undefined;

/** protocol.ts as a browser module, compiled once. */
function protocolScript(): string {
  compiled ??= ts.transpileModule(readFileSync(new URL('./protocol.ts', import.meta.url), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return compiled;
}

export function hostPage(config: HostConfig): string {
  // JSON inside <script>: no "<" may close the element early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Microsoft Teams (test host)</title>
    <style>html, body { margin: 0; height: 100%; } iframe { display: block; border: 0; width: 100%; height: 100%; }</style>
  </head>
  <body>
    <iframe id="tab" title="Tandem"></iframe>
    <script type="module">
${protocolScript()}
window.teamsHost = startTeamsHost(${json});
    </script>
  </body>
</html>`;
}

/** Opens Teams with Tandem in it, signed in as `user`, against the real app behind `server`. */
export async function openInTeams(
  browser: Browser,
  server: Pick<TabServer, 'url'>,
  options: TeamsHostOptions,
): Promise<InTeams> {
  const { user, tenantId, locale = 'en-US', theme = 'default', path = '/?inTeams=1' } = options;
  const open = await openPage(browser, options.context);
  const { context, page } = open;

  // Offline, as the other browser tests are: teams-js falls back to its built-in list of hosts.
  await context.route('https://res.cdn.office.net/**', (route) => route.abort('internetdisconnected'));
  await context.route(`${TAB_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    try {
      const response = await route.fetch({ url: new URL(url.pathname + url.search, server.url).href });
      await route.fulfill({ response });
    } catch {
      // The app did not answer, or the test closed the page while the request was on its way: to
      // the tab, as to a browser, that is a failed request, not an error of the test itself.
      await route.abort('failed').catch(() => {});
    }
  });
  const config: HostConfig = {
    tabUrl: new URL(path, TAB_ORIGIN).href,
    tabOrigin: TAB_ORIGIN,
    locale,
    theme,
    user: { ...user, tenantId },
    clientType: 'web',
    hostName: 'Teams',
    ...(options.subEntityId ? { subEntityId: options.subEntityId } : {}),
  };
  await context.route(`${HOST_ORIGIN}${HOST_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostPage(config) }),
  );

  // Teams caches SSO tokens and renews them before they expire; so does this host.
  let cached: { token: string; expiresAt: number } | undefined;
  await context.exposeFunction('teamsHostAuthToken', async () => {
    if (!cached || cached.expiresAt - 5 * 60_000 < Date.now()) {
      const token = await options.token(user.id);
      cached = { token, expiresAt: expiryOf(token) };
    }
    return cached.token;
  });
  // In the tab's frame only: when its navigation and first title are first in the DOM. A string,
  // not a function: tsx (the benchmarks) would wrap a function's inner names in a helper the
  // browser does not have.
  await context.addInitScript({
    content: `(() => {
      if (window === window.top || location.origin !== ${JSON.stringify(TAB_ORIGIN)}) return;
      const observer = new MutationObserver(() => {
        if (!document.querySelector('nav a[href]') || !document.querySelector('main h1')) return;
        window.tandemFirstViewAt = Date.now();
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    })();`,
  });

  const api: ApiCall[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === TAB_ORIGIN && url.pathname.startsWith('/api/')) {
      api.push({
        method: request.method(),
        path: url.pathname + url.search,
        authorization: request.headers().authorization,
      });
    }
  });

  await page.goto(`${HOST_ORIGIN}${HOST_PATH}`);

  const frame = (): Frame => {
    const found = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(TAB_ORIGIN));
    if (!found) throw new Error('The host page has no Tandem frame.');
    return found;
  };
  return {
    ...open,
    tab: page.frameLocator('#tab'),
    frame,
    calls: () => page.evaluate(() => window.teamsHost.calls),
    unhandled: () => page.evaluate(() => window.teamsHost.unhandled),
    setTheme: (next) => page.evaluate((t) => window.teamsHost.setTheme(t), next),
    firstViewAt: () =>
      frame().evaluate(() => (window as unknown as { tandemFirstViewAt?: number }).tandemFirstViewAt ?? null),
    api,
    close: async () => {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    },
    fitFrameToContent: async () => {
      // The frame fills the window, as in Teams: a window as tall as the tab's content shows it all.
      const size = page.viewportSize() ?? { width: 1024, height: 768 };
      const height = await frame().evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
      await frame().evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    },
  };
}

/** The `exp` of a JWT, in epoch milliseconds. */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number };
  return (payload.exp ?? 0) * 1000;
}

/** The `oid` of a JWT bearer header ("Bearer ey..."): who the call was made as. */
export function userOfBearer(authorization: string | undefined): string | null {
  const token = authorization?.match(/^Bearer (.+)$/)?.[1];
  if (!token) return null;
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { oid?: string };
  return payload.oid ?? null;
}
