import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import type { TitleRule, TitleRulesPreview } from './api/titleRules';
import { messages } from './messages';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // A table of titles scrolls inside itself on a phone rather than widening the page.
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/** What saving the draft would do: how many change level, each move, and the titles that move. */
export function PreviewSummary({ preview, current }: { preview: TitleRulesPreview; current: TitleRule[] }) {
  const t = useMessages(messages).rules;
  const locale = useLocale();
  const cards = useCardStyles();
  const styles = useStyles();
  const n = (value: number) => formatNumber(value, locale);
  const phrases = new Set(current.map((r) => r.phrase));
  const removed = preview.rules.filter((r) => !phrases.has(r.phrase));

  if (preview.moved === 0)
    return (
      <Text as="p" className={cards.text} role="status">
        {t.previewNone(preview.people)}
      </Text>
    );
  return (
    <>
      <Text as="p" className={cards.text} weight="semibold" role="status">
        {t.previewMoved(preview.moved, preview.people)}
      </Text>
      <ul className={styles.list}>
        {preview.moves.map((m) => (
          <li key={`${m.from} ${m.to}`}>{t.move(m.people, m.from, m.to)}</li>
        ))}
        {removed.map((r) => (
          <li key={r.phrase}>{t.removed(r.phrase, r.people)}</li>
        ))}
      </ul>
      {preview.titles.length > 0 && (
        <div className={styles.scroll}>
          <Table size="small" aria-label={t.titlesHeading}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.title}</TableHeaderCell>
                <TableHeaderCell>{t.fromTo}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.people}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.titles.map((row) => (
                <TableRow key={`${row.title} ${row.from} ${row.to}`}>
                  <TableCell>{row.title || t.untitled}</TableCell>
                  <TableCell>{t.arrow(row.from, row.to)}</TableCell>
                  <TableCell className={styles.number}>{n(row.people)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
