import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { buildTestApp, type TestApp } from './app.js';

/** Debian's Chromium: playwright-core downloads no browser of its own (TOOLCHAIN: browser tests). */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const root = fileURLToPath(new URL('../../', import.meta.url));
export const TAB_DIR = join(root, 'dist', 'tab');
/** Gitignored; CI can keep it as an artifact. */
export const RESULTS_DIR = join(root, 'test-results');

/** Why the browser tests cannot run on this machine, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export interface TabServer extends TestApp {
  /** Where the browser opens the tab, e.g. http://127.0.0.1:40123 */
  url: string;
}

/** The real app serving the built tab, listening on a free port, against a fresh sandbox tenant. */
export async function serveTab(): Promise<TabServer> {
  if (!existsSync(join(TAB_DIR, 'index.html'))) {
    throw new Error(`No built tab in ${TAB_DIR}. Run \`npm run build:tab\` first (\`npm test\` does it for you).`);
  }
  const h = await buildTestApp({ tabDir: TAB_DIR });
  try {
    return { ...h, url: await h.app.listen({ port: 0, host: '127.0.0.1' }) };
  } catch (error) {
    await h.close();
    throw error;
  }
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /**
   * Console errors, uncaught exceptions and Content Security Policy violations, in order, less the
   * failures expected (see `expectedOffline` and `expectedNoPhoto`).
   */
  problems: string[];
}

/**
 * teams-js fetches its list of valid host origins from Microsoft's CDN when it loads; with no
 * network that request fails and Chromium logs it. Only exactly that is ignored.
 */
function expectedOffline(text: string, url: string): boolean {
  return text.startsWith('Failed to load resource: net::ERR_') && url.startsWith('https://res.cdn.office.net/');
}

/**
 * A person without a Microsoft 365 photo is answered 404 `photo_not_found` (as Graph answers it) and
 * the tab shows their initials; Chromium logs every 404 it fetches. Only exactly that is ignored.
 */
function expectedNoPhoto(text: string, url: string): boolean {
  return (
    text.startsWith('Failed to load resource: the server responded with a status of 404') &&
    /\/api\/people\/[^/]+\/photo$/.test(new URL(url, 'http://x').pathname)
  );
}

/** A new context (its own storage, locale and colour scheme) and a page in it. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    locale: 'en-GB',
    colorScheme: 'light',
    viewport: { width: 1024, height: 768 },
    ...options,
  });
  // Generous: a cold sandbox sign-in on two busy cores takes a while, and nothing here retries.
  context.setDefaultTimeout(20_000);
  // Chromium also logs violations itself; this line does not depend on its wording.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (!expectedOffline(message.text(), url) && !expectedNoPhoto(message.text(), url))
      problems.push(`console: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return { context, page, problems };
}
