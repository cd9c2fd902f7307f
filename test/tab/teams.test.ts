// @vitest-environment jsdom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { enterHost, resetTeams, teamsModule } from './fakeTeams';
import { authenticateInWindow, connectHost, finishAuthentication, getAuthToken } from '../../tab/lib/teams';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(() => {
  vi.useRealTimers();
  resetTeams();
});

describe('connectHost', () => {
  it('resolves null in a plain browser, where teams-js finds no parent window', async () => {
    await expect(connectHost()).resolves.toBeNull();
  });

  it('resolves null when a frame never answers, once the timeout passes', async () => {
    vi.useFakeTimers();
    teamsModule.app.initialize.mockImplementationOnce(() => new Promise<void>(() => {}));
    const connecting = connectHost({ timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(connecting).resolves.toBeNull();
  });

  it('reads the host name, locale, theme and user from the context inside a host', async () => {
    enterHost({ name: 'Outlook', locale: 'it-it', theme: 'dark' });
    await expect(connectHost()).resolves.toEqual({
      name: 'Outlook',
      locale: 'it-it',
      theme: 'dark',
      subPageId: null,
      user: {
        id: 'aad-object-id',
        displayName: 'Teams User',
        userPrincipalName: 'teams.user@contoso-italia.example',
        loginHint: 'teams.user@contoso-italia.example',
        tenantId: 'tenant-id',
      },
    });
  });

  it('reads where a deep link opened the tab (its subEntityId)', async () => {
    enterHost({ subPageId: 'meetings/series-1/sessions/occurrence-2' });
    expect((await connectHost())?.subPageId).toBe('meetings/series-1/sessions/occurrence-2');
  });

  it('treats a theme it does not know as the light theme', async () => {
    enterHost({ theme: 'glass' });
    expect((await connectHost())?.theme).toBe('default');
  });
});

describe('getAuthToken', () => {
  it('asks the host each time instead of keeping a token', async () => {
    enterHost({ getAuthToken: async () => 'sso-token' });
    await getAuthToken();
    await getAuthToken();
    expect(teamsModule.authentication.getAuthToken).toHaveBeenCalledTimes(2);
  });
});

describe('authenticateInWindow', () => {
  it('asks the host to open the page in a window of the size given, and resolves with what the page reported', async () => {
    enterHost({ authenticate: async (url) => `opened ${url}` });
    await expect(authenticateInWindow('https://tandem.example/consent', { width: 500, height: 400 })).resolves.toBe(
      'opened https://tandem.example/consent',
    );
    expect(teamsModule.authentication.authenticate).toHaveBeenCalledWith({
      url: 'https://tandem.example/consent',
      width: 500,
      height: 400,
    });
  });

  it('rejects with the host’s reason when the person closes the window', async () => {
    enterHost({ authenticate: async () => Promise.reject(new Error('CancelledByUser')) });
    await expect(authenticateInWindow('https://tandem.example/consent')).rejects.toThrow('CancelledByUser');
  });
});

describe('finishAuthentication', () => {
  it('reports success with the result, or failure with the reason, to the host', () => {
    enterHost({ frameContext: 'authentication' });
    finishAuthentication({ ok: true, result: 'consented' });
    finishAuthentication({ ok: false, reason: 'access_denied' });
    expect(teamsModule.authentication.notifySuccess).toHaveBeenCalledWith('consented');
    expect(teamsModule.authentication.notifyFailure).toHaveBeenCalledWith('access_denied');
  });
});
