import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useSession } from '../../../app/session';
import { useMessages } from '../../../lib/i18n';
import { useChoose, type Round } from './api/rounds';
import { messages } from './messages';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  text: { margin: 0, flexGrow: 1, overflowWrap: 'anywhere' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** HR's locks and exclusions, each with a way back: an excluded pair is in no other list to undo it from. */
export function ChoicesList({ round }: { round: Round }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const choose = useChoose();
  if (round.choices.length === 0)
    return (
      <Text as="p" className={styles.muted}>
        {t.noChoices}
      </Text>
    );
  return (
    <>
      {choose.isError && <ActionError error={choose.error} known={t.errors} onSignInAgain={onSignInAgain} />}
      <ul className={styles.list} aria-label={t.tabs.choices}>
        {round.choices.map((c) => {
          const pair = t.pairLabel(c.menteeName, c.mentorName);
          return (
            <li key={`${c.mentorId}|${c.menteeId}`} className={styles.row}>
              <Text as="p" className={styles.text}>
                {t.choice[c.choice]}: {pair}
              </Text>
              {round.status === 'preview' && (
                <Button
                  size="small"
                  disabled={choose.isPending}
                  aria-label={t.undoChoice(t.choice[c.choice], pair)}
                  onClick={() =>
                    choose.mutate({ id: round.id, mentorId: c.mentorId, menteeId: c.menteeId, choice: 'none' })
                  }
                >
                  {t.undo}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
