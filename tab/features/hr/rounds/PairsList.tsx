import { useState } from 'react';
import { Badge, Field, SearchBox, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useSession } from '../../../app/session';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import { PAGE_SIZE, useChoose, useRoundPairs, type ProposedPairs, type Round } from './api/rounds';
import { messages } from './messages';
import { Pager } from './Pager';
import { reasonText } from './reasons';
import { useSearch } from './useSearch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem', gap: tokens.spacingVerticalXXS },
  names: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  reasons: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Item = ProposedPairs['items'][number];

/** The proposed pairs a page at a time, best first, each with its reasons and HR's lock and exclude. */
export function PairsList({ round }: { round: Round }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const { text, setText, search, offset, setOffset } = useSearch();
  const page = useRoundPairs(round, offset, search);
  const choose = useChoose();
  const [acted, setActed] = useState<string | null>(null);
  const closed = round.status !== 'preview';
  const choiceOf = new Map(round.choices.map((c) => [`${c.mentorId}|${c.menteeId}`, c.choice]));

  const act = (item: Item, choice: 'lock' | 'exclude' | 'none') => {
    setActed(`${item.mentor.id}|${item.mentee.id}`);
    choose.mutate({ id: round.id, mentorId: item.mentor.id, menteeId: item.mentee.id, choice });
  };

  return (
    <section className={styles.root} aria-label={t.tabs.pairs}>
      <Field label={t.search}>
        <SearchBox value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      {choose.isError && <ActionError error={choose.error} known={t.errors} onSignInAgain={onSignInAgain} />}
      {page.data ? (
        page.data.total === 0 ? (
          <Text as="p" className={styles.muted}>
            {search ? t.nothingFound : t.noPairs}
          </Text>
        ) : (
          <>
            <ul className={styles.list}>
              {page.data.items.map((item) => {
                const key = `${item.mentor.id}|${item.mentee.id}`;
                const pair = t.pairLabel(item.mentee.displayName, item.mentor.displayName);
                const chosen = choiceOf.get(key);
                const busy = choose.isPending && acted === key;
                return (
                  <li key={key} className={styles.row}>
                    <div className={styles.who}>
                      <Text as="p" className={styles.names}>
                        {item.mentee.displayName} ← {item.mentor.displayName}
                      </Text>
                      <Text as="p" className={styles.reasons}>
                        {t.score(formatNumber(item.score, locale, { maximumFractionDigits: 1 }))} ·{' '}
                        {item.reasons
                          .filter((r) => r.weight > 0)
                          .map((r) => reasonText(r, t, locale))
                          .join(' · ')}
                      </Text>
                    </div>
                    <div className={styles.actions}>
                      {item.locked && <Badge appearance="tint">{t.locked}</Badge>}
                      {chosen === 'exclude' && (
                        <Badge appearance="tint" color="danger">
                          {t.choice.exclude}
                        </Badge>
                      )}
                      {!closed && (
                        <>
                          <ToggleButton
                            size="small"
                            checked={chosen === 'lock'}
                            disabled={busy}
                            aria-label={chosen === 'lock' ? t.unlockPair(pair) : t.lockPair(pair)}
                            onClick={() => act(item, chosen === 'lock' ? 'none' : 'lock')}
                          >
                            {chosen === 'lock' ? t.unlock : t.lock}
                          </ToggleButton>
                          <ToggleButton
                            size="small"
                            checked={chosen === 'exclude'}
                            disabled={busy}
                            aria-label={
                              chosen === 'exclude' ? t.undoChoice(t.choice.exclude, pair) : t.excludePair(pair)
                            }
                            onClick={() => act(item, chosen === 'exclude' ? 'none' : 'exclude')}
                          >
                            {chosen === 'exclude' ? t.undo : t.exclude}
                          </ToggleButton>
                        </>
                      )}
                    </div>
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
