import { useId, useRef, useState } from 'react';
import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useCardStyles } from '../../../components/cardStyles';
import { Loading } from '../../../components/Loading';
import { MatchExplanation } from '../../../components/MatchExplanation';
import { PersonAvatar } from '../../../components/PersonAvatar';
import { PersonName } from '../../../components/PersonName';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useFocusTarget, useTargetStyles } from '../../../components/target';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { usePerson } from '../../../lib/people';
import { useAnswerRequest } from '../api/answerRequest';
import { useRequests, waitingForMe, type MatchRequest } from '../api/getRequests';
import { messages } from './messages';
import { RequestStatus } from './RequestStatus';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

const useStyles = makeStyles({
  quote: {
    margin: 0,
    // Griffel flips left to right for right-to-left pages.
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'pre-wrap',
  },
});

export interface ReceivedRequestsProps {
  me: string;
  /** The request a link points at, by id, if it is one of these. */
  target?: string | undefined;
  onSignInAgain?: () => void;
}

/**
 * Requests others sent to the person: accept or decline those waiting, see the ones answered. The
 * view says once if requests could not load; until they have, this shows that they are loading.
 */
export function ReceivedRequests({ me, target, onSignInAgain }: ReceivedRequestsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const requests = useRequests();
  const headingId = useId();
  const answeredId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const list = requests.data?.requests;

  function answered(answer: 'accept' | 'decline') {
    setNotice(answer === 'accept' ? t.accepted : t.declined);
    // The card answered leaves the list; the notice takes the focus so it is not lost.
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  const waiting = list ? waitingForMe(list, me) : [];
  const earlier = list ? list.filter((r) => r.requestedBy !== me && r.status !== 'pending') : [];

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t.received}
      </Text>
      {notice && <SuccessNotice ref={noticeRef}>{notice}</SuccessNotice>}
      {!list ? (
        <Loading label={t.loading} />
      ) : waiting.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.noneReceived}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t.receivedList}>
          {waiting.map((request) => (
            <WaitingRequest
              key={request.id}
              request={request}
              me={me}
              isTarget={request.id === target}
              onAnswered={answered}
              onSignInAgain={onSignInAgain}
            />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <>
          <Text as="h3" id={answeredId} size={400} weight="semibold" className={styles.heading}>
            {t.answered}
          </Text>
          <ul className={styles.list} aria-labelledby={answeredId}>
            {earlier.map((request) => (
              <AnsweredRequest key={request.id} request={request} me={me} isTarget={request.id === target} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AnsweredRequest({ request, me, isTarget }: { request: MatchRequest; me: string; isTarget: boolean }) {
  const styles = useCardStyles();
  const marked = useTargetStyles();
  const ref = useFocusTarget<HTMLLIElement>(isTarget);
  return (
    <li
      ref={ref}
      className={isTarget ? mergeClasses(styles.card, marked.target) : styles.card}
      tabIndex={isTarget ? -1 : undefined}
    >
      <div className={styles.title}>
        <Text as="h4" weight="semibold" className={styles.heading}>
          <PersonName id={request.requestedBy} />
        </Text>
        <RequestStatus status={request.status} />
      </div>
      <Programme request={request} me={me} />
    </li>
  );
}

function Programme({ request, me }: { request: MatchRequest; me: string }) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const programmeName = useProgrammeName();
  const programme = programmeName(request.programmeId);
  return (
    <Text as="p" className={styles.text}>
      {request.mentorId === me ? t.wantsYouAsMentor(programme) : t.offersToMentorYou(programme)}
    </Text>
  );
}

interface WaitingRequestProps {
  request: MatchRequest;
  me: string;
  isTarget: boolean;
  onAnswered: (answer: 'accept' | 'decline') => void;
  onSignInAgain?: (() => void) | undefined;
}

function WaitingRequest({ request, me, isTarget, onAnswered, onSignInAgain }: WaitingRequestProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useCardStyles();
  const local = useStyles();
  const marked = useTargetStyles();
  const ref = useFocusTarget<HTMLLIElement>(isTarget);
  const answerIt = useAnswerRequest();
  const asker = usePerson(request.requestedBy);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = asker.data?.displayName ?? '';

  async function answer(choice: 'accept' | 'decline') {
    setBusy(true);
    setError(null);
    try {
      await answerIt.mutateAsync({ id: request.id, answer: choice });
      onAnswered(choice);
    } catch (reason) {
      setError(reason);
      setBusy(false);
    }
  }

  return (
    <li
      ref={ref}
      className={isTarget ? mergeClasses(styles.card, marked.target) : styles.card}
      tabIndex={isTarget ? -1 : undefined}
    >
      <div className={styles.title}>
        <PersonAvatar id={request.requestedBy} name={asker.data?.displayName ?? ''} />
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          <PersonName id={request.requestedBy} />
        </Text>
      </div>
      <Programme request={request} me={me} />
      {request.message && (
        <figure className={styles.text}>
          <figcaption className={styles.muted}>{t.theirMessage}</figcaption>
          <blockquote className={local.quote}>{request.message}</blockquote>
        </figure>
      )}
      <Text as="p" className={styles.muted}>
        {t.dates(formatDate(request.createdAt, locale), formatDate(request.expiresAt, locale))}
      </Text>
      <MatchExplanation
        score={request.score}
        reasons={request.reasons}
        viewer={request.mentorId === me ? 'mentor' : 'mentee'}
        collapsible
      />
      {error !== null && <ActionError error={error} known={t.errors} onSignInAgain={onSignInAgain} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          aria-label={name ? t.acceptFrom(name) : undefined}
          onClick={() => void answer('accept')}
        >
          {t.accept}
        </Button>
        <Button
          disabledFocusable={busy}
          aria-label={name ? t.declineFrom(name) : undefined}
          onClick={() => void answer('decline')}
        >
          {t.decline}
        </Button>
        {busy && <Spinner size="tiny" label={t.answering} />}
      </div>
    </li>
  );
}
