import { useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useRequests } from '../features/requests/api/getRequests';
import { ReceivedRequests } from '../features/requests/components/ReceivedRequests';
import { SentRequests } from '../features/requests/components/SentRequests';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { SuggestionLists } from './SuggestionLists';
import type { ViewProps } from './views';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, maxWidth: '52rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** Answer requests, follow the ones sent, and send new ones from suggestions. Loaded on first visit. */
export function RequestsView({ me, enrolments, navigate, focusTitle, onSignInAgain }: ViewProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const requests = useRequests();
  const suggestionsId = useId();

  return (
    <Page title={t.requestsTitle} intro={t.requestsIntro} focusTitle={focusTitle}>
      {me.status === 'error' && !me.data ? (
        <ErrorState error={me.error} onRetry={me.retry} onSignInAgain={onSignInAgain} />
      ) : !me.data ? (
        <Loading label={t.loadingProfile} />
      ) : (
        <div className={styles.column}>
          {requests.status === 'error' && !requests.data ? (
            // One failure, said once, rather than once in each list.
            <ErrorState error={requests.error} onRetry={requests.retry} onSignInAgain={onSignInAgain} />
          ) : (
            <>
              <ReceivedRequests
                requests={requests}
                me={me.data.id}
                onAnswered={requests.retry}
                onSignInAgain={onSignInAgain}
              />
              <SentRequests
                requests={requests}
                me={me.data.id}
                onWithdrawn={requests.retry}
                onSignInAgain={onSignInAgain}
              />
            </>
          )}
          <section className={styles.section} aria-labelledby={suggestionsId}>
            <Text as="h2" id={suggestionsId} size={500} weight="semibold" className={styles.heading}>
              {t.suggestionsHeading}
            </Text>
            <SuggestionLists
              me={me.data.id}
              enrolments={enrolments}
              requests={requests}
              top={5}
              onSent={requests.retry}
              onJoin={() => navigate('programmes')}
              onSignInAgain={onSignInAgain}
            />
          </section>
        </div>
      )}
    </Page>
  );
}
