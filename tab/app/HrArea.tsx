import { Outlet } from '@tanstack/react-router';
import { ButtonLink } from '../components/links';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { useMe } from '../features/me/api/getMe';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';

/**
 * Around every view of the HR area (/hr/...): only HR programme owners (`Tandem.Admin`) see them.
 * The server refuses the HR routes to anyone else (403 admin_only); this says so in words
 * instead of a page of errors, to someone who followed an old link or typed the address.
 */
export function HrArea() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const me = useMe();
  if (me.data?.isAdmin) return <Outlet />;
  if (me.data)
    return (
      <Page title={t.hrOnlyTitle} intro={t.hrOnlyIntro}>
        <ButtonLink to="/" appearance="primary">
          {t.goHome}
        </ButtonLink>
      </Page>
    );
  return (
    <Page title={t.nav.hr} focusOnArrival={false}>
      {me.isError ? <LoadError query={me} onSignInAgain={onSignInAgain} /> : <Loading label={t.loadingView} />}
    </Page>
  );
}
