import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ApiError } from '../lib/api';
import { useMessages, type Messages } from '../lib/i18n';

type Kind = 'unreachable' | 'signIn' | 'consent' | 'forbidden' | 'other';

/** What the person can do about an error decides how it is worded, not where it came from. */
export function kindOf(error: unknown): Kind {
  if (!(error instanceof ApiError)) return 'other';
  // The server's word, or Teams' own when getAuthToken() is refused for want of consent.
  if (
    error.code === 'consent_required' ||
    (error.code === 'sign_in_failed' && error.message === 'resourceRequiresConsent')
  )
    return 'consent';
  if (error.status === 0 && error.code === 'network_error') return 'unreachable';
  if ([502, 503, 504].includes(error.status)) return 'unreachable';
  if (error.status === 401 || error.code === 'sign_in_failed') return 'signIn';
  if (error.status === 403) return 'forbidden';
  return 'other';
}

const en = {
  retry: 'Try again',
  signInAgain: 'Sign in again',
  unreachable: {
    title: "Tandem can't reach its server.",
    body: 'Check your connection, then try again. If it keeps happening, the service may be down for a moment.',
  },
  signIn: {
    title: 'Please sign in again.',
    body: 'Your sign-in has expired or could not be confirmed.',
  },
  consent: {
    title: 'Tandem needs permission first.',
    body: 'An administrator of your organisation has to approve Tandem. Ask your IT team, then try again.',
  },
  forbidden: {
    title: "You don't have access to this.",
    body: 'If you think you should, ask your HR team.',
  },
  other: {
    title: 'Something went wrong.',
    body: 'Try again. If it keeps happening, contact your IT team.',
  },
};

const messages: Messages<typeof en> = {
  en,
  it: {
    retry: 'Riprova',
    signInAgain: 'Accedi di nuovo',
    unreachable: {
      title: 'Tandem non riesce a raggiungere il server.',
      body: 'Controlla la connessione e riprova. Se succede ancora, il servizio potrebbe essere momentaneamente non disponibile.',
    },
    signIn: {
      title: 'Accedi di nuovo.',
      body: 'Il tuo accesso è scaduto o non è stato possibile confermarlo.',
    },
    consent: {
      title: 'Tandem ha prima bisogno di un’autorizzazione.',
      body: 'Un amministratore della tua organizzazione deve approvare Tandem. Chiedi al tuo team IT, poi riprova.',
    },
    forbidden: {
      title: 'Non hai accesso a questa sezione.',
      body: 'Se pensi di doverlo avere, chiedi al tuo team HR.',
    },
    other: {
      title: 'Qualcosa è andato storto.',
      body: 'Riprova. Se succede ancora, contatta il tuo team IT.',
    },
  },
};

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Offered instead of retrying when the error is about the sign-in itself. */
  onSignInAgain?: () => void;
}

export function ErrorState({ error, onRetry, onSignInAgain }: ErrorStateProps) {
  const t = useMessages(messages);
  const kind = kindOf(error);
  const action =
    kind === 'signIn' && onSignInAgain
      ? { label: t.signInAgain, run: onSignInAgain }
      : onRetry && { label: t.retry, run: onRetry };

  return (
    // multiline: the body is a sentence, and the single-line layout measures itself with a
    // ResizeObserver for nothing.
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t[kind].title}</MessageBarTitle> {t[kind].body}
      </MessageBarBody>
      {action && (
        <MessageBarActions>
          <Button onClick={action.run}>{action.label}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
