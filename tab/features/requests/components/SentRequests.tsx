import { useId, useRef, useState, type ReactNode } from 'react';
import { Button, Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useCardStyles } from '../../../components/cardStyles';
import { Loading } from '../../../components/Loading';
import { PersonName } from '../../../components/PersonName';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useFocusTarget, useTargetStyles } from '../../../components/target';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { usePerson } from '../../../lib/people';
import { useRequests, type MatchRequest } from '../api/getRequests';
import { useWithdrawRequest } from '../api/withdrawRequest';
import { messages } from './messages';
import { RequestStatus } from './RequestStatus';
import { useProgrammeName } from '../../programmes/api/getProgrammes';

export interface SentRequestsProps {
  me: string;
  /** The request a link points at, by id, if it is one of these. */
  target?: string | undefined;
  onSignInAgain?: () => void;
}

/** Requests the person sent, with where each one stands; those still waiting can be withdrawn. */
export function SentRequests({ me, target, onSignInAgain }: SentRequestsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const requests = useRequests();
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const list = requests.data?.requests.filter((r) => r.requestedBy === me);

  function withdrawn(name: string | undefined) {
    setNotice(t.withdrawn(name));
    // The Withdraw button is gone; the notice takes the focus so it is not lost.
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t.sent}
      </Text>
      {notice && <SuccessNotice ref={noticeRef}>{notice}</SuccessNotice>}
      {!list ? (
        <Loading label={t.loading} />
      ) : list.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.noneSent}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t.sentList}>
          {list.map((request) =>
            request.other ? (
              <SentRequest
                key={request.id}
                request={request}
                me={me}
                name={request.other.displayName}
                heading={request.other.displayName}
                isTarget={request.id === target}
                onWithdrawn={withdrawn}
                onSignInAgain={onSignInAgain}
              />
            ) : (
              <LookedUpSentRequest
                key={request.id}
                request={request}
                me={me}
                isTarget={request.id === target}
                onWithdrawn={withdrawn}
                onSignInAgain={onSignInAgain}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

interface SentRequestProps {
  request: MatchRequest;
  me: string;
  isTarget: boolean;
  onWithdrawn: (name: string | undefined) => void;
  onSignInAgain?: (() => void) | undefined;
}

/** A request without the other person in it: their name comes from the directory. */
function LookedUpSentRequest(props: SentRequestProps) {
  const { request, me } = props;
  const other = request.mentorId === me ? request.menteeId : request.mentorId;
  const person = usePerson(other);
  return <SentRequest {...props} name={person.data?.displayName} heading={<PersonName id={other} />} />;
}

function SentRequest({
  request,
  me,
  name,
  heading,
  isTarget,
  onWithdrawn,
  onSignInAgain,
}: SentRequestProps & { name: string | undefined; heading: ReactNode }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useCardStyles();
  const marked = useTargetStyles();
  const ref = useFocusTarget<HTMLLIElement>(isTarget);
  const withdrawIt = useWithdrawRequest();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The server's word stands until the list reloads, so the button cannot be pressed twice.
  const [withdrawn, setWithdrawn] = useState(false);
  const status = withdrawn ? 'withdrawn' : request.status;
  const programmeName = useProgrammeName();
  const programme = programmeName(request.programmeId);

  async function withdraw() {
    setBusy(true);
    setError(null);
    try {
      await withdrawIt.mutateAsync(request.id);
      setWithdrawn(true);
      onWithdrawn(name);
    } catch (reason) {
      setError(reason);
    } finally {
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
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {heading}
        </Text>
        <RequestStatus status={status} />
      </div>
      <Text as="p" className={styles.text}>
        {request.menteeId === me ? t.toMentor(programme) : t.toMentee(programme)}
      </Text>
      <Text as="p" className={styles.muted}>
        {status === 'pending'
          ? t.sentDates(formatDate(request.createdAt, locale), formatDate(request.expiresAt, locale))
          : t.sentOn(formatDate(request.createdAt, locale))}
      </Text>
      {error !== null && <ActionError error={error} known={t.withdrawErrors} onSignInAgain={onSignInAgain} />}
      {status === 'pending' && (
        <div className={styles.actions}>
          <Button
            disabledFocusable={busy}
            aria-label={name ? t.withdrawTo(name) : undefined}
            onClick={() => void withdraw()}
          >
            {t.withdraw}
          </Button>
          {busy && <Spinner size="tiny" label={t.withdrawing} />}
        </div>
      )}
    </li>
  );
}
