// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { teamsDarkTheme } from '@fluentui/react-components';
import { App } from '../../tab/app/App';
import { createFakeServer, ids, tenantId, type FakeServer } from './fakeServer';
import { changeHostTheme, enterHost, resetTeams, teamsModule } from './fakeTeams';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
  resetTeams();
});

function start({ sandbox = true, language = 'en-US', server = createFakeServer({ sandbox }) } = {}): FakeServer {
  vi.stubGlobal('fetch', server.fetch);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
  render(<App />);
  return server;
}

async function signInAs(name: string) {
  const list = await screen.findByRole('list', { name: /people|persone/i });
  fireEvent.click(within(list).getByRole('button', { name: new RegExp(name) }));
  return screen.findByRole('region', { name: /who you are|chi sei/i });
}

describe('in a plain browser', () => {
  it('offers the "Sign in as" picker when the server runs the sandbox', async () => {
    start({ sandbox: true });
    expect(await screen.findByRole('searchbox', { name: 'Sign in as' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Chiara Rossi.*Chief Executive Officer.*Roma/ })).toBeTruthy();
  });

  it('asks to open Tandem in Teams or Outlook, with no picker, when the sandbox is off', async () => {
    const server = start({ sandbox: false });
    expect(await screen.findByRole('heading', { level: 1, name: 'Open Tandem in Teams or Outlook' })).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(server.callsTo('GET', '/api/sandbox/people')).toHaveLength(0);
  });

  it('signs in as the chosen person and shows who they are on Home', async () => {
    const server = start();
    const card = await signInAs('Giulia Bianchi');

    expect(await within(card).findByText('Giulia Bianchi')).toBeTruthy();
    expect(within(card).getByText('giulia.bianchi@contoso-italia.example')).toBeTruthy();
    // An internal: the organisation's id means nothing to the person (issue 11).
    expect(within(card).queryByText(tenantId)).toBeNull();
    expect(server.callsTo('POST', '/api/sandbox/signin').map((c) => c.body)).toEqual([{ userId: ids.giulia }]);
    expect(server.callsTo('GET', '/api/me')[0]?.authorization).toMatch(new RegExp(`^Bearer token-${ids.giulia}-`));
  });

  it('shows an "HR admin" badge for the Tandem.Admin role', async () => {
    start();
    const card = await signInAs('Chiara Rossi');
    expect(await within(card).findByText('HR admin')).toBeTruthy();
  });

  it('searches the sandbox directory as the person types', async () => {
    const server = start();
    // The first list must be on screen, or "Chiara is gone" would hold before any search ran.
    await screen.findByRole('button', { name: /Chiara Rossi/ });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sign in as' }), { target: { value: 'marco' } });

    await waitFor(() => expect(screen.queryByRole('button', { name: /Chiara Rossi/ })).toBeNull());
    expect(await screen.findByRole('button', { name: /Marco Verdi/ })).toBeTruthy();
    expect(server.callsTo('GET', '/api/sandbox/people').at(-1)?.search.get('search')).toBe('marco');
  });

  it('keeps the person signed in when the page reloads', async () => {
    const server = start();
    await signInAs('Giulia Bianchi');
    cleanup();

    start({ server });
    const card = await screen.findByRole('region', { name: 'Who you are' });
    expect(await within(card).findByText('Giulia Bianchi')).toBeTruthy();
    expect(server.callsTo('POST', '/api/sandbox/signin')).toHaveLength(1);
  });

  it('goes back to the picker on "Switch person"', async () => {
    start();
    await signInAs('Giulia Bianchi');
    fireEvent.click(screen.getByRole('button', { name: 'Switch person' }));
    expect(await screen.findByRole('searchbox', { name: 'Sign in as' })).toBeTruthy();
  });

  it('speaks Italian when the browser language is Italian', async () => {
    start({ language: 'it-IT' });
    expect(await screen.findByRole('searchbox', { name: 'Accedi come' })).toBeTruthy();

    const card = await signInAs('Chiara Rossi');
    expect(within(card).getByRole('heading', { name: 'Chi sei' })).toBeTruthy();
    expect(await within(card).findByText('Amministratore HR')).toBeTruthy();
    expect(document.documentElement.lang).toBe('it-IT');
  });
});

