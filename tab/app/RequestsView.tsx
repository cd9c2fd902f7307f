import { useId } from 'react';
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useParams } from '@tanstack/react-router';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useFocusTarget } from '../components/target';
import { useMe } from '../features/me/api/getMe';
import { useRequests } from '../features/requests/api/getRequests';
import { ReceivedRequests } from '../features/requests/components/ReceivedRequests';
import { SentRequests } from '../features/requests/components/SentRequests';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';
import { SuggestionLists } from './SuggestionLists';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  notice: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

/**
 * Answer requests, follow the ones sent, and send new ones from suggestions. At
 * `/requests/$requestId` that request is brought into view and takes the focus. Loaded on first visit.
 */
export function RequestsView() {
  const t = useMessages(messages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const me = useMe();
  const requests = useRequests();
  const { requestId } = useParams({ strict: false });
  const suggestionsId = useId();
  const listed = requests.data?.requests;
  const missing = !!requestId && !!listed && !listed.some((r) => r.id === requestId);
  const missingRef = useFocusTarget<HTMLDivElement>(missing);

  return (
    <Page title={t.requestsTitle} intro={t.requestsIntro} focusOnArrival={!requestId}>
      {!me.data ? (
        me.isError ? (
          <LoadError query={me} onSignInAgain={onSignInAgain} />
        ) : (
          <Loading label={t.loadingProfile} />
        )
      ) : (
        <div className={styles.column}>
          {missing && (
            <div ref={missingRef} tabIndex={-1} className={styles.notice}>
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t.requestNotListed}</MessageBarBody>
              </MessageBar>
            </div>
          )}
          {!listed && requests.isError ? (
            // One failure, said once, rather than once in each list.
            <LoadError query={requests} onSignInAgain={onSignInAgain} />
          ) : (
            <>
              <ReceivedRequests me={me.data.id} target={requestId} onSignInAgain={onSignInAgain} />
              <SentRequests me={me.data.id} target={requestId} onSignInAgain={onSignInAgain} />
            </>
          )}
          <section className={styles.section} aria-labelledby={suggestionsId}>
            <Text as="h2" id={suggestionsId} size={500} weight="semibold" className={styles.heading}>
              {t.suggestionsHeading}
            </Text>
            <SuggestionLists me={me.data.id} top={5} onSignInAgain={onSignInAgain} />
          </section>
        </div>
      )}
    </Page>
  );
}
