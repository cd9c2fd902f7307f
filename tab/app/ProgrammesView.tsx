import { useSearch } from '@tanstack/react-router';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { ProgrammesForm } from '../features/programmes/components/ProgrammesForm';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';

/** Join or change programmes; `?programmeId=` brings one into view. Loaded on first visit. */
export function ProgrammesView() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const enrolments = useEnrolments();
  const { programmeId } = useSearch({ from: '/programmes' });
  const data = enrolments.data;
  const joined = (data?.enrolments.length ?? 0) > 0;

  return (
    <Page title={joined ? t.programmesTitle : t.joinTitle} intro={t.programmesIntro} focusOnArrival={!programmeId}>
      {data ? (
        <ProgrammesForm data={data} focusTrack={programmeId} onSignInAgain={onSignInAgain} />
      ) : enrolments.isError ? (
        <LoadError query={enrolments} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loadingProgrammes} />
      )}
    </Page>
  );
}
