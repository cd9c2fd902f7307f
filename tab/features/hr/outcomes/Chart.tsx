import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** A chart with a caption that names it and points to the table with its numbers. */
export function Chart({ what, children }: { what: string; children: ReactNode }) {
  const styles = useStyles();
  const t = useMessages(messages);
  return (
    <figure className={styles.figure}>
      {children}
      <figcaption className={styles.caption}>{t.chartOf(what)}</figcaption>
    </figure>
  );
}
