import { useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMeetings } from '../features/meetings/api/getMeetings';
import { NextMeetings } from '../features/meetings/components/NextMeetings';
import { MyPairs } from '../features/pairs/components/MyPairs';
import { useRequests } from '../features/requests/api/getRequests';
import { PendingRequests } from '../features/requests/components/PendingRequests';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { SuggestionLists } from './SuggestionLists';
import type { ViewProps } from './views';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '52rem' },
  heading: { margin: 0 },
});

/** Home's personal part: next meetings, mentors and mentees, requests waiting, suggestions. Loaded beside the profile. */
export function Journey({
  me,
  enrolments,
  navigate,
  onSignInAgain,
}: Pick<ViewProps, 'enrolments' | 'navigate' | 'onSignInAgain'> & { me: string }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const requests = useRequests();
  const meetings = useMeetings();
  const meetingsId = useId();
  const pairsId = useId();
  const requestsId = useId();
  const suggestionsId = useId();

  // Shown once there is something to show: until a pair has meetings, the pairs section says what comes next.
  const hasMeetings = (meetings.data?.series.length ?? 0) > 0 || (meetings.status === 'error' && !meetings.data);

  return (
    <>
      {hasMeetings && (
        <section className={styles.section} aria-labelledby={meetingsId}>
          <Text as="h2" id={meetingsId} size={500} weight="semibold" className={styles.heading}>
            {t.nextMeetingsHeading}
          </Text>
          <NextMeetings
            meetings={meetings}
            headingId={meetingsId}
            onOpen={() => navigate('meetings')}
            onSignInAgain={onSignInAgain}
          />
        </section>
      )}
      <section className={styles.section} aria-labelledby={pairsId}>
        <Text as="h2" id={pairsId} size={500} weight="semibold" className={styles.heading}>
          {t.pairsHeading}
        </Text>
        <MyPairs me={me} headingId={pairsId} onSignInAgain={onSignInAgain} />
      </section>
      <section className={styles.section} aria-labelledby={requestsId}>
        <Text as="h2" id={requestsId} size={500} weight="semibold" className={styles.heading}>
          {t.requestsHeading}
        </Text>
        <PendingRequests
          requests={requests}
          me={me}
          onOpen={() => navigate('requests')}
          onSignInAgain={onSignInAgain}
        />
      </section>
      <section className={styles.section} aria-labelledby={suggestionsId}>
        <Text as="h2" id={suggestionsId} size={500} weight="semibold" className={styles.heading}>
          {t.suggestionsHeading}
        </Text>
        <SuggestionLists
          me={me}
          enrolments={enrolments}
          requests={requests}
          top={3}
          onSent={requests.retry}
          onJoin={() => navigate('programmes')}
          onSignInAgain={onSignInAgain}
        />
      </section>
    </>
  );
}
