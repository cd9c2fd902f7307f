import { WhoYouAre } from '../features/me/components/WhoYouAre';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page } from './Page';

export function Home({ onSignInAgain, focusTitle }: { onSignInAgain: () => void; focusTitle?: boolean }) {
  const t = useMessages(messages);
  return (
    <Page title={t.homeTitle} intro={t.homeIntro} focusTitle={focusTitle}>
      <WhoYouAre onSignInAgain={onSignInAgain} />
    </Page>
  );
}
