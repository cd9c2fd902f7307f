import { createContext, useContext } from 'react';

/** What every view of a signed-in session may need from the app around it. */
export interface Session {
  /** Signing in again: a fresh token from the host, or back to the sandbox's picker. */
  onSignInAgain: () => void;
  /** The first view takes the focus on its title: the person signed in by acting on another page. */
  focusFirstView: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionContext> provider above it (SignedIn).');
  return session;
}
