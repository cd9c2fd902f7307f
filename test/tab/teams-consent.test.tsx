// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ErrorBody } from '../../server/schemas.js';
import { ApiContext, createApi } from '../../tab/lib/api';
import { authorizeOutcome, authorizeUrl, consentStep, consentWindowUrl, scopesFrom } from '../../tab/app/authorize';
import { ConsentBanner, ConsentWindow, fetchWatchingConsent } from '../../tab/app/Consent';
import { enterHost, resetTeams, teamsModule } from './fakeTeams';

vi.mock('@microsoft/teams-js', async () => (await import('./fakeTeams')).teamsModule);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  resetTeams();
});

const USER_READ = 'https://graph.microsoft.com/User.Read';

describe('the consent window’s pages', () => {
  it('are /consent and /consent/end; every other path is the tab', () => {
    expect(consentStep('/consent')).toBe('start');
    expect(consentStep('/consent/')).toBe('start');
    expect(consentStep('/consent/end')).toBe('end');
    expect(consentStep('/')).toBeNull();
    expect(consentStep('/consenting')).toBeNull();
  });

  it('carry only Graph permissions from the tab to Entra ID, User.Read when none is named', () => {
    const url = new URL(consentWindowUrl('https://tandem.example', [USER_READ, 'https://evil.example/All', 'openid']));
    expect(url.origin + url.pathname).toBe('https://tandem.example/consent');
    expect(scopesFrom(url.search)).toEqual([USER_READ]);
    expect(scopesFrom('?scope=https://graph.microsoft.com/../x')).toEqual([USER_READ]);
    expect(scopesFrom('')).toEqual([USER_READ]);
  });
});

describe('authorizeUrl', () => {
  it('asks Entra ID of the person’s tenant for consent to those permissions, answering to /consent/end in the fragment', () => {
    const url = new URL(
      authorizeUrl({
        tenantId: 'tid',
        clientId: 'client',
        origin: 'https://tandem.example',
        scopes: [USER_READ],
        state: 'st',
        loginHint: 'luca@contoso.example',
        codeChallenge: 'cc',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://login.microsoftonline.com/tid/oauth2/v2.0/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client',
      response_type: 'code',
      response_mode: 'fragment',
      redirect_uri: 'https://tandem.example/consent/end',
      scope: `${USER_READ} openid profile`,
      prompt: 'consent',
      state: 'st',
      code_challenge: 'cc',
      code_challenge_method: 'S256',
      login_hint: 'luca@contoso.example',
    });
  });
});

describe('authorizeOutcome', () => {
  it('is a success for a code with this window’s state', () => {
    expect(authorizeOutcome('#code=abc&state=st&session_state=x', 'st')).toEqual({ ok: true });
  });

  it('is Entra ID’s error when the person declined', () => {
    expect(authorizeOutcome('#error=access_denied&error_description=no&state=st', 'st')).toEqual({
      ok: false,
      reason: 'access_denied',
    });
  });

  it('refuses an answer to another request, or one with no state kept', () => {
    expect(authorizeOutcome('#code=abc&state=other', 'st')).toEqual({ ok: false, reason: 'state_mismatch' });
    expect(authorizeOutcome('#code=abc&state=st', null)).toEqual({ ok: false, reason: 'state_mismatch' });
  });
});

describe('fetchWatchingConsent', () => {
  function answering(status: number, body: ErrorBody) {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
      ),
    );
  }

  it('reports the permissions of a 403 consent_required, and the caller still gets the error', async () => {
    answering(403, {
      statusCode: 403,
      code: 'consent_required',
      error: 'Forbidden',
      message: 'Consent needed.',
      details: { scopes: [USER_READ] },
    });
    const seen = vi.fn();
    const api = createApi({ getToken: async () => 'token', fetch: fetchWatchingConsent(seen) });
    await expect(api.request('/api/me')).rejects.toMatchObject({ status: 403, code: 'consent_required' });
    await waitFor(() => expect(seen).toHaveBeenCalledWith([USER_READ]));
  });

  it('stays quiet for any other refusal', async () => {
    answering(403, { statusCode: 403, code: 'admin_only', error: 'Forbidden', message: 'Only HR can do this.' });
    const seen = vi.fn();
    const api = createApi({ getToken: async () => 'token', fetch: fetchWatchingConsent(seen) });
    await expect(api.request('/api/admin/rounds')).rejects.toMatchObject({ code: 'admin_only' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('ConsentBanner', () => {
  it('opens the consent window through the host on a click, and says when the person gave permission', async () => {
    let finish: (result: string) => void = () => {};
    enterHost({ authenticate: () => new Promise((resolve) => (finish = resolve)) });
    const granted = vi.fn();
    render(<ConsentBanner scopes={[USER_READ]} onGranted={granted} />);

    fireEvent.click(screen.getByRole('button', { name: 'Give permission' }));
    expect(teamsModule.authentication.authenticate).toHaveBeenCalledWith({
      url: `${window.location.origin}/consent?scope=${encodeURIComponent(USER_READ)}`,
      width: 600,
      height: 535,
    });
    expect(screen.getByRole('button', { name: 'Give permission' }).hasAttribute('disabled')).toBe(true);
    finish('consented');
    await waitFor(() => expect(granted).toHaveBeenCalled());
  });

  it('lets the person try again when the window was closed without an answer', async () => {
    enterHost({ authenticate: async () => Promise.reject(new Error('CancelledByUser')) });
    const granted = vi.fn();
    render(<ConsentBanner scopes={[]} onGranted={granted} />);
    fireEvent.click(screen.getByRole('button', { name: 'Give permission' }));
    expect(await screen.findByText('Permission was not given. You can try again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Give permission' }).hasAttribute('disabled')).toBe(false);
    expect(granted).not.toHaveBeenCalled();
  });
});

describe('ConsentWindow, back from Entra ID', () => {
  const host = {
    name: 'Teams',
    locale: 'en-us',
    theme: 'default' as const,
    user: {
      id: 'u',
      displayName: 'Luca',
      userPrincipalName: 'luca@contoso.example',
      loginHint: 'luca@contoso.example',
      tenantId: 'tid',
    },
  };

  function renderEnd(hash: string, keptState: string | null) {
    if (keptState) sessionStorage.setItem('tandem.consent.state', keptState);
    window.history.replaceState(null, '', `/consent/end${hash}`);
    render(
      <ApiContext value={createApi()}>
        <ConsentWindow step="end" host={host} />
      </ApiContext>,
    );
  }

  it('tells the tab the person consented', async () => {
    enterHost({ frameContext: 'authentication' });
    renderEnd('#code=abc&state=st', 'st');
    expect(await screen.findByText('Done. This window closes by itself.')).toBeTruthy();
    expect(teamsModule.authentication.notifySuccess).toHaveBeenCalledWith('consented');
    expect(sessionStorage.getItem('tandem.consent.state')).toBeNull();
  });

  it('tells the tab why not when the person declined', async () => {
    enterHost({ frameContext: 'authentication' });
    renderEnd('#error=access_denied&state=st', 'st');
    expect(await screen.findByText('Permission was not given. You can close this window.')).toBeTruthy();
    expect(teamsModule.authentication.notifyFailure).toHaveBeenCalledWith('access_denied');
    expect(teamsModule.authentication.notifySuccess).not.toHaveBeenCalled();
  });
});
