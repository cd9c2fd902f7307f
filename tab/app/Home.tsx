import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { WhoYouAre } from '../features/me/components/WhoYouAre';
import { useMessages } from '../lib/i18n';
import { useQuery } from '../lib/query';
import { messages } from './messages';
import { Page } from './Page';
import type { ViewProps } from './views';

/** The first view: the person's pairings, requests waiting for them, suggestions, and who they are. */
export function Home({ me, enrolments, navigate, focusTitle, onSignInAgain }: ViewProps) {
  const t = useMessages(messages);
  // The journey's code loads while the profile does, so it costs no wait, but stays out of the
  // first download: the title, the profile and the navigation show without it.
  const chunk = useQuery('chunk:journey', () => import('./Journey'));
  return (
    <Page title={t.homeTitle} intro={t.homeIntro} focusTitle={focusTitle}>
      {/* Everything personal waits for the profile: it says who "me" is, and a sign-in problem shows once, below. */}
      {me.data &&
        (chunk.status === 'error' ? (
          <ErrorState error={chunk.error} onRetry={chunk.retry} />
        ) : chunk.data ? (
          <chunk.data.Journey
            me={me.data.id}
            enrolments={enrolments}
            navigate={navigate}
            onSignInAgain={onSignInAgain}
          />
        ) : (
          <Loading label={t.loadingView} />
        ))}
      <WhoYouAre me={me} onSignInAgain={onSignInAgain} />
    </Page>
  );
}
