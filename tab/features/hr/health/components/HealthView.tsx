import { useEffect, useRef, useState } from 'react';
import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRouter } from '@tanstack/react-router';
import { Page } from '../../../../app/Page';
import { ActionError } from '../../../../components/ActionError';
import { LoadError } from '../../../../components/LoadError';
import { Loading } from '../../../../components/Loading';
import { SuccessNotice } from '../../../../components/SuccessNotice';
import { useMessages } from '../../../../lib/i18n';
import { ProgrammeChoice, useProgrammes } from '../../programmeChoice';
import { useHrSubpath } from '../../subpath';
import { useEndPair } from '../api/endPair';
import { useHealth, type HealthLabel, type PairHealth } from '../api/getHealth';
import { useNudgePair } from '../api/nudgePair';
import { EndPairDialog } from './EndPairDialog';
import { PairHealthItem } from './PairHealthItem';
import { messages } from './messages';

/** Pairs a page: a programme may hold thousands. */
export const HEALTH_PAGE = 25;
const LABELS: readonly HealthLabel[] = ['needs_attention', 'too_early', 'on_track'];

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  pager: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  // On a phone the choices wrap whole rather than squeeze each label into a column.
  labels: { flexWrap: 'wrap' },
  label: { flexShrink: 0 },
});

type Done = { kind: 'nudged' | 'ended'; mentor: string; mentee: string };

/**
 * /hr/health/<programmeId>: every live pair of a programme with its label and reasons, filtered
 * by label a page at a time; HR nudges both people of a pair, or ends it after saying why.
 */
export function HealthView() {
  const t = useMessages(messages);
  const styles = useStyles();
  const router = useRouter();
  const [chosen] = useHrSubpath();
  const programmes = useProgrammes();
  const programmeId = chosen ?? programmes.data?.programmes[0]?.id ?? 'mentoring';
  const [label, setLabel] = useState<HealthLabel | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const health = useHealth({ programmeId, label, offset, limit: HEALTH_PAGE });
  const nudge = useNudgePair();
  const end = useEndPair();
  const [ending, setEnding] = useState<PairHealth | null>(null);
  const [acting, setActing] = useState<PairHealth | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const names = (p: PairHealth) => ({ mentor: p.mentor.displayName || t.gone, mentee: p.mentee.displayName || t.gone });

  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  function choose(next: string) {
    setOffset(0);
    router.history.push(`/hr/health/${encodeURIComponent(next)}`);
  }

  function filter(next: HealthLabel | undefined) {
    setLabel(next);
    setOffset(0);
  }

  function nudgeIt(pair: PairHealth) {
    setActing(pair);
    setDone(null);
    end.reset();
    nudge.mutate(pair.id, { onSuccess: () => setDone({ kind: 'nudged', ...names(pair) }) });
  }

  function endIt(reason: string) {
    if (!ending) return;
    const pair = ending;
    end.mutate(
      { pairId: pair.id, reason },
      {
        onSuccess: () => {
          setEnding(null);
          setDone({ kind: 'ended', ...names(pair) });
        },
      },
    );
  }

  const data = health.data;
  const counts = data?.counts;
  const everyone = counts ? counts.needs_attention + counts.too_early + counts.on_track : 0;

  return (
    <Page title={t.title} intro={t.intro}>
      <div className={styles.filters}>
        <ProgrammeChoice value={programmeId} onChange={choose} />
        <Field label={t.filter}>
          <RadioGroup
            className={styles.labels}
            layout="horizontal"
            value={label ?? 'all'}
            onChange={(_, d) => filter(d.value === 'all' ? undefined : (d.value as HealthLabel))}
          >
            <Radio className={styles.label} value="all" label={t.all(everyone)} />
            {LABELS.map((l) => (
              <Radio key={l} className={styles.label} value={l} label={t.counted(t.labels[l], counts?.[l] ?? 0)} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      {done && (
        <SuccessNotice ref={notice}>
          {done.kind === 'nudged' ? t.nudged(done.mentor, done.mentee) : t.ended(done.mentor, done.mentee)}
        </SuccessNotice>
      )}
      {nudge.isError && acting && <ActionError error={nudge.error} known={t.errors} />}
      {!data ? (
        health.isError ? (
          <LoadError query={health} />
        ) : (
          <Loading label={t.loading} />
        )
      ) : data.pairs.length === 0 ? (
        <Text as="p" role="status" className={styles.muted}>
          {t.none}
        </Text>
      ) : (
        <>
          <ul className={styles.list} aria-label={t.pairs} aria-busy={health.isFetching}>
            {data.pairs.map((pair) => (
              <PairHealthItem
                key={pair.id}
                pair={pair}
                busy={nudge.isPending || end.isPending}
                onNudge={() => nudgeIt(pair)}
                onEnd={() => {
                  end.reset();
                  setEnding(pair);
                }}
              />
            ))}
          </ul>
          <div className={styles.pager}>
            <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - HEALTH_PAGE))}>
              {t.previous}
            </Button>
            <Text role="status">{t.range(data.offset + 1, data.offset + data.pairs.length, data.total)}</Text>
            <Button
              disabled={data.offset + data.pairs.length >= data.total}
              onClick={() => setOffset(offset + HEALTH_PAGE)}
            >
              {t.next}
            </Button>
          </div>
        </>
      )}
      {ending && (
        <EndPairDialog
          open
          {...names(ending)}
          busy={end.isPending}
          error={end.error}
          onKeep={() => setEnding(null)}
          onConfirm={endIt}
        />
      )}
    </Page>
  );
}
