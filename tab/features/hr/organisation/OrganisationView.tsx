import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../app/Page';
import { useSession } from '../../../app/session';
import { useMessages } from '../../../lib/i18n';
import { useOrgSync } from './api/orgSync';
import { useTitleRules } from './api/titleRules';
import { messages } from './messages';
import { SyncSection } from './SyncSection';
import { TitleRulesSection } from './TitleRulesSection';

/** /hr/organisation: the directory sync and the title rules that place people at their levels. */
export function OrganisationView() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const sync = useOrgSync();
  const rules = useTitleRules();

  return (
    <Page title={t.title} intro={t.intro}>
      {sync.data ? (
        <SyncSection status={sync.data} onSignInAgain={onSignInAgain} />
      ) : sync.isError ? (
        <LoadError query={sync} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
      {rules.data ? (
        <TitleRulesSection saved={rules.data.rules} onSignInAgain={onSignInAgain} />
      ) : rules.isError ? (
        <LoadError query={rules} onSignInAgain={onSignInAgain} />
      ) : sync.data ? (
        <Loading label={t.loading} />
      ) : null}
    </Page>
  );
}
