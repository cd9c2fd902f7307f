import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { ButtonLink } from '../components/links';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { usePairs } from '../features/pairs/api/getPairs';
import { useEnrolments } from '../features/programmes/api/getEnrolments';
import { useRequests } from '../features/requests/api/getRequests';
import { SendRequest } from '../features/requests/components/SendRequest';
import { Suggestions } from '../features/suggestions/components/Suggestions';
import { useMessages } from '../lib/i18n';
import type { ProgrammeId } from '../lib/matching';
import { messages } from './messages';
import { openRoles } from './nextStep';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  empty: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

export interface SuggestionListsProps {
  me: string;
  top: number;
  /** Leave out a list where no one fits: Home's next step says so, and what to do. */
  hideEmpty?: boolean;
  onSignInAgain: () => void;
}

/**
 * Suggestions for every role the person asked for in an active programme and does not have yet
 * (a mentee with a mentor sees no more mentors), each with a way to send a request: the
 * suggestions and requests features meet here, not inside each other.
 */
export function SuggestionLists({ me, top, hideEmpty = false, onSignInAgain }: SuggestionListsProps) {
  const t = useMessages(messages);
  const styles = useStyles();
  const enrolments = useEnrolments();
  const pairs = usePairs();
  const requests = useRequests();
  const data = enrolments.data;

  if (!data)
    return enrolments.isError ? (
      <LoadError query={enrolments} onSignInAgain={onSignInAgain} />
    ) : (
      <Loading label={t.loadingProgrammes} />
    );

  const active = data.enrolments.filter((e) => !e.paused);
  if (active.length === 0) {
    return (
      <div className={styles.empty}>
        <Text as="p" className={styles.text}>
          {data.enrolments.length > 0 ? t.allPaused : t.notJoined}
        </Text>
        <ButtonLink to="/programmes" appearance="primary">
          {data.enrolments.length > 0 ? t.changeProgrammes : t.join}
        </ButtonLink>
      </div>
    );
  }
  // Until pairs answer every role counts as open; a failure leaves them so rather than hide all.
  const roles = openRoles(me, data, pairs.data?.pairs ?? []);
  if (roles.length === 0) {
    return (
      <Text as="p" className={styles.text}>
        {t.allMatched}
      </Text>
    );
  }

  /** Whether a request between the reader and this person waits, and who sent it. */
  const pendingWith = (programmeId: ProgrammeId, personId: string): 'sent' | 'received' | null => {
    const waiting = requests.data?.requests.find(
      (r) =>
        r.status === 'pending' &&
        r.programmeId === programmeId &&
        [r.mentorId, r.menteeId].includes(personId) &&
        [r.mentorId, r.menteeId].includes(me),
    );
    return waiting ? (waiting.requestedBy === me ? 'sent' : 'received') : null;
  };

  return (
    <div className={styles.root}>
      {roles.map(({ programmeId, as }) => (
        <Suggestions
          key={`${programmeId}:${as}`}
          programmeId={programmeId}
          as={as}
          me={me}
          top={top}
          hideWhenEmpty={hideEmpty}
          onSignInAgain={onSignInAgain}
          action={(suggestion) => (
            <SendRequest
              programmeId={programmeId}
              as={as}
              me={me}
              person={suggestion.person}
              pending={pendingWith(programmeId, suggestion.person.id)}
              onSignInAgain={onSignInAgain}
            />
          )}
        />
      ))}
    </div>
  );
}
