import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { ProgrammesForm } from '../features/programmes/components/ProgrammesForm';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import type { ViewProps } from './views';

/** Join or change programmes. Loaded on first visit (views.ts). */
export function ProgrammesView({ enrolments, navigate, focusTitle, onSignInAgain }: ViewProps) {
  const t = useMessages(messages);
  const data = enrolments.data;
  const joined = (data?.enrolments.length ?? 0) > 0;

  return (
    <Page title={joined ? t.programmesTitle : t.joinTitle} intro={t.programmesIntro} focusTitle={focusTitle}>
      {enrolments.status === 'error' && !data ? (
        <ErrorState error={enrolments.error} onRetry={enrolments.retry} onSignInAgain={onSignInAgain} />
      ) : !data ? (
        <Loading label={t.loadingProgrammes} />
      ) : (
        <ProgrammesForm
          data={data}
          onSaved={enrolments.retry}
          onSeeSuggestions={() => navigate('home')}
          onSignInAgain={onSignInAgain}
        />
      )}
    </Page>
  );
}
