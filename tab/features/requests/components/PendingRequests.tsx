import { Button, Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMessages } from '../../../lib/i18n';
import type { Query } from '../../../lib/query';
import { waitingForMe, type Requests } from '../api/getRequests';
import { messages } from './messages';

export interface PendingRequestsProps {
  requests: Query<Requests>;
  me: string;
  /** Opens the Requests view. */
  onOpen: () => void;
  onSignInAgain?: () => void;
}

/** Home's line about requests: how many wait for the person's answer, and how many they sent. */
export function PendingRequests({ requests, me, onOpen, onSignInAgain }: PendingRequestsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const list = requests.data?.requests;

  if (requests.status === 'error' && !list)
    return <ErrorState error={requests.error} onRetry={requests.retry} onSignInAgain={onSignInAgain} />;
  if (!list) return <Loading label={t.loading} />;

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
        <Button appearance={waiting > 0 ? 'primary' : 'secondary'} onClick={onOpen}>
          {waiting > 0 ? t.answer : t.seeAll}
        </Button>
      </div>
    </div>
  );
}
