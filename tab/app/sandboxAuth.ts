import { ApiError } from '../lib/api';
import type { SandboxToken } from '../features/sandbox/api/signIn';

export interface SandboxUser {
  id: string;
  displayName: string;
}

interface Session {
  user: SandboxUser;
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SandboxAuthOptions {
  signIn: (userId: string) => Promise<SandboxToken>;
  /** sessionStorage: a reload keeps the person signed in, a closed tab forgets them. */
  storage?: Store;
  now?: () => number;
  /** Sign in again this long before expiry, so a token never dies in flight. */
  marginMs?: number;
}

const key = 'tandem.sandbox.session';

/**
 * The sandbox's stand-in for Teams single sign-on: signing in as a chosen person gives the
 * same kind of token getAuthToken() gives in Teams, and signing in again renews it.
 * Only ever created after /api/config said sandbox, so it never runs against a real tenant.
 */
export function createSandboxAuth({
  signIn,
  storage = sessionStorageOrMemory(),
  now = () => Date.now(),
  marginMs = 60_000,
}: SandboxAuthOptions) {
  let renewing: Promise<string> | null = null;

  function read(): Session | null {
    try {
      const raw = storage.getItem(key);
      return raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      return null; // Unreadable means signed out.
    }
  }

  async function signInAs(user: SandboxUser): Promise<string> {
    const { accessToken, expiresIn } = await signIn(user.id);
    storage.setItem(key, JSON.stringify({ user, accessToken, expiresAt: now() + expiresIn * 1000 } satisfies Session));
    return accessToken;
  }

  return {
    user: (): SandboxUser | null => read()?.user ?? null,
    signInAs: async (user: SandboxUser): Promise<void> => {
      await signInAs(user);
    },
    signOut: (): void => storage.removeItem(key),
    getToken: async (): Promise<string> => {
      const session = read();
      if (!session) throw new ApiError(0, 'sign_in_failed', 'No one is signed in to the sandbox.');
      if (session.expiresAt - marginMs > now()) return session.accessToken;
      // Parallel requests share one renewal.
      renewing ??= signInAs(session.user).finally(() => {
        renewing = null;
      });
      return renewing;
    },
  };
}

export type SandboxAuth = ReturnType<typeof createSandboxAuth>;

// Some embedded browsers deny sessionStorage (SecurityError); memory still works for a visit.
function sessionStorageOrMemory(): Store {
  try {
    const storage = window.sessionStorage;
    storage.getItem(key);
    return storage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (name) => memory.get(name) ?? null,
      setItem: (name, value) => void memory.set(name, value),
      removeItem: (name) => void memory.delete(name),
    };
  }
}
