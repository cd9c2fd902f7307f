import { render, screen, within } from '@testing-library/react';
import { Providers } from '../../tab/app/Providers';
import { SignedIn } from '../../tab/app/SignedIn';
import { ApiContext, createApi } from '../../tab/lib/api';
import { localeFrom } from '../../tab/lib/i18n';
import { createFakeServer, ids, type FakeServer } from './fakeServer';

// Renders the signed-in tab as a person, against the fake server, without the sign-in steps
// app.test.tsx covers. Test files using it mock @microsoft/teams-js (Providers follows themes).

export interface SignedInOptions {
  as?: string;
  server?: FakeServer;
  language?: string;
  onSignInAgain?: () => void;
}

export function renderSignedIn({
  as = ids.giulia,
  server = createFakeServer(),
  language = 'en-GB',
  onSignInAgain = () => {},
}: SignedInOptions = {}) {
  const token = server.issueToken(as);
  const api = createApi({ getToken: async () => token, fetch: server.fetch });
  const view = render(
    <Providers host={null} locale={localeFrom(language)}>
      <ApiContext value={api}>
        <SignedIn onSignInAgain={onSignInAgain} />
      </ApiContext>
    </Providers>,
  );
  return { server, ...view };
}

/** The navigation's tab of that name. */
export function tab(name: string | RegExp) {
  return within(screen.getByRole('navigation')).getByRole('tab', { name });
}

/** A section of the page by its heading. */
export async function section(name: string | RegExp) {
  return within(await screen.findByRole('region', { name }));
}
