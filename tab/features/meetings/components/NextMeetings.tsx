import { Text, mergeClasses } from '@fluentui/react-components';
import { ButtonLink, TextLink } from '../../../components/links';
import { LoadError } from '../../../components/LoadError';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useMeetings } from '../api/getMeetings';
import { formatSession } from './format';
import { JoinLink } from './JoinAndDownload';
import { messages } from './messages';
import { isOver, SeriesBadge } from './SeriesStatus';
import { useMeetingStyles } from './styles';
import { TheirTime } from './TheirTime';

const LIVE = new Set(['booked', 'booking', 'needs_attention']);

export interface NextMeetingsProps {
  /** The id of the heading the app gives this section: the list is named by it. */
  headingId: string;
  onSignInAgain?: () => void;
}

/** Home's short form of Meetings: each live pair's next session with its Teams link. */
export function NextMeetings({ headingId, onSignInAgain }: NextMeetingsProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useMeetingStyles();
  const meetings = useMeetings();
  const data = meetings.data;

  if (!data) return meetings.isError ? <LoadError query={meetings} onSignInAgain={onSignInAgain} /> : null;
  // A paused or ended pair's meetings are cancelled even before its series says so: none to show.
  const live = data.series.filter((s) => LIVE.has(s.status) && !isOver(s));

  return (
    <div className={styles.block}>
      {live.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t.noUpcoming}
        </Text>
      ) : (
        <ul className={styles.cards} aria-labelledby={headingId}>
          {live.map((series) => {
            const name = series.other.displayName || t.someone;
            return (
              <li key={series.id} className={styles.card}>
                <div className={styles.title}>
                  <Text as="h3" size={400} weight="semibold" className={mergeClasses(styles.heading, styles.wrap)}>
                    {t.nextWith(name)}
                  </Text>
                  {series.status !== 'booked' && <SeriesBadge status={series.status} />}
                </div>
                {series.next ? (
                  <div>
                    <Text as="p" className={styles.when}>
                      <TextLink
                        to="/meetings/$seriesId/sessions/$occurrenceId"
                        params={{ seriesId: series.id, occurrenceId: series.next.id }}
                      >
                        {formatSession(series.next, locale)}
                      </TextLink>
                    </Text>
                    <TheirTime session={series.next} other={series.other} />
                  </div>
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
      <ButtonLink to="/meetings" className={styles.alignStart}>
        {t.seeAll}
      </ButtonLink>
    </div>
  );
}
