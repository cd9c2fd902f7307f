import { Field, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useSession } from '../../../app/session';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import type { RuleViolation } from '../../../../server/matching/schemas';
import { PAGE_SIZE, useRoundUnmatched, type Round } from './api/rounds';
import { messages } from './messages';
import { Pager } from './Pager';
import { useSearch } from './useSearch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** The mentees left without a mentor a page at a time, each with why and the rules that kept mentors away. */
export function UnmatchedList({ round }: { round: Round }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const { text, setText, search, offset, setOffset } = useSearch();
  const page = useRoundUnmatched(round, offset, search);

  return (
    <section className={styles.root} aria-label={t.tabs.unmatched}>
      <Field label={t.search}>
        <SearchBox value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      {page.data ? (
        page.data.total === 0 ? (
          <Text as="p" className={styles.muted}>
            {search ? t.nothingFound : t.noUnmatched}
          </Text>
        ) : (
          <>
            <ul className={styles.list}>
              {page.data.items.map((u) => {
                const kept = (Object.entries(u.excluded) as [RuleViolation, number][])
                  .filter(([, n]) => n > 0)
                  .map(([rule, n]) => `${t.rule[rule]} ${formatNumber(n, locale)}`);
                return (
                  <li key={u.mentee.id} className={styles.row}>
                    <Text as="p" className={styles.name}>
                      {u.mentee.displayName}
                    </Text>
                    <Text as="p" className={styles.detail}>
                      {t.unmatchedReason[u.reason]}
                    </Text>
                    {kept.length > 0 && (
                      <Text as="p" className={styles.detail}>
                        {t.keptAway}: {kept.join(' · ')}
                      </Text>
                    )}
                  </li>
                );
              })}
            </ul>
            <Pager offset={offset} size={PAGE_SIZE} total={page.data.total} onOffset={setOffset} />
          </>
        )
      ) : page.isError ? (
        <LoadError query={page} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
    </section>
  );
}
