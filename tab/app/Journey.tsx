import { useId } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { Loading } from '../components/Loading';
import { useMeetings } from '../features/meetings/api/getMeetings';
import { NextMeetings } from '../features/meetings/components/NextMeetings';
import { usePairs } from '../features/pairs/api/getPairs';
import { MyPairs } from '../features/pairs/components/MyPairs';
import { useRequests } from '../features/requests/api/getRequests';
import { PendingRequests } from '../features/requests/components/PendingRequests';
import { PendingSurveys } from '../features/surveys/components/PendingSurveys';
import { useMessages } from '../lib/i18n';
import { messages } from './messages';
import { NextStepCard, settled, useStanding } from './NextStep';
import { useSession } from './session';
import { SuggestionLists } from './SuggestionLists';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, ':focus': { outline: 'none' }, ':focus-visible': { outline: 'none' } },
});

const LIVE_SERIES = new Set(['booked', 'booking', 'needs_attention']);

/**
 * Home's personal part, loaded beside the profile: the next step first, then only the sections
 * with something in them (meetings, mentors and mentees, suggestions still wanted).
 */
export function Journey({ me }: { me: string }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const standing = useStanding(me);
  const meetings = useMeetings();
  const pairs = usePairs();
  const requests = useRequests();
  const meetingsId = useId();
  const pairsId = useId();
  const requestsId = useId();
  const suggestionsId = useId();

  if (!standing.ready) return <Loading label={t.loadingView} />;
  const { step } = standing;

  // One pair's session (or its booking) is already the next step: the same card twice says nothing more.
  const live = meetings.data?.series.filter((s) => LIVE_SERIES.has(s.status)) ?? [];
  const stepIsASession =
    step?.kind === 'session' ||
    step?.kind === 'checkIn' ||
    // A problem with the booking is the meetings' to explain.
    (step?.kind === 'booking' && live.every((s) => s.status === 'booking'));
  // A failed list keeps its section (which says so and offers to try again) while it is asked again.
  const failed = (query: { data: unknown; errorUpdateCount: number }) => !query.data && settled(query);
  const showMeetings = failed(meetings) || live.length > (stepIsASession ? 1 : 0);
  const showPairs = failed(pairs) || (pairs.data?.pairs.length ?? 0) > 0;
  // Requests waiting are the next step; this section is left for when they cannot be read.
  const showRequests = failed(requests);
  // Suggestions for the roles still open where someone fits; a mentee nobody fits sees the next step.
  const showSuggestions = standing.roles.some((r) => standing.fitting[`${r.programmeId}:${r.as}`] !== 0);

  return (
    <div className={styles.root}>
      {step && <NextStepCard step={step} me={me} suggestionsId={suggestionsId} />}
      <PendingSurveys />
      {showMeetings && (
        <section className={styles.section} aria-labelledby={meetingsId}>
          <Text as="h2" id={meetingsId} size={500} weight="semibold" className={styles.heading}>
            {t.nextMeetingsHeading}
          </Text>
          <NextMeetings headingId={meetingsId} onSignInAgain={onSignInAgain} />
        </section>
      )}
      {showPairs && (
        <section className={styles.section} aria-labelledby={pairsId}>
          <Text as="h2" id={pairsId} size={500} weight="semibold" className={styles.heading}>
            {t.pairsHeading}
          </Text>
          <MyPairs me={me} headingId={pairsId} onSignInAgain={onSignInAgain} />
        </section>
      )}
      {showRequests && (
        <section className={styles.section} aria-labelledby={requestsId}>
          <Text as="h2" id={requestsId} size={500} weight="semibold" className={styles.heading}>
            {t.requestsHeading}
          </Text>
          <PendingRequests me={me} onSignInAgain={onSignInAgain} />
        </section>
      )}
      {showSuggestions && (
        <section className={styles.section} aria-labelledby={suggestionsId}>
          <Text as="h2" id={suggestionsId} size={500} weight="semibold" className={styles.heading} tabIndex={-1}>
            {t.suggestionsHeading}
          </Text>
          <SuggestionLists me={me} top={3} onSignInAgain={onSignInAgain} hideEmpty />
        </section>
      )}
    </div>
  );
}
