import { useMemo, useState, type ReactNode } from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { signIn } from '../features/sandbox/api/signIn';
import { DemoReset } from '../features/sandbox/components/DemoReset';
import { PersonPicker } from '../features/sandbox/components/PersonPicker';
import { ApiContext, createApi, useApi } from '../lib/api';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { Page, useColumnStyles } from './Page';
import { SignedIn } from './SignedIn';
import { createSandboxAuth, type SandboxUser } from './sandboxAuth';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
  },
  bar: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  who: { flexGrow: 1 },
});

/** A plain browser against the sandbox tenant: pick a person, then use Tandem as them. */
export function SandboxApp() {
  const t = useMessages(messages);
  const plain = useApi();
  const [auth] = useState(() => createSandboxAuth({ signIn: (userId) => signIn(plain, userId) }));
  const api = useMemo(() => createApi({ getToken: auth.getToken }), [auth]);
  const [user, setUser] = useState(auth.user);
  // Focus moves to the new page's title only after the person acted, not on first load.
  const [acted, setActed] = useState(false);

  function switchPerson() {
    auth.signOut();
    // Someone else starts on their own Home, not on the place the last person had open.
    window.history.replaceState(null, '', '/');
    setUser(null);
    setActed(true);
  }

  async function pick(person: SandboxUser) {
    await auth.signInAs({ id: person.id, displayName: person.displayName });
    setUser(auth.user());
    setActed(true);
  }

  return (
    <>
      <Banner label={t.sandbox} who={user && t.signedInAs(user.displayName)}>
        {user && <Button onClick={switchPerson}>{t.switchPerson}</Button>}
      </Banner>
      {user ? (
        <ApiContext value={api}>
          <SignedIn key={user.id} onSignInAgain={switchPerson} focusTitle={acted} />
        </ApiContext>
      ) : (
        <Page title={t.signInTitle} intro={t.signInIntro} focusTitle={acted}>
          <PersonPicker onPick={pick} />
          <DemoReset />
        </Page>
      )}
    </>
  );
}

function Banner({ label, who, children }: { label: string; who: string | null; children: ReactNode }) {
  const styles = useStyles();
  const column = useColumnStyles();
  return (
    <header className={styles.bar}>
      <div className={mergeClasses(column.column, styles.banner)}>
        <Badge appearance="filled" color="warning">
          {label}
        </Badge>
        <Text className={styles.who}>{who}</Text>
        {children}
      </div>
    </header>
  );
}
