// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { ApiError, createApi } from '../../tab/lib/api';
import { createFakeServer } from './fakeServer';

describe('ApiError', () => {
  it("carries the server's status, code and message", async () => {
    const server = createFakeServer();
    const api = createApi({ getToken: async () => 'unknown-token', fetch: server.fetch });

    const error = await api.request('/api/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'A valid bearer token is required.' });
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
    const token = server.issueToken('u-gia');
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

    await api.request('/api/sandbox/signin', { method: 'POST', body: { userId: 'u-gia' }, auth: false });

    expect(server.callsTo('POST', '/api/sandbox/signin')[0]?.body).toEqual({ userId: 'u-gia' });
  });

  it('turns a failing token provider into sign_in_failed without calling the server', async () => {
    const server = createFakeServer();
    const api = createApi({ getToken: () => Promise.reject('resourceRequiresConsent'), fetch: server.fetch });

    await expect(api.request('/api/me')).rejects.toMatchObject({ status: 0, code: 'sign_in_failed' });
    expect(server.calls).toHaveLength(0);
  });
});
