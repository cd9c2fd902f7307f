import { useEffect, useId, useRef, useState } from 'react';
import { Badge, Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { matchingMessages } from '../../../components/matchingMessages';
import { PersonName } from '../../../components/PersonName';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useApi } from '../../../lib/api';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { personDetails } from '../../../lib/matching';
import { usePerson } from '../../../lib/people';
import { actionsFor, changePair, type PairAction } from '../api/changePair';
import { isLive, usePairs, type Pair, type PairStatus } from '../api/getPairs';
import { messages } from './messages';

const useStyles = makeStyles({
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

const colours: Record<PairStatus, 'success' | 'warning' | 'informative' | 'subtle'> = {
  active: 'success',
  paused: 'warning',
  proposed: 'informative',
  completed: 'subtle',
  ended: 'subtle',
};

export interface MyPairsProps {
  /** The signed-in person's id: the other person of each pair is the one who is not them. */
  me: string;
  /** The id of the heading the app gives this section: the list of pairings is named by it. */
  headingId: string;
  onSignInAgain?: () => void;
}

/** The person's mentors and mentees, with the moves each pairing's status allows. */
export function MyPairs({ me, headingId, onSignInAgain }: MyPairsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const pairs = usePairs();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const pastId = useId();
  const list = pairs.data?.pairs;

  function changed(action: PairAction) {
    setNotice(t.done[action]);
    requestAnimationFrame(() => noticeRef.current?.focus());
    pairs.retry();
  }

  if (pairs.status === 'error' && !list)
    return <ErrorState error={pairs.error} onRetry={pairs.retry} onSignInAgain={onSignInAgain} />;
  if (!list) return <Loading label={t.loading} />;

  const live = list.filter(isLive);
  const past = list.filter((p) => !isLive(p));

  return (
    <div className={styles.section}>
      {notice && <SuccessNotice ref={noticeRef}>{notice}</SuccessNotice>}
      {live.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.none}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {live.map((pair) => (
            <PairCard key={pair.id} pair={pair} me={me} onChanged={changed} onSignInAgain={onSignInAgain} />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <>
          <Text as="h3" id={pastId} size={400} weight="semibold" className={styles.heading}>
            {t.past}
          </Text>
          <ul className={styles.list} aria-labelledby={pastId}>
            {past.map((pair) => (
              <PairCard key={pair.id} pair={pair} me={me} onChanged={changed} onSignInAgain={onSignInAgain} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface PairCardProps {
  pair: Pair;
  me: string;
  onChanged: (action: PairAction) => void;
  onSignInAgain?: (() => void) | undefined;
}

function PairCard({ pair, me, onChanged, onSignInAgain }: PairCardProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useCardStyles();
  const local = useStyles();
  const api = useApi();
  const iAmMentor = pair.mentorId === me;
  const other = iAmMentor ? pair.menteeId : pair.mentorId;
  const person = usePerson(other);
  const name = person.data?.displayName ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const programme = words.programme[pair.track];
  const mine = iAmMentor ? pair.mentorConfirmed : pair.menteeConfirmed;

  useEffect(() => {
    // Asking before ending: the question takes the focus, on its safe answer.
    if (confirmingEnd) keep.current?.focus();
  }, [confirmingEnd]);

  async function act(action: PairAction) {
    setBusy(true);
    setError(null);
    try {
      await changePair(api, pair.id, action);
      onChanged(action);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
      setConfirmingEnd(false);
    }
  }

  function keepIt() {
    setConfirmingEnd(false);
    requestAnimationFrame(() => endButton.current?.focus());
  }

  const label = (action: keyof typeof t.actionWith) => (name ? t.actionWith[action](name) : undefined);

  return (
    <li className={styles.card}>
      <div className={styles.title}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          <PersonName id={other} />
        </Text>
        <Badge appearance="tint" color={colours[pair.status]}>
          {t.status[pair.status]}
        </Badge>
      </div>
      <Text as="p" className={styles.text}>
        {iAmMentor ? t.yourMentee(programme) : t.yourMentor(programme)}
      </Text>
      {person.data && personDetails(person.data) && (
        <Text as="p" className={styles.muted}>
          {personDetails(person.data)}
        </Text>
      )}
      <Text as="p" className={styles.muted}>
        {pair.status === 'proposed'
          ? t.proposedOn(formatDate(pair.createdAt, locale))
          : t.since(formatDate(pair.createdAt, locale))}
      </Text>
      {pair.status === 'proposed' && (
        <Text as="p" className={styles.text}>
          {mine ? t.waitingForThem : t.confirmPrompt}
        </Text>
      )}
      {/* The organisation's reason, when it was the organisation (a re-org, someone left) that ended it. */}
      {pair.status === 'ended' && pair.flag && (
        <Text as="p" className={styles.text}>
          {t.endedBecause[pair.flag]}
        </Text>
      )}
      <MatchExplanation
        score={pair.score}
        reasons={pair.reasons}
        viewer={iAmMentor ? 'mentor' : 'mentee'}
        collapsible
      />
      {error !== null && <ActionError error={error} known={t.errors} onSignInAgain={onSignInAgain} />}

      {confirmingEnd ? (
        <div role="group" aria-labelledby={questionId} className={local.confirm}>
          <Text as="p" id={questionId} className={styles.text}>
            {t.endQuestion(name || words.someone)}
          </Text>
          <div className={styles.actions}>
            <Button ref={keep} onClick={keepIt} disabledFocusable={busy}>
              {t.endNo}
            </Button>
            <Button appearance="primary" onClick={() => void act('end')} disabledFocusable={busy}>
              {t.endYes}
            </Button>
            {busy && <Spinner size="tiny" label={t.working} />}
          </div>
        </div>
      ) : (
        actionsFor(pair, me).length > 0 && (
          <div className={styles.actions}>
            {actionsFor(pair, me).map((action) => {
              // Ending a proposal nobody started is declining it.
              const shown = action === 'end' && pair.status === 'proposed' && !mine ? 'decline' : action;
              return (
                <Button
                  key={action}
                  ref={action === 'end' ? endButton : undefined}
                  appearance={action === 'confirm' ? 'primary' : 'secondary'}
                  aria-label={label(shown)}
                  disabledFocusable={busy}
                  onClick={() => (action === 'end' ? setConfirmingEnd(true) : void act(action))}
                >
                  {t.action[shown]}
                </Button>
              );
            })}
            {busy && <Spinner size="tiny" label={t.working} />}
          </div>
        )
      )}
    </li>
  );
}
