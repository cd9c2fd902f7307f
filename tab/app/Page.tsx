import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** Phones and the Teams side panel get narrower margins than a desktop window. */
export const NARROW = '@media (max-width: 600px)';

/**
 * The column every view sits in: centred, as wide as reads well on a desktop, the full width of a
 * phone. The navigation and the connection banner line up with it.
 */
export const useColumnStyles = makeStyles({
  column: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '64rem',
    marginInline: 'auto',
    paddingInline: tokens.spacingHorizontalXXL,
    [NARROW]: { paddingInline: tokens.spacingHorizontalM },
  },
});

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalXXL,
    [NARROW]: { paddingBlock: tokens.spacingVerticalL },
  },
  heading: {
    margin: 0,
    ':focus': { outline: 'none' },
    // A phone's title: two words to a line would push the view below the fold.
    [NARROW]: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * Given by the signed-in tab's frame (Shell), which holds the main landmark: the views are inside
 * it. `arrival` counts navigations; the view on screen after one takes the focus on its title,
 * once (`claim`), so keyboard and screen reader users start on what they opened.
 */
export const ShellContext = createContext<{ arrival: number; claim: (arrival: number) => boolean } | null>(null);

export interface PageProps {
  title: string;
  intro?: string;
  /**
   * Move focus to the title when the page replaces another after an action, so keyboard and
   * screen reader users are not left on a button that no longer exists.
   */
  focusTitle?: boolean;
  /**
   * Inside the signed-in tab, the title takes the focus after a navigation unless the view gives it
   * to what a link pointed at (a session, a request).
   */
  focusOnArrival?: boolean;
  children?: ReactNode;
}

/** A view: its one h1 and its content, in the main landmark. */
export function Page({ title, intro, focusTitle = false, focusOnArrival = true, children }: PageProps) {
  const styles = useStyles();
  const column = useColumnStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const shell = useContext(ShellContext);

  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);
  useEffect(() => {
    // Not scrolled to: the router puts a new view at the top, and Back where it was.
    if (shell && focusOnArrival && shell.claim(shell.arrival)) heading.current?.focus({ preventScroll: true });
  }, [shell, focusOnArrival]);
  useEffect(() => {
    // The browser's history and tabs name the place.
    if (shell) document.title = `${title} · Tandem`;
  }, [shell, title]);

  const content = (
    <div className={mergeClasses(column.column, styles.page)}>
      <Text as="h1" size={700} weight="semibold" className={styles.heading} ref={heading} tabIndex={-1}>
        {title}
      </Text>
      {intro && (
        <Text as="p" className={styles.intro}>
          {intro}
        </Text>
      )}
      {children}
    </div>
  );
  return shell ? content : <main>{content}</main>;
}
