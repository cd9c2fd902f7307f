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
  // The tab fills the frame. Not on the provider itself: with applyStylesToPortals its class
  // also goes on every portal (menus, dialogs, tooltips), which would then cover the whole tab.
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

  // The page behind the provider wears the theme too: what scrolls past it (or the frame around a
  // short view) is never left white in a dark theme, and scroll bars and form controls follow.
  useEffect(() => {
    const page = document.documentElement.style;
    page.backgroundColor = themes[theme].colorNeutralBackground1;
    page.colorScheme = theme === 'default' ? 'light' : 'dark';
  }, [theme]);

  return (
    <FluentProvider theme={themes[theme]} applyStylesToPortals>
      <div className={styles.root}>
        <LocaleContext value={locale}>{children}</LocaleContext>
      </div>
    </FluentProvider>
  );
}