describe('inside Teams', () => {
  it('calls the API with the token from getAuthToken and shows no picker', async () => {
    const server = createFakeServer();
    enterHost({ getAuthToken: async () => server.issueToken(ids.luca) });
    vi.stubGlobal('fetch', server.fetch);
    render(<App />);

    const card = await screen.findByRole('region', { name: 'Who you are' });
    expect(await within(card).findByText('Luca Neri')).toBeTruthy();
    expect(teamsModule.authentication.getAuthToken).toHaveBeenCalled();
    expect(server.callsTo('GET', '/api/me')[0]?.authorization).toBe(`Bearer token-${ids.luca}-1`);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(server.callsTo('GET', '/api/config')).toHaveLength(0);
  });

  it('tells the host the tab is ready once the first view is on screen', async () => {
    const server = createFakeServer();
    enterHost({ getAuthToken: async () => server.issueToken(ids.luca) });
    vi.stubGlobal('fetch', server.fetch);
    render(<App />);

    await screen.findByRole('heading', { level: 1, name: 'Welcome to Tandem' });
    await waitFor(() => expect(teamsModule.app.notifySuccess).toHaveBeenCalled());
    // Once only, even after the profile arrives and Home renders again.
    await screen.findByText('Luca Neri');
    expect(teamsModule.app.notifySuccess).toHaveBeenCalledTimes(1);
  });

  it('speaks the language of the Teams locale', async () => {
    const server = createFakeServer();
    enterHost({ locale: 'it-it', getAuthToken: async () => server.issueToken(ids.luca) });
    vi.stubGlobal('fetch', server.fetch);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ti diamo il benvenuto in Tandem' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Chi sei' })).toBeTruthy();
  });

  it('follows the Teams theme when the user changes it', async () => {
    const server = createFakeServer();
    enterHost({ getAuthToken: async () => server.issueToken(ids.luca) });
    vi.stubGlobal('fetch', server.fetch);
    render(<App />);
    await screen.findByRole('region', { name: 'Who you are' });
    // The theme listener is registered by an effect; the card can be on screen a moment before.
    await waitFor(() => expect(teamsModule.app.registerOnThemeChangeHandler).toHaveBeenCalled());

    changeHostTheme('dark');

    await waitFor(() =>
      expect(providerStyles()).toContain(`--colorNeutralBackground1: ${teamsDarkTheme.colorNeutralBackground1}`),
    );
  });

  it('offers to sign in again after a 401, asking Teams for a fresh token', async () => {
    const server = createFakeServer();
    let token = 'token-the-server-does-not-know';
    enterHost({ getAuthToken: async () => token });
    vi.stubGlobal('fetch', server.fetch);
    render(<App />);

    expect(await screen.findByText('Please sign in again.')).toBeTruthy();
    // Every request asks Teams for its token (teams.ts says why); count those before the click.
    const before = teamsModule.authentication.getAuthToken.mock.calls.length;
    token = server.issueToken(ids.luca);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(await screen.findByText('Luca Neri')).toBeTruthy();
    expect(teamsModule.authentication.getAuthToken.mock.calls.length).toBeGreaterThan(before);
    expect(server.callsTo('GET', '/api/me').at(-1)?.authorization).toBe(`Bearer ${token}`);
  });
});

describe('when something fails', () => {
  it('says the server cannot be reached and retrying recovers', async () => {
    const server = createFakeServer();
    server.state.down = true;
    vi.stubGlobal('fetch', server.fetch);
    render(<App />);

    // A failure that may pass is asked twice more, 1 s then 2 s apart, before the person is told.
    expect(await screen.findByText("Tandem can't reach its server.", {}, { timeout: 8000 })).toBeTruthy();
    server.state.down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('searchbox', { name: 'Sign in as' })).toBeTruthy();
  });

  it('offers to sign in again when the sandbox no longer accepts the stored token', async () => {
    const server = start();
    await signInAs('Giulia Bianchi');
    cleanup();
    // As after a restart with a new signing key: the token kept in the tab is now unknown.
    server.revokeTokens();
    start({ server });

    expect(await screen.findByText('Please sign in again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('searchbox', { name: 'Sign in as' })).toBeTruthy();
  });
});

/** FluentProvider writes its theme as CSS variables into a style sheet. */
function providerStyles(): string {
  return [...document.querySelectorAll('style')]
    .flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText))
    .join('\n');
}
