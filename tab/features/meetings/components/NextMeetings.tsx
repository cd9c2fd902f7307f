import { Button, Text } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Query } from '../../../lib/query';
import type { Meetings } from '../../../../server/scheduling/schemas';
import { formatSession } from './format';
import { JoinLink } from './JoinAndDownload';
import { messages } from './messages';
import { SeriesBadge } from './SeriesStatus';
import { useMeetingStyles } from './styles';

const LIVE = new Set(['booked', 'booking', 'needs_attention']);

export interface NextMeetingsProps {
  meetings: Query<Meetings>;
  /** The id of the heading the app gives this section: the list is named by it. */
  headingId: string;
  /** Opens the Meetings view. */
  onOpen: () => void;
  onSignInAgain?: () => void;
}

/** Home's short form of Meetings: each live pair's next session with its Teams link. */
export function NextMeetings({ meetings, headingId, onOpen, onSignInAgain }: NextMeetingsProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const data = meetings.data;

  if (meetings.status === 'error' && !data)
    return <ErrorState error={meetings.error} onRetry={meetings.retry} onSignInAgain={onSignInAgain} />;
  if (!data) return null;
  const live = data.series.filter((s) => LIVE.has(s.status));

  return (
    <div className={styles.block}>
      {live.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.noUpcoming}
        </Text>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {live.map((series) => {
            const name = series.other.displayName || t.someone;
            return (
              <li key={series.id} className={styles.card}>
                <div className={styles.title}>
                  <Text as="h3" size={400} weight="semibold" className={styles.heading}>
                    {t.nextWith(name)}
                  </Text>
                  {series.status !== 'booked' && <SeriesBadge status={series.status} />}
                </div>
                {series.next ? (
                  <Text as="p" className={styles.when}>
                    {formatSession(series.next, locale)}
                  </Text>
                ) : (
                  series.status === 'booked' && (
                    <Text as="p" className={styles.text}>
                      {t.noUpcoming}
                    </Text>
                  )
                )}
                {series.next && series.joinUrl && (
                  <div className={styles.actions}>
                    <JoinLink joinUrl={series.joinUrl} name={name} />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Button className={styles.alignStart} onClick={onOpen}>
        {t.seeAll}
      </Button>
    </div>
  );
}
