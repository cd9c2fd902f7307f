import { useEffect, useMemo, useRef, useState } from 'react';
import { makeStyles } from '@fluentui/react-components';
import { Outlet, useRouter } from '@tanstack/react-router';
import { useMe } from '../features/me/api/getMe';
import { knownTimeZone, LocaleContext, useLocale } from '../lib/i18n';
import { ConnectionBanner } from './ConnectionBanner';
import { Navigation } from './Navigation';
import { ShellContext } from './Page';
import { useSession } from './session';

const useStyles = makeStyles({
  // Nothing inside may make the page wider than the window: long words wrap instead.
  main: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
});

/**
 * The signed-in tab's frame, around every view: the navigation, the connection banner and the
 * view, in the person's own time zone once their profile says which.
 */
export function Shell() {
  const styles = useStyles();
  const locale = useLocale();
  const me = useMe();
  const shell = useArrival(useSession().focusFirstView);
  // Dates in the person's own zone (their mailbox settings) once known, else the device's.
  const timeZone = knownTimeZone(me.data?.timeZone);

  return (
    <LocaleContext value={timeZone ? { ...locale, timeZone } : locale}>
      <Navigation />
      <main className={styles.main}>
        <ConnectionBanner />
        <ShellContext value={shell}>
          <Outlet />
        </ShellContext>
      </main>
    </LocaleContext>
  );
}

/**
 * Counts the navigations the router has finished (not the first load, nor a change of query
 * alone), so that the view each one shows can take the focus on its title, once.
 */
function useArrival(focusFirstView: boolean) {
  const router = useRouter();
  const [arrival, setArrival] = useState(focusFirstView ? 1 : 0);
  const claimed = useRef(0);
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (event.fromLocation && event.pathChanged) setArrival((n) => n + 1);
      }),
    [router],
  );
  return useMemo(
    () => ({
      arrival,
      claim: (n: number) => {
        if (n <= claimed.current) return false;
        claimed.current = n;
        return true;
      },
    }),
    [arrival],
  );
}
