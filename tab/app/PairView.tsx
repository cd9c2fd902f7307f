import { useRef, useState } from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useParams } from '@tanstack/react-router';
import { TextLink } from '../components/links';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { SuccessNotice } from '../components/SuccessNotice';
import { useMe } from '../features/me/api/getMe';
import { useMeetings } from '../features/meetings/api/getMeetings';
import { usePairs } from '../features/pairs/api/getPairs';
import { messages as pairMessages } from '../features/pairs/components/messages';
import { PairCard } from '../features/pairs/components/PairCard';
import { useMessages } from '../lib/i18n';
import { usePerson } from '../lib/people';
import { messages } from './messages';
import { Page } from './Page';
import { useSession } from './session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  meetings: { margin: 0 },
});

/** One pairing at its own address: who, its status, what can be done about it, and its meetings. */
export function PairView() {
  const t = useMessages(messages);
  const words = useMessages(pairMessages);
  const styles = useStyles();
  const { onSignInAgain } = useSession();
  const { pairId } = useParams({ from: '/pairs/$pairId' });
  const me = useMe();
  const pairs = usePairs();
  const meetings = useMeetings();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const pair = pairs.data?.pairs.find((p) => p.id === pairId);
  const other = pair && me.data ? (pair.mentorId === me.data.id ? pair.menteeId : pair.mentorId) : null;
  const name = usePerson(other ?? '', { enabled: other !== null }).data?.displayName;
  const series = meetings.data?.series.find((s) => s.pairId === pairId);

  const content = () => {
    if (!me.data || !pairs.data) {
      const failed = !me.data ? me : pairs;
      return failed.isError ? (
        <LoadError query={failed} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={words.loading} />
      );
    }
    if (!pair)
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.pairNotFound}</MessageBarBody>
        </MessageBar>
      );
    return (
      <PairCard
        pair={pair}
        me={me.data.id}
        as="section"
        onChanged={(action) => {
          setNotice(words.done[action]);
          requestAnimationFrame(() => noticeRef.current?.focus());
        }}
        onSignInAgain={onSignInAgain}
      >
        {series && (
          <p className={styles.meetings}>
            <TextLink to="/meetings/$seriesId" params={{ seriesId: series.id }}>
              {t.pairMeetings}
            </TextLink>
          </p>
        )}
      </PairCard>
    );
  };

  return (
    <Page title={name ? t.pairWith(name) : t.pairTitle}>
      <div className={styles.root}>
        {notice && <SuccessNotice ref={noticeRef}>{notice}</SuccessNotice>}
        {content()}
      </div>
    </Page>
  );
}
