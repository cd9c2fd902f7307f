// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { createSandboxAuth } from '../../tab/app/sandboxAuth';
import { createApi } from '../../tab/lib/api';
import { signIn } from '../../tab/features/sandbox/api/signIn';
import { createFakeServer, ids } from './fakeServer';

function setup() {
  const server = createFakeServer();
  server.state.expiresIn = 600;
  const api = createApi({ fetch: server.fetch });
  const clock = { now: 1_000_000 };
  const memory = new Map<string, string>();
  const auth = createSandboxAuth({
    signIn: vi.fn((userId: string) => signIn(api, userId)),
    now: () => clock.now,
    storage: {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    },
  });
  return { server, clock, auth };
}

const giulia = { id: ids.giulia, displayName: 'Giulia Bianchi' };

describe('sandbox sign-in', () => {
  it('reuses the token while it is fresh', async () => {
    const { server, auth } = setup();
    await auth.signInAs(giulia);

    expect(await auth.getToken()).toBe(await auth.getToken());
    expect(server.callsTo('POST', '/api/sandbox/signin')).toHaveLength(1);
  });

  it('signs in again as the same person when the token is about to expire', async () => {
    const { server, clock, auth } = setup();
    await auth.signInAs(giulia);
    const first = await auth.getToken();

    clock.now += 600_000 - 30_000;
    const second = await auth.getToken();

    expect(second).not.toBe(first);
    expect(server.callsTo('POST', '/api/sandbox/signin').map((c) => c.body)).toEqual([
      { userId: ids.giulia },
      { userId: ids.giulia },
    ]);
  });

  it('renews once for requests made at the same time', async () => {
    const { server, clock, auth } = setup();
    await auth.signInAs(giulia);
    clock.now += 600_000;

    const [a, b] = await Promise.all([auth.getToken(), auth.getToken()]);

    expect(a).toBe(b);
    expect(server.callsTo('POST', '/api/sandbox/signin')).toHaveLength(2);
  });

  it('refuses a token with 401 when no one is signed in', async () => {
    const { auth } = setup();
    await expect(auth.getToken()).rejects.toMatchObject({ status: 0, code: 'sign_in_failed' });
  });

  it('forgets the person on sign-out', async () => {
    const { auth } = setup();
    await auth.signInAs(giulia);
    auth.signOut();
    expect(auth.user()).toBeNull();
  });
});
