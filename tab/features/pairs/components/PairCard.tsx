import { useId, useState, type ReactNode } from 'react';
import { Badge, Button, Spinner, Text } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useCardStyles } from '../../../components/cardStyles';
import { TextLink } from '../../../components/links';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { matchingMessages } from '../../../components/matchingMessages';
import { PersonAvatar } from '../../../components/PersonAvatar';
import { PersonName } from '../../../components/PersonName';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { personDetails } from '../../../lib/matching';
import { usePerson } from '../../../lib/people';
import { actionsFor, useChangePair, type PairMove } from '../api/changePair';
import type { Pair, PairStatus } from '../api/getPairs';
import { usePairSessions } from '../api/getPairSessions';
import { usePausePair } from '../api/pausePair';
import { AskFirst } from './AskFirst';
import { messages, type Asked } from './messages';
import { formatDay } from './pauseDates';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

const ASKED_FIRST: readonly string[] = ['pause', 'complete', 'end', 'decline'] satisfies Asked[];
const asksFirst = (move: string): move is Asked => ASKED_FIRST.includes(move);

const colours: Record<PairStatus, 'success' | 'warning' | 'informative' | 'subtle'> = {
  active: 'success',
  paused: 'warning',
  proposed: 'informative',
  completed: 'subtle',
  ended: 'subtle',
};

export interface PairCardProps {
  pair: Pair;
  /** The signed-in person's id: the other person of the pair is the one who is not them. */
  me: string;
  /** An item of a list (Home), or the pair's own page. */
  as?: 'li' | 'section';
  /** The other person's name links to the pair's own page. */
  linked?: boolean;
  onChanged: (action: PairMove) => void;
  onSignInAgain?: (() => void) | undefined;
  /** What the app adds at the end (the pair's meetings). */
  children?: ReactNode;
}

/** One pairing: who, in which programme, since when, why, and the moves its status allows. */
export function PairCard({
  pair,
  me,
  as: Root = 'li',
  linked = false,
  onChanged,
  onSignInAgain,
  children,
}: PairCardProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useCardStyles();
  const change = useChangePair();
  const pause = usePausePair();
  const headingId = useId();
  const iAmMentor = pair.mentorId === me;
  const other = iAmMentor ? pair.menteeId : pair.mentorId;
  const person = usePerson(other);
  const name = person.data?.displayName ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The move being asked about in the dialog; its errors show there, the others on the card.
  const [asking, setAsking] = useState<Asked | null>(null);
  const { booked } = usePairSessions(pair.id, asking !== null);
  const programmeName = useProgrammeName();
  const programme = programmeName(pair.programmeId);
  const mine = iAmMentor ? pair.mentorConfirmed : pair.menteeConfirmed;
  const moves = actionsFor(pair, me);

  async function act(move: PairMove, until?: string) {
    setBusy(true);
    setError(null);
    try {
      if (move === 'pause') await pause.mutateAsync({ id: pair.id, until: until! });
      else await change.mutateAsync({ id: pair.id, action: move });
      setAsking(null);
      onChanged(move);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  }

  function ask(question: Asked) {
    setError(null);
    setAsking(question);
  }

  const label = (action: keyof typeof t.actionWith) => (name ? t.actionWith[action](name) : undefined);

  return (
    <Root className={styles.card} aria-labelledby={Root === 'section' ? headingId : undefined}>
      <div className={styles.title}>
        <PersonAvatar id={other} name={name} />
        <Text
          as={Root === 'section' ? 'h2' : 'h3'}
          id={headingId}
          size={400}
          weight="semibold"
          className={styles.heading}
        >
          {linked ? (
            <TextLink to="/pairs/$pairId" params={{ pairId: pair.id }}>
              <PersonName id={other} />
            </TextLink>
          ) : (
            <PersonName id={other} />
          )}
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
      {pair.status === 'paused' && pair.pausedUntil && (
        <Text as="p" weight="semibold" className={styles.text}>
          {t.pausedUntil(formatDay(pair.pausedUntil, locale, t.day))}
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
      {error !== null && asking === null && (
        <ActionError error={error} known={t.errors} onSignInAgain={onSignInAgain} />
      )}
      {moves.length > 0 && (
        <div className={styles.actions}>
          {moves.map((action) => {
            // Ending a proposal nobody started is declining it.
            const shown = action === 'end' && pair.status === 'proposed' && !mine ? 'decline' : action;
            const button = (
              <Button
                key={action}
                appearance={action === 'confirm' || action === 'resume' ? 'primary' : 'secondary'}
                aria-label={label(shown)}
                disabledFocusable={busy}
                onClick={asksFirst(shown) ? undefined : () => void act(action)}
              >
                {t.action[shown]}
              </Button>
            );
            // What cancels meetings, or cannot be undone, is asked about first.
            if (!asksFirst(shown)) return button;
            return (
              <AskFirst
                key={action}
                asking={shown}
                open={asking === shown}
                trigger={button}
                onOpen={() => ask(shown)}
                name={name || words.someone}
                booked={booked}
                hasMeetings={pair.status === 'active' || pair.status === 'paused'}
                busy={busy}
                error={asking === shown ? error : null}
                onKeep={() => setAsking(null)}
                onConfirm={(until) => void act(action, until)}
              />
            );
          })}
          {busy && asking === null && <Spinner size="tiny" label={t.working} />}
        </div>
      )}
      {children}
    </Root>
  );
}
