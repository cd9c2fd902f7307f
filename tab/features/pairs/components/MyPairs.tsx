import { useId, useRef, useState } from 'react';
import { Text } from '@fluentui/react-components';
import { useCardStyles } from '../../../components/cardStyles';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { useMessages } from '../../../lib/i18n';
import type { PairMove } from '../api/changePair';
import { isLive, usePairs } from '../api/getPairs';
import { messages } from './messages';
import { PairCard } from './PairCard';

export interface MyPairsProps {
  /** The signed-in person's id: the other person of each pair is the one who is not them. */
  me: string;
  /** The id of the heading the app gives this section: the list of pairings is named by it. */
  headingId: string;
  onSignInAgain?: () => void;
}

/** The person's mentors and mentees, with the moves each pairing's status allows. */
export function MyPairs({ me, headingId, onSignInAgain }: MyPairsProps) {
  const t = useMessages(messages);
  const styles = useCardStyles();
  const pairs = usePairs();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const pastId = useId();
  const list = pairs.data?.pairs;

  function changed(action: PairMove) {
    setNotice(t.done[action]);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  if (!list)
    return pairs.isError ? <LoadError query={pairs} onSignInAgain={onSignInAgain} /> : <Loading label={t.loading} />;

  const live = list.filter(isLive);
  const past = list.filter((p) => !isLive(p));

  return (
    <div className={styles.section}>
      {notice && <SuccessNotice ref={noticeRef}>{notice}</SuccessNotice>}
      {live.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.none}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {live.map((pair) => (
            <PairCard key={pair.id} pair={pair} me={me} linked onChanged={changed} onSignInAgain={onSignInAgain} />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <>
          <Text as="h3" id={pastId} size={400} weight="semibold" className={styles.heading}>
            {t.past}
          </Text>
          <ul className={styles.list} aria-labelledby={pastId}>
            {past.map((pair) => (
              <PairCard key={pair.id} pair={pair} me={me} linked onChanged={changed} onSignInAgain={onSignInAgain} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
