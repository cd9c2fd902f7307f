import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import type { RuleViolation } from '../../../../server/matching/schemas';
import type { RuleCounts as Counts } from '../../../../server/matching/round-schemas';
import { messages } from './messages';

const useStyles = makeStyles({ table: { maxWidth: '40rem' }, number: { textAlign: 'end' } });

/** How many mentor–mentee pairs each hard rule kept away, over everyone waiting and over the unmatched. */
export function RuleCounts({ all, unmatched }: { all: Counts; unmatched: Counts }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const rules = (Object.keys(t.rule) as RuleViolation[]).filter((r) => (all[r] ?? 0) > 0 || (unmatched[r] ?? 0) > 0);
  return (
    <Table className={styles.table} aria-label={t.rulesCaption} size="small">
      <caption>{t.rulesCaption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.ruleColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.everyoneColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.unmatchedColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rules.map((r) => (
          <TableRow key={r}>
            <TableCell>{t.rule[r]}</TableCell>
            <TableCell className={styles.number}>{formatNumber(all[r] ?? 0, locale)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(unmatched[r] ?? 0, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
