import { useQuery } from '@tanstack/react-query';
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useMe } from '../features/me/api/getMe';
import { WhoYouAre } from '../features/me/components/WhoYouAre';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';

const useStyles = makeStyles({
  // One column on a phone and in the side panel; on a desktop the profile sits beside the journey.
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXXL,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(15rem, 18rem)',
      columnGap: tokens.spacingHorizontalXXL,
    },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
});

/** The first view: the person's next step, their pairings and meetings, suggestions, and who they are. */
export function Home() {
  const t = useMessages(messages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const me = useMe();
  // The journey's code loads while the profile does, so it costs no wait, but stays out of the
  // first download: the title, the profile and the navigation show without it.
  const chunk = useQuery({
    queryKey: ['chunk', 'journey'],
    queryFn: () => import('./Journey'),
    staleTime: Infinity,
    retry: false,
  });
  return (
    <Page title={t.homeTitle} intro={t.homeIntro}>
      <div className={styles.layout}>
        <div className={styles.main}>
          {/* Everything personal waits for the profile: it says who "me" is, and a sign-in problem shows once, beside. */}
          {me.data &&
            (chunk.isError ? (
              <ErrorState error={chunk.error} onRetry={() => void chunk.refetch()} />
            ) : chunk.data ? (
              <chunk.data.Journey me={me.data.id} />
            ) : (
              <Loading label={t.loadingView} />
            ))}
        </div>
        <WhoYouAre onSignInAgain={onSignInAgain} />
      </div>
    </Page>
  );
}
