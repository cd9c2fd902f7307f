import { render, screen, within } from '@testing-library/react';
import { Providers } from '../../tab/app/Providers';
import { SignedIn } from '../../tab/app/SignedIn';
import { ApiContext, createApi } from '../../tab/lib/api';
import { localeFrom } from '../../tab/lib/i18n';
import { createFakeServer, ids, type FakeServer } from './fakeServer';

// Renders the signed-in tab as a person, against the fake server, without the sign-in steps
// app.test.tsx covers. Test files using it mock @microsoft/teams-js (Providers follows themes).

// jsdom lays nothing out and has no ResizeObserver, which the navigation's overflow watches. Here
// every box is as wide as a desktop window and its items take no room, so every view's link fits.
// Narrow widths are tested in the browser (test/e2e/foundation.test.ts).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1280 });

export interface SignedInOptions {
  as?: string;
  server?: FakeServer;
  language?: string;
  /** The address the tab opens at, as after a reload or a link ("/meetings/<id>"); Home by default. */
  path?: string;
  /** A Teams deep link's place (the context's subPageId), as Teams opens the tab at its root with it. */
  deepLink?: string;
  onSignInAgain?: () => void;
}

export function renderSignedIn({
  as = ids.giulia,
  server = createFakeServer(),
  language = 'en-GB',
  path = '/',
  deepLink,
  onSignInAgain = () => {},
}: SignedInOptions = {}) {
  // One jsdom window serves a whole test file: each test starts at its own address.
  window.history.replaceState(null, '', path);
  const token = server.issueToken(as);
  const api = createApi({ getToken: async () => token, fetch: server.fetch });
  const view = render(
    <Providers host={null} locale={localeFrom(language)}>
      <ApiContext value={api}>
        <SignedIn onSignInAgain={onSignInAgain} deepLink={deepLink ?? null} />
      </ApiContext>
    </Providers>,
  );
  return { server, ...view };
}

/** The navigation's link to a view, by its name, once the router has drawn the navigation. */
export async function navLink(name: string | RegExp) {
  return within(await screen.findByRole('navigation')).findByRole('link', { name });
}

/** A section of the page by its heading. */
export async function section(name: string | RegExp) {
  return within(await screen.findByRole('region', { name }));
}
