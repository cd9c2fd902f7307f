import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useMeetings } from '../features/meetings/api/getMeetings';
import { MeetingsList } from '../features/meetings/components/MeetingsList';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import type { ViewProps } from './views';

/** Each pair's meetings booked in Outlook: join, skip, reschedule, check in, goals. Loaded on first visit. */
export function MeetingsView({ me, navigate, focusTitle, onSignInAgain }: ViewProps) {
  const t = useMessages(messages);
  const meetings = useMeetings();

  return (
    <Page title={t.meetingsTitle} intro={t.meetingsIntro} focusTitle={focusTitle}>
      {me.status === 'error' && !me.data ? (
        <ErrorState error={me.error} onRetry={me.retry} onSignInAgain={onSignInAgain} />
      ) : !me.data ? (
        // Times are shown in the person's own zone, which the profile gives.
        <Loading label={t.loadingProfile} />
      ) : (
        <MeetingsList meetings={meetings} onFindSomeone={() => navigate('requests')} onSignInAgain={onSignInAgain} />
      )}
    </Page>
  );
}
