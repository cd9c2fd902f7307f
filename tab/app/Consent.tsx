import { useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { getConfig } from '../features/config/api/getConfig';
import { Loading } from '../components/Loading';
import { useApi, type Api } from '../lib/api';
import { useMessages, type Messages } from '../lib/i18n';
import { authenticateInWindow, finishAuthentication, type Host } from '../lib/teams';
import { authorizeOutcome, authorizeUrl, consentWindowUrl, scopesFrom, type ConsentStep } from './authorize';
import { Page, useColumnStyles } from './Page';

const en = {
  title: 'Tandem needs your permission.',
  body: 'To read your Microsoft 365 profile for you, Tandem needs your consent. Select Give permission and answer in the window that opens. If your organisation does not let you, ask your IT team to approve Tandem.',
  give: 'Give permission',
  asking: 'Answer in the window that opened…',
  notGiven: 'Permission was not given. You can try again.',
  windowTitle: 'Permission for Tandem',
  opening: 'Opening Microsoft’s permission page…',
  reporting: 'Telling Tandem your answer…',
  done: 'Done. This window closes by itself.',
  failed: 'Permission was not given. You can close this window.',
  notInHost: 'Open this page from Tandem in Teams or Outlook.',
};

const messages: Messages<typeof en> = {
  en,
  it: {
    title: 'Tandem ha bisogno della tua autorizzazione.',
    body: 'Per leggere il tuo profilo di Microsoft 365 al posto tuo, Tandem ha bisogno del tuo consenso. Seleziona Dai l’autorizzazione e rispondi nella finestra che si apre. Se la tua organizzazione non te lo consente, chiedi al tuo team IT di approvare Tandem.',
    give: 'Dai l’autorizzazione',
    asking: 'Rispondi nella finestra che si è aperta…',
    notGiven: 'L’autorizzazione non è stata data. Puoi riprovare.',
    windowTitle: 'Autorizzazione per Tandem',
    opening: 'Apertura della pagina di autorizzazione di Microsoft…',
    reporting: 'Invio della tua risposta a Tandem…',
    done: 'Fatto. Questa finestra si chiude da sola.',
    failed: 'L’autorizzazione non è stata data. Puoi chiudere questa finestra.',
    notInHost: 'Apri questa pagina da Tandem in Teams o Outlook.',
  },
};

const useStyles = makeStyles({
  banner: { paddingBlock: tokens.spacingVerticalS },
});

/**
 * A fetch for the API client that tells `onConsentRequired` which permissions the server lacked
 * when it answers 403 consent_required (Entra ID refused its on-behalf-of exchange). Watching the
 * responses rather than wrapping the client keeps every kind of call covered.
 */
export function fetchWatchingConsent(onConsentRequired: (scopes: string[]) => void): typeof fetch {
  return async (input, init) => {
    const response = await globalThis.fetch(input, init);
    if (response.status === 403) {
      response
        .clone()
        .json()
        .then((body: { code?: unknown; details?: { scopes?: unknown } }) => {
          if (body.code !== 'consent_required') return;
          const scopes = body.details?.scopes;
          onConsentRequired(Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : []);
        })
        .catch(() => {
          // Not JSON: not the server's consent answer.
        });
    }
    return response;
  };
}

/** Above the tab while a permission is missing: the one place the person can give it. */
export function ConsentBanner({ scopes, onGranted }: { scopes: readonly string[]; onGranted: () => void }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const column = useColumnStyles();
  const [state, setState] = useState<'idle' | 'asking' | 'refused'>('idle');

  function ask() {
    setState('asking');
    authenticateInWindow(consentWindowUrl(window.location.origin, scopes)).then(onGranted, () => setState('refused'));
  }

  return (
    <header className={mergeClasses(column.column, styles.banner)}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.title}</MessageBarTitle>{' '}
          {state === 'refused' ? t.notGiven : state === 'asking' ? t.asking : t.body}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={ask} disabled={state === 'asking'}>
            {t.give}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </header>
  );
}

/**
 * The window the host opened for consent. First page: off to Entra ID's prompt. Second page,
 * where Entra ID sends the person back: report the answer to the tab, and the host closes it.
 */
export function ConsentWindow({ step, host }: { step: ConsentStep; host: Host | null }) {
  const t = useMessages(messages);
  const api = useApi();
  const [status, setStatus] = useState<'working' | 'done' | 'failed' | 'notInHost'>(host ? 'working' : 'notInHost');

  useEffect(() => {
    if (!host) return;
    if (step === 'start') {
      startConsent(api, host).catch((error: unknown) => {
        finishAuthentication({ ok: false, reason: error instanceof Error ? error.message : 'could_not_start' });
        setStatus('failed');
      });
      return;
    }
    const outcome = authorizeOutcome(window.location.hash, takeState());
    finishAuthentication(outcome.ok ? { ok: true, result: 'consented' } : outcome);
    // The outcome is known only once it has been taken from storage and reported to Teams, which
    // must happen once, here; the window then shows what it reported.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus(outcome.ok ? 'done' : 'failed');
  }, [api, host, step]);

  const text = {
    working: step === 'start' ? t.opening : t.reporting,
    done: t.done,
    failed: t.failed,
    notInHost: t.notInHost,
  }[status];
  return <Page title={t.windowTitle}>{status === 'working' ? <Loading label={text} /> : <p>{text}</p>}</Page>;
}

const STATE_KEY = 'tandem.consent.state';

async function startConsent(api: Api, host: Host): Promise<void> {
  if (!host.user.tenantId) throw new Error('no_tenant');
  const config = await getConfig(api);
  const state = randomString();
  // The window keeps its sessionStorage across the trip to Entra ID and back.
  sessionStorage.setItem(STATE_KEY, state);
  window.location.assign(
    authorizeUrl({
      tenantId: host.user.tenantId,
      clientId: config.clientId,
      origin: window.location.origin,
      scopes: scopesFrom(window.location.search),
      state,
      loginHint: host.user.loginHint,
      codeChallenge: await s256(randomString()),
    }),
  );
}

function takeState(): string | null {
  const state = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  return state;
}

function randomString(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function s256(text: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
