import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import { useStartOrgSync, type SyncStatus } from './api/orgSync';
import { messages } from './messages';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  fact: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const BADGE = {
  never: { color: 'informative', key: 'never' },
  idle: { color: 'success', key: 'idle' },
  running: { color: 'brand', key: 'running' },
  failed: { color: 'danger', key: 'failed' },
} as const;

/** The directory sync: where it stands, its progress while it runs, what the last one did, and starting one. */
export function SyncSection({ status, onSignInAgain }: { status: SyncStatus; onSignInAgain: () => void }) {
  const t = useMessages(messages).sync;
  const locale = useLocale();
  const cards = useCardStyles();
  const styles = useStyles();
  const start = useStartOrgSync();
  const running = status.status === 'running';
  const badge = BADGE[status.status];
  const when = (iso: string) => formatDate(iso, locale, { dateStyle: 'medium', timeStyle: 'short' });
  const n = (value: number) => formatNumber(value, locale);
  const last = status.lastResult;

  return (
    <section className={cards.section} aria-labelledby="hr-sync-heading">
      <div className={cards.title}>
        <Text as="h2" size={500} weight="semibold" className={cards.heading} id="hr-sync-heading">
          {t.heading}
        </Text>
        <Badge appearance="tint" color={badge.color}>
          {t[badge.key]}
        </Badge>
      </div>
      <div className={cards.card}>
        {status.status === 'never' && (
          <Text as="p" className={cards.text}>
            {t.neverBody}
          </Text>
        )}
        {running && (
          // Announced as it moves, politely: the numbers change every second.
          <div role="status" aria-live="polite">
            <ProgressBar thickness="large" aria-label={t.running} />
            <Text as="p" className={cards.muted}>
              {t.progress(status.progress.pages, status.progress.people)}
              {status.startedAt ? ` · ${t.startedAt(when(status.startedAt))}` : ''}
            </Text>
          </div>
        )}
        {status.status === 'failed' && status.lastError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.failedBody(status.lastError)}</MessageBarBody>
          </MessageBar>
        )}
        {last && (
          <>
            <Text as="h3" size={400} weight="semibold" className={cards.heading}>
              {t.lastResult}
            </Text>
            <dl className={styles.facts}>
              {status.finishedAt && <Fact term={t.finishedAt} value={when(status.finishedAt)} />}
              <Fact
                term={t.mode}
                value={last.mode === 'full' ? (last.reason ? t.reason[last.reason] : t.full) : t.incremental}
              />
              <Fact term={t.people} value={n(last.people)} />
              <Fact term={t.changes} value={n(last.upserts)} />
              <Fact term={t.left} value={n(last.removed + last.swept)} />
              <Fact term={t.levelsChanged} value={n(last.levelsChanged)} />
              <Fact
                term={t.took}
                value={t.seconds(formatNumber(last.durationMs / 1000, locale, { maximumFractionDigits: 1 }))}
              />
            </dl>
          </>
        )}
        {start.isError && <ErrorState error={start.error} onSignInAgain={onSignInAgain} />}
        <div className={cards.actions}>
          <Button
            appearance="primary"
            disabledFocusable={running || start.isPending}
            onClick={() => start.mutate(false)}
          >
            {t.start}
          </Button>
          <Tooltip content={t.startFullHint} relationship="description">
            <Button disabledFocusable={running || start.isPending} onClick={() => start.mutate(true)}>
              {t.startFull}
            </Button>
          </Tooltip>
        </div>
      </div>
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );
}
