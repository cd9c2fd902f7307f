import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  heading: { margin: 0, ':focus': { outline: 'none' } },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * Set by the navigation (SignedIn) when a view is the panel of one of its tabs. The panel sits
 * inside the main landmark rather than around it, so no content is left outside a landmark.
 */
export const TabPanelContext = createContext<{ id: string; labelledBy: string } | null>(null);

export interface PageProps {
  title: string;
  intro?: string;
  /**
   * Move focus to the title when the page replaces another after an action, so keyboard and
   * screen reader users are not left on a button that no longer exists.
   */
  focusTitle?: boolean;
  children?: ReactNode;
}

/** The main landmark and the one h1 of a view. */
export function Page({ title, intro, focusTitle = false, children }: PageProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useContext(TabPanelContext);
  useEffect(() => {
    if (focusTitle) heading.current?.focus();
  }, [focusTitle]);

  return (
    <main>
      <div
        className={styles.main}
        {...(panel ? { role: 'tabpanel', id: panel.id, 'aria-labelledby': panel.labelledBy } : {})}
      >
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
    </main>
  );
}
