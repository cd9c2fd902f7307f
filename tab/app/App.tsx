import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useConfig } from '../features/config/api/getConfig';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { ApiContext, createApi } from '../lib/api';
import { localeFrom, useMessages } from '../lib/i18n';
import { createQueryClient } from '../lib/queryClient';
import { connectHost, getAuthToken, notifyReady, type Host } from '../lib/teams';
import { consentStep } from './authorize';
import { ConsentBanner, ConsentWindow, fetchWatchingConsent } from './Consent';
import { messages } from './messages';
import { Page } from './Page';
import { SignedIn } from './SignedIn';
import { Providers } from './Providers';

// Public endpoints (config, the sandbox's people and sign-in) need no token.
const publicApi = createApi();

/** The page's own answers before anyone signs in: the host, the configuration, the sandbox's people. */
export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <Start />
    </QueryClientProvider>
  );
}

/** Which world the page woke up in decides everything else: a host, or a plain browser. */
function Start() {
  const host = useQuery({
    queryKey: ['host'],
    queryFn: () => connectHost(),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const locale = localeFrom(host.data?.locale ?? navigator.language);
  // The window a host opens for consent loads this same page at its own path.
  const consent = consentStep(window.location.pathname);

  return (
    <Providers host={host.data} locale={locale}>
      <ApiContext value={publicApi}>
        {host.isError ? (
          <Failed error={host.error} retry={() => void host.refetch()} />
        ) : host.isPending ? (
          <Starting />
        ) : consent ? (
          <ConsentWindow step={consent} host={host.data ?? null} />
        ) : host.data ? (
          <HostApp host={host.data} />
        ) : (
          <BrowserApp />
        )}
      </ApiContext>
    </Providers>
  );
}

/** Teams, Outlook or the Microsoft 365 app: single sign-on, no picker. */
function HostApp({ host }: { host: Host }) {
  // Permissions the server could not use on the person's behalf (403 consent_required), if any.
  const [missing, setMissing] = useState<string[] | null>(null);
  const api = useMemo(() => createApi({ getToken: getAuthToken, fetch: fetchWatchingConsent(setMissing) }), []);
  // Remounting the signed-in tab asks the host for a token again; the host decides whether to prompt.
  const [attempt, setAttempt] = useState(0);
  const notified = useRef(false);

  useEffect(() => {
    // The first view is on screen (its own spinner included): hide the host's loading
    // indicator now rather than after the API answers, which could run into the host's
    // 30-second load timeout on a cold server. The ref keeps StrictMode from sending it twice.
    if (notified.current) return;
    notified.current = true;
    notifyReady().catch((error: unknown) => console.warn(`Could not tell ${host.name} the tab is ready`, error));
  }, [host.name]);

  return (
    <ApiContext value={api}>
      {missing && (
        <ConsentBanner
          scopes={missing}
          onGranted={() => {
            setMissing(null);
            setAttempt((n) => n + 1);
          }}
        />
      )}
      <SignedIn key={attempt} onSignInAgain={() => setAttempt((n) => n + 1)} deepLink={host.subPageId ?? null} />
    </ApiContext>
  );
}

/** Outside a host only the sandbox can sign anyone in; a real tenant needs Teams or Outlook. */
function BrowserApp() {
  const config = useConfig();
  const t = useMessages(messages);

  if (config.isError) return <Failed error={config.error} retry={() => void config.refetch()} />;
  if (!config.data) return <Starting />;
  if (config.data.sandbox) return <Sandbox />;
  return <Page title={t.openInHostTitle} intro={t.openInHostBody} />;
}

/**
 * The sandbox (picker, search box, its session) is never used inside Teams or Outlook, so it
 * loads on demand and stays out of the bundle every real user downloads. Loaded by hand rather
 * than with React.lazy: React 19 holds a Suspense reveal back by 300 ms, for a chunk that
 * arrives in a few.
 */
function Sandbox() {
  const chunk = useQuery({
    queryKey: ['chunk', 'sandbox'],
    queryFn: () => import('./SandboxApp'),
    staleTime: Infinity,
    retry: false,
  });
  if (chunk.isError) return <Failed error={chunk.error} retry={() => void chunk.refetch()} />;
  return chunk.data ? <chunk.data.SandboxApp /> : <Starting />;
}

function Starting() {
  const t = useMessages(messages);
  return (
    <main>
      <Loading label={t.starting} />
    </main>
  );
}

function Failed({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Page title="Tandem">
      <ErrorState error={error} onRetry={retry} />
    </Page>
  );
}
