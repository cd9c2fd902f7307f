import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createQueryClient } from '../lib/queryClient';
import { createAppRouter } from './router';
import { SessionContext } from './session';

export interface SignedInProps {
  onSignInAgain: () => void;
  /** Focus the first view's title: the person just signed in by acting on another page. */
  focusTitle?: boolean;
  /** The place a Teams deep link opens the tab at (the context's subPageId). */
  deepLink?: string | null;
}

/**
 * The tab once someone is signed in: a cache of their answers and a router of their views, both
 * new for each sign-in (the app remounts this with a new key), so no one sees another's data.
 */
export function SignedIn({ onSignInAgain, focusTitle = false, deepLink = null }: SignedInProps) {
  const [client] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter({ deepLink }));
  const [session] = useState(() => ({ onSignInAgain, focusFirstView: focusTitle }));

  return (
    <QueryClientProvider client={client}>
      <SessionContext value={session}>
        <RouterProvider router={router} />
      </SessionContext>
    </QueryClientProvider>
  );
}
