import { useEffect, type ReactNode } from 'react';
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { LocaleContext, type Locale } from '../lib/i18n';
import type { Host } from '../lib/teams';
import { useTheme } from './theme';

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  // The provider paints the theme's background; it covers the whole frame so a dark theme
  // has no light margins.
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column' },
});

export function Providers({
  host,
  locale,
  children,
}: {
  host: Host | null | undefined;
  locale: Locale;
  children: ReactNode;
}) {
  useGlobalStyles();
  const styles = useStyles();
  const theme = useTheme(host);

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = locale.tag;
  }, [locale.tag]);

  return (
    <FluentProvider theme={themes[theme]} className={styles.root} applyStylesToPortals>
      <LocaleContext value={locale}>{children}</LocaleContext>
    </FluentProvider>
  );
}
