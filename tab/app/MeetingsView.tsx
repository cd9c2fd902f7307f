import { useParams } from '@tanstack/react-router';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useMe } from '../features/me/api/getMe';
import { MeetingsList } from '../features/meetings/components/MeetingsList';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';

/**
 * Each pair's meetings booked in Outlook: join, skip, reschedule, check in, goals. At
 * `/meetings/$seriesId` one pair's, and at `.../sessions/$occurrenceId` one session, are brought
 * into view and take the focus. Loaded on first visit.
 */
export function MeetingsView() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const me = useMe();
  const { seriesId, occurrenceId } = useParams({ strict: false });

  return (
    <Page title={t.meetingsTitle} intro={t.meetingsIntro} focusOnArrival={!seriesId}>
      {me.data ? (
        <MeetingsList target={{ seriesId, occurrenceId }} onSignInAgain={onSignInAgain} />
      ) : me.isError ? (
        <LoadError query={me} onSignInAgain={onSignInAgain} />
      ) : (
        // Times are shown in the person's own zone, which the profile gives.
        <Loading label={t.loadingProfile} />
      )}
    </Page>
  );
}
