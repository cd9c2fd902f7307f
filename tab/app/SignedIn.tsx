import { useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { useMe } from '../features/me/api/getMe';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { knownTimeZone, LocaleContext, useLocale, useMessages } from '../lib/i18n';
import { useQuery } from '../lib/query';
import { Home } from './Home';
import { messages } from './messages';
import { Page, TabPanelContext } from './Page';
import { lazyViews, VIEW_ORDER, type ViewId, type ViewProps } from './views';

const useStyles = makeStyles({
  nav: {
    paddingInline: tokens.spacingHorizontalXL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const PANEL = 'tandem-view';
const tabId = (view: ViewId) => `tandem-tab-${view}`;

export interface SignedInProps {
  onSignInAgain: () => void;
  /** Focus the first view's title: the person just signed in by acting on another page. */
  focusTitle?: boolean;
}

/** The tab once someone is signed in: navigation between views, and the data the views share. */
export function SignedIn({ onSignInAgain, focusTitle = false }: SignedInProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const locale = useLocale();
  const me = useMe();
  const enrolments = useEnrolments();
  const [view, setView] = useState<{ id: ViewId; focus: boolean }>({ id: 'home', focus: focusTitle });
  // Dates in the person's own zone (their mailbox settings) once known, else the device's.
  const timeZone = knownTimeZone(me.data?.timeZone);
  const joined = (enrolments.data?.enrolments.length ?? 0) > 0;

  // "Join" until the person is in a programme, "My programmes" after.
  const label = (id: ViewId): string => (id === 'programmes' && !joined ? t.nav.join : t.nav[id]);

  const props: ViewProps = {
    me,
    enrolments,
    navigate: (id) => setView({ id, focus: true }),
    focusTitle: view.focus,
    onSignInAgain,
  };

  return (
    <LocaleContext value={timeZone ? { ...locale, timeZone } : locale}>
      <nav aria-label={t.navigation} className={styles.nav}>
        <TabList selectedValue={view.id} onTabSelect={(_, data) => setView({ id: data.value as ViewId, focus: false })}>
          {VIEW_ORDER.map((id) => (
            <Tab key={id} id={tabId(id)} value={id} aria-controls={PANEL}>
              {label(id)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <TabPanelContext value={{ id: PANEL, labelledBy: tabId(view.id) }}>
        {view.id === 'home' ? (
          <Home {...props} />
        ) : (
          <LazyView key={view.id} id={view.id} title={label(view.id)} props={props} />
        )}
      </TabPanelContext>
    </LocaleContext>
  );
}

function LazyView({ id, title, props }: { id: Exclude<ViewId, 'home'>; title: string; props: ViewProps }) {
  const t = useMessages(messages);
  const chunk = useQuery(`view:${id}`, () => lazyViews[id]().then((View) => ({ View })));
  if (chunk.status === 'error') {
    return (
      <Page title={title}>
        <ErrorState error={chunk.error} onRetry={chunk.retry} />
      </Page>
    );
  }
  if (!chunk.data) {
    return (
      <Page title={title} focusTitle={props.focusTitle}>
        <Loading label={t.loadingView} />
      </Page>
    );
  }
  return <chunk.data.View {...props} />;
}
