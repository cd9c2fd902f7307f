import { makeStyles, tokens } from '@fluentui/react-components';
import { ResponsiveContainer, type ResponsiveChildProps } from '@fluentui/react-charts';
import type { ReactElement } from 'react';
import { useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * A chart as wide as its card (the charts draw at a fixed width otherwise), with a caption that
 * names it and points to the table with its numbers.
 */
export function Chart({
  what,
  height,
  children,
}: {
  what: string;
  height: number;
  children: ReactElement<ResponsiveChildProps>;
}) {
  const styles = useStyles();
  const t = useMessages(messages);
  return (
    <figure className={styles.figure}>
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
      <figcaption className={styles.caption}>{t.chartOf(what)}</figcaption>
    </figure>
  );
}
