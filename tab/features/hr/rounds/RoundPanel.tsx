import { useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useSession } from '../../../app/session';
import { formatDate, formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import { isRunning, useRerunRound, useRound, type Round } from './api/rounds';
import { ChoicesList } from './ChoicesList';
import { messages } from './messages';
import { PairsList } from './PairsList';
import { PublishRound } from './PublishRound';
import { RuleCounts } from './RuleCounts';
import { UnmatchedList } from './UnmatchedList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column', margin: 0 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

type View = 'pairs' | 'unmatched' | 'rules' | 'choices';

/** One round: its progress while it runs, its totals, its lists, and the moves it allows. */
export function RoundPanel({ id }: { id: string }) {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const round = useRound(id);
  if (round.data) return <Loaded round={round.data} />;
  if (round.isError) return <LoadError query={round} onSignInAgain={onSignInAgain} />;
  return <Loading label={t.loading} />;
}

function Loaded({ round }: { round: Round }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const rerun = useRerunRound();
  const [view, setView] = useState<View>('pairs');
  const running = isRunning(round);
  const r = round.result;
  const n = (x: number) => formatNumber(x, locale);
  const preview = round.status === 'preview';

  return (
    <section className={styles.root} aria-label={t.totals}>
      {running && (
        <Field
          label={t.progress(t.stage[round.progress.stage], round.progress.percent)}
          validationState="none"
          aria-live="polite"
        >
          <ProgressBar value={round.progress.percent / 100} />
        </Field>
      )}
      {round.run === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t.failed(round.failure ?? '')}</MessageBarBody>
        </MessageBar>
      )}
      {preview && round.stale && !running && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.stale}</MessageBarBody>
        </MessageBar>
      )}
      {!preview && round.publishedAt && (
        <Text as="p" className={styles.muted}>
          {t.publishedOn(formatDate(round.publishedAt, locale, { dateStyle: 'medium', timeStyle: 'short' }))}
        </Text>
      )}
      {r && (
        <>
          <dl className={styles.figures}>
            <Figure label={t.optimal} value={n(r.total)} />
            <Figure
              label={t.greedy}
              value={n(r.greedyTotal)}
              note={
                r.greedyTotal > 0
                  ? t.gain(
                      formatNumber(r.total / r.greedyTotal - 1, locale, { style: 'percent', maximumFractionDigits: 1 }),
                    )
                  : undefined
              }
            />
            <Figure label={t.matched} value={n(r.matched)} />
            <Figure label={t.unmatchedCount} value={n(r.unmatched)} />
            <Figure label={t.lockedCount} value={n(r.locked)} />
            <Figure label={t.excludedCount} value={n(r.excludedByHr)} />
          </dl>
          <Text as="p" className={styles.muted}>
            {t.waiting(n(r.mentees), n(r.mentors))}
          </Text>
          {r.droppedLocks.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {t.droppedLocks(r.droppedLocks.length)}{' '}
                {r.droppedLocks
                  .map((d) =>
                    d.reason in t.dropped
                      ? t.dropped[d.reason as keyof typeof t.dropped]
                      : t.rule[d.reason as keyof typeof t.rule],
                  )
                  .join('; ')}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {preview && (
        <div className={styles.actions}>
          <Button disabled={running || rerun.isPending} onClick={() => rerun.mutate(round.id)}>
            {t.runAgain}
          </Button>
          <PublishRound round={round} disabled={running || round.stale || round.run !== 'ready'} />
        </div>
      )}
      {rerun.isError && <ActionError error={rerun.error} known={t.errors} onSignInAgain={onSignInAgain} />}
      {r && (
        <>
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
            <Tab value="pairs">{`${t.tabs.pairs} (${n(r.matched)})`}</Tab>
            <Tab value="unmatched">{`${t.tabs.unmatched} (${n(r.unmatched)})`}</Tab>
            <Tab value="rules">{t.tabs.rules}</Tab>
            <Tab value="choices">{`${t.tabs.choices} (${n(round.choices.length)})`}</Tab>
          </TabList>
          {view === 'pairs' && <PairsList round={round} />}
          {view === 'unmatched' && <UnmatchedList round={round} />}
          {view === 'rules' && <RuleCounts all={r.ruleCounts} unmatched={r.unmatchedRuleCounts} />}
          {view === 'choices' && <ChoicesList round={round} />}
        </>
      )}
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note?: string | undefined }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
      {note && <dd className={styles.label}>{note}</dd>}
    </div>
  );
}
