import { useId } from 'react';
import { Text } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { matchingMessages } from '../../../components/matchingMessages';
import { PersonName } from '../../../components/PersonName';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import type { Query } from '../../../lib/query';
import type { Requests } from '../api/getRequests';
import { messages } from './messages';
import { RequestStatus } from './RequestStatus';
import { useRequestStyles } from './styles';

/** Requests the person sent, with where each one stands. Withdrawing is not offered by the API yet. */
export function SentRequests({ requests, me, onSignInAgain }: { requests: Query<Requests>; me: string; onSignInAgain?: () => void }) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useRequestStyles();
  const headingId = useId();
  const list = requests.data?.requests.filter((r) => r.requestedBy === me);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t.sent}
      </Text>
      {requests.status === 'error' && !list ? (
        <ErrorState error={requests.error} onRetry={requests.retry} onSignInAgain={onSignInAgain} />
      ) : !list ? (
        <Loading label={t.loading} />
      ) : list.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.noneSent}
        </Text>
      ) : (
        <ul className={styles.list} aria-label={t.sentList}>
          {list.map((request) => {
            const programme = words.programme[request.track] ?? request.track;
            const other = request.mentorId === me ? request.menteeId : request.mentorId;
            return (
              <li key={request.id} className={styles.card}>
                <div className={styles.title}>
                  <Text as="h3" size={400} weight="semibold" className={styles.name}>
                    <PersonName id={other} />
                  </Text>
                  <RequestStatus status={request.status} />
                </div>
                <Text as="p" className={styles.text}>
                  {request.menteeId === me ? t.toMentor(programme) : t.toMentee(programme)}
                </Text>
                <Text as="p" className={styles.muted}>
                  {request.status === 'pending'
                    ? t.sentDates(formatDate(request.createdAt, locale), formatDate(request.expiresAt, locale))
                    : t.sentOn(formatDate(request.createdAt, locale))}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
