// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { ApiError, createApi } from '../../tab/lib/api';
import { kindOf } from '../../tab/components/ErrorState';
import { createFakeServer, ids } from './fakeServer';

describe('ApiError', () => {
  it("carries the server's status, code and message", async () => {
    const server = createFakeServer();
    const api = createApi({ getToken: async () => 'unknown-token', fetch: server.fetch });

    const error = await api.request('/api/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_token',
      message: 'The access token could not be validated.',
    });
  });

  it('has status 0 and code network_error when no response arrives', async () => {
    const server = createFakeServer();
    server.state.down = true;
    const api = createApi({ fetch: server.fetch });

    await expect(api.request('/api/config', { auth: false })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('keeps the status when an error body is not JSON, as from a proxy', async () => {
    const fetch = async () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    const api = createApi({ fetch });

    await expect(api.request('/api/config', { auth: false })).rejects.toMatchObject({
      status: 502,
      code: 'http_502',
    });
  });
});

describe('createApi', () => {
  it('sends a bearer token from the token provider', async () => {
    const server = createFakeServer();
    const token = server.issueToken(ids.giulia);
    const api = createApi({ getToken: async () => token, fetch: server.fetch });

    await expect(api.request('/api/me')).resolves.toMatchObject({ displayName: 'Giulia Bianchi' });
    expect(server.callsTo('GET', '/api/me')[0]?.authorization).toBe(`Bearer ${token}`);
  });

  it('asks for no token on public endpoints', async () => {
    const server = createFakeServer();
    const getToken = vi.fn(async () => 'token');
    const api = createApi({ getToken, fetch: server.fetch });

    await api.request('/api/config', { auth: false });

    expect(getToken).not.toHaveBeenCalled();
    expect(server.calls[0]?.authorization).toBeNull();
  });

  it('sends JSON bodies', async () => {
    const server = createFakeServer();
    const api = createApi({ fetch: server.fetch });

    await api.request('/api/sandbox/signin', { method: 'POST', body: { userId: ids.giulia }, auth: false });

    expect(server.callsTo('POST', '/api/sandbox/signin')[0]?.body).toEqual({ userId: ids.giulia });
  });

  it('turns a failing token provider into sign_in_failed without calling the server', async () => {
    const server = createFakeServer();
    const api = createApi({ getToken: () => Promise.reject('resourceRequiresConsent'), fetch: server.fetch });

    await expect(api.request('/api/me')).rejects.toMatchObject({ status: 0, code: 'sign_in_failed' });
    expect(server.calls).toHaveLength(0);
  });
});

describe('what the person can do about an error', () => {
  it('is to give consent when the server or Teams says consent is missing', () => {
    expect(kindOf(new ApiError(403, 'consent_required', 'Consent needed.'))).toBe('consent');
    expect(kindOf(new ApiError(0, 'sign_in_failed', 'resourceRequiresConsent'))).toBe('consent');
  });

  it('is to sign in again when no token could be had or the server refused it', () => {
    expect(kindOf(new ApiError(0, 'sign_in_failed', 'No one is signed in to the sandbox.'))).toBe('signIn');
    expect(kindOf(new ApiError(401, 'token_expired', 'Expired.'))).toBe('signIn');
  });

  it('is to try again later when the server or what it depends on cannot answer', () => {
    expect(kindOf(new ApiError(0, 'network_error', 'Unreachable.'))).toBe('unreachable');
    expect(kindOf(new ApiError(502, 'graph_unavailable', 'Microsoft 365 did not answer.'))).toBe('unreachable');
    expect(kindOf(new ApiError(503, 'graph_throttled', 'Busy.'))).toBe('unreachable');
  });
});
