import { Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ButtonLink } from '../../../components/links';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useMessages } from '../../../lib/i18n';
import { useRequests, waitingForMe } from '../api/getRequests';
import { messages } from './messages';

export interface PendingRequestsProps {
  me: string;
  onSignInAgain?: () => void;
}

/** Home's line about requests: how many wait for the person's answer, and how many they sent. */
export function PendingRequests({ me, onSignInAgain }: PendingRequestsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const requests = useRequests();
  const list = requests.data?.requests;

  if (!list)
    return requests.isError ? (
      <LoadError query={requests} onSignInAgain={onSignInAgain} />
    ) : (
      <Loading label={t.loading} />
    );

  const waiting = waitingForMe(list, me).length;
  const sent = list.filter((r) => r.status === 'pending' && r.requestedBy === me).length;
  return (
    <div className={styles.section}>
      <Text as="p" className={styles.text} weight={waiting > 0 ? 'semibold' : 'regular'}>
        {t.waiting(waiting)}
      </Text>
      {sent > 0 && (
        <Text as="p" className={styles.text}>
          {t.sentWaiting(sent)}
        </Text>
      )}
      <div className={styles.actions}>
        <ButtonLink to="/requests" appearance={waiting > 0 ? 'primary' : 'secondary'}>
          {waiting > 0 ? t.answer : t.seeAll}
        </ButtonLink>
      </div>
    </div>
  );
}
