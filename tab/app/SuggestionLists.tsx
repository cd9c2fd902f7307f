import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import type { Enrolments } from '../features/programmes/api/getEnrolments';
import type { Requests } from '../features/requests/api/getRequests';
import { SendRequest } from '../features/requests/components/SendRequest';
import { Suggestions } from '../features/suggestions/components/Suggestions';
import { useMessages } from '../lib/i18n';
import type { Role, Track } from '../lib/matching';
import type { Query } from '../lib/query';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

export interface SuggestionListsProps {
  me: string;
  enrolments: Query<Enrolments>;
  requests: Query<Requests>;
  top: number;
  /** A request went out: reload the requests so the person sees it among theirs. */
  onSent: () => void;
  onJoin: () => void;
  onSignInAgain: () => void;
}

/**
 * Suggestions for every role the person has in an active programme, each with a way to send
 * a request: the suggestions and requests features meet here, not inside each other.
 */
export function SuggestionLists({
  me,
  enrolments,
  requests,
  top,
  onSent,
  onJoin,
  onSignInAgain,
}: SuggestionListsProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const data = enrolments.data;

  if (enrolments.status === 'error' && !data)
    return <ErrorState error={enrolments.error} onRetry={enrolments.retry} onSignInAgain={onSignInAgain} />;
  if (!data) return <Loading label={t.loadingProgrammes} />;

  const roles: { track: Track; as: Role }[] = data.enrolments
    .filter((e) => !e.paused)
    .flatMap((e) => [
      ...(e.asMentee ? [{ track: e.track, as: 'mentee' as const }] : []),
      ...(e.asMentor ? [{ track: e.track, as: 'mentor' as const }] : []),
    ]);

  if (roles.length === 0) {
    return (
      <div className={styles.empty}>
        <Text as="p" className={styles.text}>
          {data.enrolments.length > 0 ? t.allPaused : t.notJoined}
        </Text>
        <Button appearance="primary" onClick={onJoin}>
          {data.enrolments.length > 0 ? t.changeProgrammes : t.join}
        </Button>
      </div>
    );
  }

  /** Whether a request between the reader and this person waits, and who sent it. */
  const pendingWith = (track: Track, personId: string): 'sent' | 'received' | null => {
    const waiting = requests.data?.requests.find(
      (r) =>
        r.status === 'pending' &&
        r.track === track &&
        [r.mentorId, r.menteeId].includes(personId) &&
        [r.mentorId, r.menteeId].includes(me),
    );
    return waiting ? (waiting.requestedBy === me ? 'sent' : 'received') : null;
  };

  return (
    <div className={styles.root}>
      {roles.map(({ track, as }) => (
        <Suggestions
          key={`${track}:${as}`}
          track={track}
          as={as}
          top={top}
          onSignInAgain={onSignInAgain}
          action={(suggestion) => (
            <SendRequest
              track={track}
              as={as}
              me={me}
              person={suggestion.person}
              pending={pendingWith(track, suggestion.person.id)}
              onSent={onSent}
              onSignInAgain={onSignInAgain}
            />
          )}
        />
      ))}
    </div>
  );
}
