import { useState } from 'react';
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../app/Page';
import { useSession } from '../../../app/session';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { useProgrammes, useRounds, useStartRound, type Programme } from './api/rounds';
import { messages } from './messages';
import { RoundPanel } from './RoundPanel';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** A programme that may form pairs by rounds (HR may still try one that refuses: the server says why). */
const byRounds = (p: Programme) => p.matching !== 'requests' && p.status !== 'archived';

/**
 * /hr/rounds: HR's matching rounds. Choose a programme, run a preview (a job: its progress shows
 * while it runs), read the optimal total beside greedy's, the proposed pairs and the unmatched a
 * page at a time, lock pairs in or exclude them, run again, publish.
 */
export function RoundsView() {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const programmes = useProgrammes();
  const [picked, setPicked] = useState<string>();
  const usable = (programmes.data?.programmes ?? []).filter(byRounds);
  const programmeId = usable.some((p) => p.id === picked) ? picked : usable[0]?.id;
  const rounds = useRounds(programmeId);
  const [roundId, setRoundId] = useState<string>();
  const list = rounds.data?.rounds ?? [];
  const shown = list.some((r) => r.id === roundId) ? roundId : list[0]?.id;
  const start = useStartRound();

  if (programmes.isError)
    return (
      <Page title={t.title} intro={t.intro}>
        <LoadError query={programmes} onSignInAgain={onSignInAgain} />
      </Page>
    );
  if (!programmes.data)
    return (
      <Page title={t.title} intro={t.intro}>
        <Loading label={t.loading} />
      </Page>
    );
  return (
    <Page title={t.title} intro={t.intro}>
      {usable.length === 0 ? (
        <Text as="p" className={styles.muted}>
          {t.noProgrammes}
        </Text>
      ) : (
        <div className={styles.bar}>
          <Field label={t.programme}>
            <Select value={programmeId} onChange={(_, d) => setPicked(d.value)}>
              {usable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.names[locale.language] || p.names.en}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={!programmeId || start.isPending}
            onClick={() => start.mutate(programmeId!, { onSuccess: (round) => setRoundId(round.id) })}
          >
            {t.run}
          </Button>
          {list.length > 1 && (
            <Field label={t.rounds}>
              <Select value={shown} onChange={(_, d) => setRoundId(d.value)}>
                {list.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t.roundLabel(
                      formatDate(r.createdAt, locale, { dateStyle: 'medium', timeStyle: 'short' }),
                      r.status === 'preview' ? t.run_[r.run] : t.status[r.status],
                    )}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
      {start.isError && <ActionError error={start.error} known={t.errors} onSignInAgain={onSignInAgain} />}
      {rounds.isError && <LoadError query={rounds} onSignInAgain={onSignInAgain} />}
      {shown ? (
        <RoundPanel key={shown} id={shown} />
      ) : (
        rounds.data &&
        usable.length > 0 && (
          <Text as="p" className={styles.muted}>
            {t.noRounds}
          </Text>
        )
      )}
    </Page>
  );
}
