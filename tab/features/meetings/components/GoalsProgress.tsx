import { useRef, useState } from 'react';
import { Button, Field, ProgressBar, Slider, Spinner, Text } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { formatNumber, useLocale, useMessages } from '../../../lib/i18n';
import type { PairGoal, Series } from '../../../../server/scheduling/schemas';
import { useSaveGoalProgress } from '../api/saveGoalProgress';
import { messages } from './messages';
import { useMeetingStyles } from './styles';

export interface GoalsProgressProps {
  series: Pick<Series, 'id' | 'role'>;
  goals: PairGoal[];
  /** The other person's name. */
  name: string;
  onSignInAgain?: (() => void) | undefined;
}

/** The mentee's goals for the pair, 0 to 100: the mentee moves them, the mentor reads them. */
export function GoalsProgress({ series, goals, name, onSignInAgain }: GoalsProgressProps) {
  const t = useMessages(messages);
  const styles = useMeetingStyles();
  const mentee = series.role === 'mentee';

  if (goals.length === 0) {
    return (
      <Text as="p" className={styles.text}>
        {mentee ? t.noGoalsMentee : t.noGoalsMentor(name)}
      </Text>
    );
  }
  return (
    <>
      <Text as="p" className={styles.muted}>
        {mentee ? t.goalsMentee(name) : t.goalsMentor(name)}
      </Text>
      {mentee ? (
        <EditGoals seriesId={series.id} goals={goals} onSignInAgain={onSignInAgain} />
      ) : (
        <ReadGoals goals={goals} />
      )}
    </>
  );
}

function ReadGoals({ goals }: { goals: PairGoal[] }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  return (
    <ul className={styles.list}>
      {goals.map((goal) => {
        const percent = t.percent(formatNumber(goal.progress, locale));
        return (
          <li key={goal.id}>
            <Field label={goalLabel(goal.label[locale.language], percent, styles.percent)}>
              <ProgressBar value={goal.progress} max={100} thickness="large" aria-valuetext={percent} />
            </Field>
          </li>
        );
      })}
    </ul>
  );
}

function EditGoals({
  seriesId,
  goals,
  onSignInAgain,
}: {
  seriesId: string;
  goals: PairGoal[];
  onSignInAgain?: (() => void) | undefined;
}) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const saveProgress = useSaveGoalProgress();
  const [progress, setProgress] = useState<Record<string, number>>(() =>
    Object.fromEntries(goals.map((g) => [g.id, g.progress])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const answer = await saveProgress.mutateAsync({ seriesId, progress });
      setProgress(Object.fromEntries(answer.goals.map((g) => [g.id, g.progress])));
      setSaved(true);
      requestAnimationFrame(() => savedRef.current?.focus());
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.block}>
      <ul className={styles.list}>
        {goals.map((goal) => {
          const value = progress[goal.id] ?? 0;
          const percent = t.percent(formatNumber(value, locale));
          return (
            <li key={goal.id}>
              <Field label={goalLabel(goal.label[locale.language], percent, styles.percent)}>
                <Slider
                  min={0}
                  max={100}
                  step={10}
                  value={value}
                  aria-valuetext={percent}
                  onChange={(_, data) => {
                    setProgress((p) => ({ ...p, [goal.id]: data.value }));
                    setSaved(false);
                  }}
                />
              </Field>
            </li>
          );
        })}
      </ul>
      {error !== null && <ActionError error={error} known={t.goalErrors} onSignInAgain={onSignInAgain} />}
      {saved && <SuccessNotice ref={savedRef}>{t.progressSaved}</SuccessNotice>}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
          {t.saveProgress}
        </Button>
        {busy && <Spinner size="tiny" label={t.saving} />}
      </div>
    </div>
  );
}

/** The goal names the control; the percentage shows beside it and is read as the control's value. */
function goalLabel(goal: string, percent: string, className: string) {
  return {
    children: (
      <>
        {goal}{' '}
        <span aria-hidden="true" className={className}>
          {percent}
        </span>
      </>
    ),
  };
}
