import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  where: { minWidth: '8rem' },
});

export interface PagerProps {
  offset: number;
  size: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** Where the page sits in the whole list, and the way to the pages beside it. */
export function Pager({ offset, size, total, onOffset }: PagerProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  if (total <= size && offset === 0) return null;
  const n = (x: number) => formatNumber(x, locale);
  return (
    <nav className={styles.root} aria-label={t.pageOf(n(offset + 1), n(Math.min(total, offset + size)), n(total))}>
      <Button disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - size))}>
        {t.previous}
      </Button>
      <Text className={styles.where} aria-live="polite">
        {t.pageOf(n(offset + 1), n(Math.min(total, offset + size)), n(total))}
      </Text>
      <Button disabled={offset + size >= total} onClick={() => onOffset(offset + size)}>
        {t.next}
      </Button>
    </nav>
  );
}
