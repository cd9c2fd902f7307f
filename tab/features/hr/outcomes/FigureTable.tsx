import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Cell } from '../../../../server/analytics/schemas';
import { useLocale, useMessages } from '../../../lib/i18n';
import { formatValue, type Kind } from './format';
import { messages } from './messages';

const useStyles = makeStyles({
  // A wide table scrolls inside its card on a phone rather than squeezing words letter by letter.
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  wide: { minWidth: '34rem' },
  unseen: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalS },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  hidden: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

export interface Column {
  header: string;
  kind: Kind;
}

export interface Row {
  label: string;
  cells: Cell[];
}

/**
 * The numbers of a figure as a table, the accessible twin of its chart: one row per group, a
 * suppressed cell saying why it is empty.
 */
export function FigureTable({
  caption,
  rowHeader,
  columns,
  rows,
  limit,
}: {
  caption: string;
  rowHeader: string;
  columns: readonly Column[];
  rows: readonly Row[];
  limit: number;
}) {
  const styles = useStyles();
  const t = useMessages(messages);
  const locale = useLocale();
  const wide = columns.length > 2;
  return (
    // A wide table scrolls inside its card, reachable by keyboard (a focusable, named group).
    <div {...(wide ? { className: styles.wrap, tabIndex: 0, role: 'group', 'aria-label': caption } : {})}>
      <Table size="small" className={wide ? styles.wide : undefined}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} scope="col" className={styles.number}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              {row.cells.map((cell, i) => (
                <TableCell key={columns[i]!.header} className={styles.number}>
                  {'value' in cell ? (
                    formatValue(cell.value, columns[i]!.kind, locale)
                  ) : (
                    // Short on screen with the reason once under the table; screen readers hear it here.
                    <span className={styles.hidden}>
                      {t.hiddenShort}
                      <span className={styles.unseen}>{t.hiddenWhy(limit)}</span>
                    </span>
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.some((r) => r.cells.some((c) => !('value' in c))) && <p className={styles.note}>{t.hidden(limit)}</p>}
    </div>
  );
}
